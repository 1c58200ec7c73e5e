/**
 * Browser-side enhancement for forms people use many times in a row (check-in, votes, search).
 * A form marked `data-in-place` is sent with fetch instead of a page load, and every
 * `[data-in-place-region="name"]` on the page takes the content of the region with the same name
 * in the server's answer, which is the very page the form would have loaded. So the server stays
 * the one place that renders, the page keeps its scroll position, and focus stays on the control
 * with the same id. Without JavaScript, or when anything goes wrong, the form submits as usual.
 *
 * An input marked `data-in-place-search` submits its (GET) form as the person types.
 */

const SEARCH_DELAY_MS = 250;

function swapRegions(html: string): boolean {
	const next = new DOMParser().parseFromString(html, 'text/html');
	const regions = [...document.querySelectorAll<HTMLElement>('[data-in-place-region]')];
	const pairs = regions.map(
		(region) =>
			[
				region,
				next.querySelector(`[data-in-place-region="${region.dataset.inPlaceRegion}"]`),
			] as const,
	);
	if (pairs.length === 0 || pairs.some(([, fresh]) => !fresh)) return false;
	for (const [region, fresh] of pairs) region.innerHTML = fresh!.innerHTML;
	return true;
}

/** Puts focus back on the control with the same id, and scrolls so it sits where it was on screen. */
function restoreFocus(id: string | null, top: number | null): void {
	const el = id ? document.getElementById(id) : null;
	if (!el) return;
	if (document.activeElement !== el) el.focus({ preventScroll: true });
	if (top !== null) window.scrollBy(0, el.getBoundingClientRect().top - top);
}

async function send(form: HTMLFormElement, submitter: HTMLElement | null): Promise<void> {
	const data = new FormData(form, submitter);
	const get = form.method.toLowerCase() === 'get';
	const url = new URL(form.action, location.href);
	if (get) url.search = new URLSearchParams([...data].map(([k, v]) => [k, String(v)])).toString();
	const focused =
		document.activeElement instanceof HTMLElement && document.activeElement.id
			? document.activeElement
			: null;
	const top = focused ? focused.getBoundingClientRect().top : null;
	const response = await fetch(
		url,
		get
			? { credentials: 'same-origin' }
			: { method: 'POST', body: data, credentials: 'same-origin' },
	);
	const sameUrl = new URL(response.url).pathname === location.pathname;
	if (!response.ok || !sameUrl || !swapRegions(await response.text()))
		throw new Error('in-place update failed');
	if (get) history.replaceState(history.state, '', url);
	restoreFocus(focused?.id ?? null, top);
}

export function enhanceInPlace(): void {
	document.addEventListener('submit', (event) => {
		const form = event.target;
		if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-in-place')) return;
		event.preventDefault();
		if (form.getAttribute('aria-busy') === 'true') return;
		form.setAttribute('aria-busy', 'true');
		send(form, event.submitter)
			.catch(() => form.submit())
			.finally(() => form.removeAttribute('aria-busy'));
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	document.addEventListener('input', (event) => {
		const input = event.target;
		if (
			!(input instanceof HTMLInputElement) ||
			!input.hasAttribute('data-in-place-search') ||
			!input.form
		)
			return;
		clearTimeout(timer);
		const form = input.form;
		timer = setTimeout(() => form.requestSubmit(), SEARCH_DELAY_MS);
	});
}
