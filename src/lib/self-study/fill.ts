/** Fills `{name}` placeholders; a placeholder without a value stays as written. No dictionaries here, so islands can import it cheaply. */
export function fill(template: string, params?: Record<string, string | number>): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}
