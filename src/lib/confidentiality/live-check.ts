import { confidentialityMessage, findConfidential, type GuardMode } from './guard.ts';
import { guardMessages } from './messages.ts';

/**
 * The server's confidentiality check, run in the browser as the person types: the message
 * appears in the field's error slot (`<id>-error`) at once. A field opts in with
 * `data-guard="all"` or `data-guard="identity"` (see GuardMode); TextField and TextArea
 * set it from their `guard` prop. Safe to call more than once.
 */
export function attachLiveCheck(root: ParentNode = document): void {
	const lang = document.documentElement.lang === 'nn' ? 'nn' : 'nb';
	const fields = root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('[data-guard]');
	for (const field of fields) {
		if (field.dataset['guardAttached']) continue;
		field.dataset['guardAttached'] = 'true';
		const mode: GuardMode = field.dataset['guard'] === 'identity' ? 'identity' : 'all';
		const slot = document.getElementById(`${field.id}-error`);
		field.addEventListener('input', () => {
			const key = confidentialityMessage(findConfidential(field.value, mode));
			if (!slot) return;
			slot.textContent = key ? guardMessages[lang][key] : '';
			slot.classList.toggle('aksel-error-message', Boolean(key));
			field.setAttribute('aria-invalid', key ? 'true' : 'false');
			const described = new Set(
				(field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean),
			);
			if (key) described.add(slot.id);
			field.setAttribute('aria-describedby', [...described].join(' '));
		});
	}
}
