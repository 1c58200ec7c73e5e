/**
 * `npm run user:admin -- <e-mail> [--name "Full Name"]`: makes an account an admin. When no account
 * has that address, one is created with a random password that is printed once; change it after
 * logging in. This is how the first admin of a production installation is made.
 */
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { closeDb, getDb } from '#db/client.ts';
import { migrateDb } from '#db/migrate.ts';
import { users } from '#db/schema/index.ts';
import { makeAdmin } from '#lib/admin/users.server.ts';

const args = process.argv.slice(2);
const email = args
	.find((a) => !a.startsWith('--'))
	?.trim()
	.toLowerCase();
const nameIndex = args.indexOf('--name');
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
	console.error('Usage: npm run user:admin -- <e-mail> [--name "Full Name"]');
	process.exit(1);
}
const db = await getDb();
await migrateDb(db);
if (await makeAdmin(db, email)) {
	console.log(`${email} is now an admin.`);
} else {
	const password = randomBytes(15).toString('base64url');
	const name = nameIndex >= 0 ? (args[nameIndex + 1] ?? email) : email.split('@')[0]!;
	await db.insert(users).values({
		id: randomBytes(10).toString('hex'),
		email,
		name,
		organisation: 'Statsforvaltaren',
		passwordHash: await hash(password, {
			memoryCost: 19_456,
			timeCost: 2,
			parallelism: 1,
			algorithm: 2,
		}),
		isAdmin: true,
		createdAt: new Date(),
	});
	console.log(
		`Created admin ${email} with the password: ${password}\nLog in and change it under "Min side".`,
	);
}
await closeDb();
