/**
 * One instance's share of a registration burst, as a process of its own: registers the people
 * `prefix`-0 … `prefix`-(count-1) for the gathering on DATABASE_URL, all at once, and prints one
 * JSON line with what each was told. It prints "ready" first and starts when a line arrives on
 * stdin, so that several such processes can be started together.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { wireFeatures } from '#app/wiring.server.ts';
import { getDb } from '#db/client.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { register } from '#lib/gatherings/registrations.server.ts';
import { registrationInput } from '../factories.ts';

wireFeatures();
const [gatheringId, prefix, count] = process.argv.slice(2) as [string, string, string];
const db = await getDb();
await db.$client.execute('select 1');
console.log('ready');
const stdin = createInterface({ input: process.stdin });
await once(stdin, 'line');
stdin.close();
const told = await Promise.all(
	Array.from({ length: Number(count) }, async (_, i) => {
		const result = await register(
			db,
			registrationSchema.parse(registrationInput(gatheringId, `${prefix}-${i}`)),
			{ publicOrigin: 'http://127.0.0.1' },
		).catch((error: unknown) => ({ ok: false as const, reason: String(error) }));
		return { email: `deltakar-${prefix}-${i}@example.no`, result };
	}),
);
console.log(JSON.stringify(told));
db.$client.close();
process.exit(0);
