import { z } from 'zod';
import { guardedText } from '#lib/confidentiality/index.ts';
import { confirmedField } from '#lib/platform/forms.ts';

// Admin forms for networks and their NAV offices (issue 14). Messages are dictionary keys.

const id = (message: string) =>
	z.string({ error: message }).trim().min(1, message).max(80, message);

const networkFields = {
	name: guardedText({ max: 120, required: 'error.network.nameRequired' }),
	/** The county governor that runs the network, e.g. "Statsforvaltaren i Vestland". */
	organiser: guardedText({ max: 160, required: 'error.network.organiserRequired' }),
};

export const createNetworkSchema = z.object(networkFields);
export const editNetworkSchema = z.object({
	networkId: id('error.network.unknown'),
	...networkFields,
});

/** "Alver, Austrheim" → ["Alver", "Austrheim"]: commas or new lines, empty parts dropped. */
function parseMunicipalities(text: string): string[] {
	return [
		...new Set(
			text
				.split(/[,\n]/)
				.map((m) => m.trim())
				.filter(Boolean),
		),
	];
}

const officeFields = {
	name: guardedText({ max: 120, required: 'error.office.nameRequired' }),
	municipalities: guardedText({ max: 2000, optional: true }).transform(parseMunicipalities),
};

export const addOfficeSchema = z.object({
	networkId: id('error.network.unknown'),
	...officeFields,
});
export const editOfficeSchema = z.object({
	networkId: id('error.network.unknown'),
	officeId: id('error.office.unknown'),
	...officeFields,
});
export const removeOfficeSchema = z.object({
	networkId: id('error.network.unknown'),
	officeId: id('error.office.unknown'),
	...confirmedField,
});

export type NetworkInput = z.infer<typeof createNetworkSchema>;
export type OfficeInput = Pick<z.infer<typeof addOfficeSchema>, 'name' | 'municipalities'>;

/** A readable id from a name: "NAV Bergen nord" → "nav-bergen-nord" (æ→ae, ø→o, å→a). */
export function slugOf(name: string): string {
	const slug = name
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/[øö]/g, 'o')
		.replace(/[åä]/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return slug || 'nettverk';
}
