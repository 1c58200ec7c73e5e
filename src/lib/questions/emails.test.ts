import { describe, expect, it } from 'vitest';
import { dossierMail } from './emails.ts';

describe('the presenter dossier e-mail', () => {
	const item = { title: 'Regelverket i KVP', startTime: '09:00', endTime: '10:00' };
	const list = [
		{ text: 'Kor lenge varer KVP?', votes: 3 },
		{ text: 'Kva med bustøtte?', votes: 1 },
	];

	it.each([
		['nb', 'sortert etter stemmer', '2. Kva med bustøtte? (1 stemme)', 'Hilsen KVP-nettverket'],
		['nn', 'sorterte etter stemmer', '2. Kva med bustøtte? (1 stemme)', 'Helsing KVP-nettverket'],
	] as const)(
		'is written in the language the coordinator chose (%s), with counts in the right form',
		(lang, sorted, line, signature) => {
			const mail = dossierMail(lang, 'Fagdag i Bergen', item, list);
			expect(mail.subject).toBe('Spørsmål til innlegget ditt: Regelverket i KVP');
			expect(mail.text).toContain(sorted);
			expect(mail.text).toContain('1. Kor lenge varer KVP? (3 stemmer)');
			expect(mail.text).toContain(line);
			expect(mail.text).toContain(signature);
		},
	);
});
