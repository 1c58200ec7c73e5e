import type { PlenumPayload } from './plenum.server.ts';

/** Draws the groups' answers as plain text (never as HTML) and keeps them current over SSE. */
function draw(grid: HTMLElement, payload: PlenumPayload): void {
	const questionsLabel = grid.dataset.questionsLabel ?? '';
	const waitingLabel = grid.dataset.waitingLabel ?? '';
	const cards = payload.groups.map((group) => {
		const card = document.createElement('section');
		card.className = 'kvp-plenum__card';
		card.setAttribute('aria-label', group.name);
		const h = document.createElement('h2');
		h.textContent = group.name;
		card.append(h);
		const add = (tag: string, text: string, className = '') => {
			const el = document.createElement(tag);
			el.textContent = text;
			if (className) el.className = className;
			card.append(el);
			return el;
		};
		if (!group.summary && !group.examples && group.questions.length === 0)
			add('p', waitingLabel, 'kvp-plenum__empty');
		if (group.summary) add('p', group.summary, 'kvp-plenum__text');
		if (group.examples) add('p', group.examples, 'kvp-plenum__text kvp-plenum__examples');
		if (group.questions.length > 0) {
			add('h3', questionsLabel);
			const ul = document.createElement('ul');
			for (const q of group.questions) {
				const li = document.createElement('li');
				li.textContent = q;
				ul.append(li);
			}
			card.append(ul);
		}
		return card;
	});
	grid.replaceChildren(...cards);
	grid.dataset.stamp = payload.stamp;
}

export function connectPlenum(): void {
	const grid = document.getElementById('plenum-grid');
	const status = document.getElementById('plenum-status');
	if (!grid || !grid.dataset.events) return;
	const showTime = (savedAt: number | null) => {
		if (!status) return;
		const time = savedAt
			? new Date(savedAt).toLocaleTimeString(
					document.documentElement.lang === 'nn' ? 'nn-NO' : 'nb-NO',
					{ hour: '2-digit', minute: '2-digit', second: '2-digit' },
				)
			: null;
		status.textContent = time
			? (status.dataset.updated ?? '').replace('{time}', time)
			: (status.dataset.waiting ?? '');
	};
	const initial = document.getElementById('plenum-initial')?.textContent;
	if (initial) showTime((JSON.parse(initial) as PlenumPayload).savedAt);
	const source = new EventSource(grid.dataset.events);
	// The server ends the stream when the viewer logged out or is no longer a coordinator.
	source.addEventListener('end', () => source.close());
	source.onmessage = (event) => {
		const payload = JSON.parse(event.data as string) as PlenumPayload;
		if (payload.stamp === grid.dataset.stamp) return;
		draw(grid, payload);
		showTime(payload.savedAt);
	};
}
