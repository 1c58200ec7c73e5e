/**
 * Another instance saving a group's answer: a process of its own, so its in-process plenum bus
 * reaches nobody in the test's process. Arguments: group code, exercise id, summary.
 */
import { getDb } from '#db/client.ts';
import { groupByCode, saveGroupAnswer } from '#lib/exercises/exercises.server.ts';

const [code, exerciseId, summary] = process.argv.slice(2) as [string, string, string];
const db = await getDb();
const group = await groupByCode(db, code);
const result = await saveGroupAnswer(db, group!, {
	exerciseId,
	version: 0,
	summary,
	examples: '',
	question1: '',
	question2: '',
});
console.log(JSON.stringify(result));
db.$client.close();
