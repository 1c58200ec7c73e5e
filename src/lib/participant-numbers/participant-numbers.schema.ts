/** Form inputs of the participant-number pages. Messages are keys of src/i18n/participant-numbers.*.ts. */
import { z } from 'zod';

const networkId = z.string().min(1).max(100);
// An empty field reaches the schema as null (required) or undefined (optional): each required
// field names its own message for that too.
const date = z.string({ error: 'form.date' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'form.date');
const count = z
	.string({ error: 'form.count' })
	.trim()
	.regex(/^\d{1,7}$/, 'form.count')
	.transform(Number);
const optionalCount = z
	.string()
	.trim()
	.regex(/^\d{1,7}$/, 'form.count')
	.transform(Number)
	.optional();
const source = z
	.string({ error: 'form.source' })
	.trim()
	.min(1, 'form.source')
	.max(500, 'form.source');

export const previewSchema = z.object({ networkId, file: z.instanceof(File).optional() });

/** The checked rows, sent back with the confirmation; checked again before saving. */
export const commitSchema = z.object({ networkId, rows: z.string().max(4_000_000) });
export const rowsSchema = z.array(z.array(z.string().max(500)).max(20)).max(20_000);

/** One month of the grid: a row per office, the counts as typed (checked like an imported file). */
export const gridSchema = z.object({
	networkId,
	month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
	office: z.array(z.string().max(100)).max(500),
	total: z.array(z.string().max(20)).max(500),
	under25: z.array(z.string().max(20)).max(500),
	over25: z.array(z.string().max(20)).max(500),
	note: z.array(z.string().max(200)).max(500),
});

export const levelSchema = z.object({
	networkId,
	officeId: z.string({ error: 'form.office' }).min(1, 'form.office').max(100),
	level: z
		.string({ error: 'form.level' })
		.trim()
		.regex(/^\d{1,5}([.,]\d{1,2})?$/, 'form.level')
		.transform((s) => Number(s.replace(',', '.'))),
	tolerancePercent: z
		.string({ error: 'form.tolerance' })
		.trim()
		.regex(/^(100|\d{1,2})$/, 'form.tolerance')
		.transform(Number),
	asOf: date,
	source,
});

export const contextSchema = z.object({
	networkId,
	area: z.string({ error: 'form.area' }).trim().min(1, 'form.area').max(100, 'form.area'),
	participants: count,
	under25: optionalCount,
	potential: optionalCount,
	asOf: date,
	source,
});

export const deleteContextSchema = z.object({ networkId, id: z.string().min(1).max(100) });
export const publishSchema = z.object({
	networkId,
	published: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
export const templateSchema = z.object({
	networkId,
	lang: z.enum(['nb', 'nn']),
	template: z.string().max(20_000, 'form.template').optional(),
	reset: z.string().optional(),
});
