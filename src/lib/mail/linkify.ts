/** Splits plain text into text and http(s) links, so a mail body can be shown with working links. */
export function linkify(text: string): { text: string; href?: string }[] {
	const parts: { text: string; href?: string }[] = [];
	const pattern = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const index = match.index ?? 0;
		if (index > last) parts.push({ text: text.slice(last, index) });
		parts.push({ text: match[0], href: match[0] });
		last = index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
