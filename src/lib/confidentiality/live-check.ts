import { confidentialityMessage, findConfidential } from './guard.ts';
import { guardMessages } from './messages.ts';

/**
 * The server's confidentiality check, run in the browser as the person types in the free-text
 * fields of `form[data-guarded]`: the message appears in the field's error slot at once.
 */
export function attachLiveCheck(root: ParentNode = document): void {
	const lang = document.documentElement.lang === 'nn' ? 'nn' : 'nb';
	for (const field of root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('form[data-guarded] textarea')) {
		const slot = document.getElementById(`${field.id}-error`);
		field.addEventListener('input', () => {
			const key = confidentialityMessage(findConfidential(field.value));
			if (!slot) return;
			slot.textContent = key ? guardMessages[lang][key] : '';
			slot.classList.toggle('aksel-error-message', Boolean(key));
			field.setAttribute('aria-invalid', key ? 'true' : 'false');
		});
	}
}
