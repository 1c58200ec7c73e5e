import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { createGathering, createUser, registrationInput } from '#tests/factories.ts';
import { createSession } from '#lib/auth/session.server.ts';
import { registrationSchema } from '#lib/gatherings/gatherings.schema.ts';
import { setAttended } from '#lib/gatherings/participants.server.ts';
import { findByToken, register } from '#lib/gatherings/registrations.server.ts';
import { ask, moderate, vote } from '#lib/questions/questions.server.ts';
import { recordProgress } from '#lib/self-study/progress.server.ts';
import { sendInvitations } from '#lib/surveys/invitations.server.ts';
import { createSurvey, getSurvey, setSurveyStatus } from '#lib/surveys/surveys.server.ts';
import { personalDataKeys } from './personal-data-keys.ts';
import { accountDownload, registrationDownload } from './personal-data.server.ts';

const ORIGIN = 'https://kvp.example.no';

describe('the personal data download', () => {
	it('has the same keys in bokmål and nynorsk', () => {
		expect(Object.keys(personalDataKeys.nn).sort()).toEqual(
			Object.keys(personalDataKeys.nb).sort(),
		);
	});

	it('through the personal link: the registration, questions asked, votes and survey invitations, in nynorsk for a nynorsk registration', async () => {
		const db = await getDb();
		const { id } = await createGathering(db, { startsInDays: -1, capacity: 10 });
		const before = new Date(Date.now() - 2 * 86_400_000);
		const me = await register(
			db,
			registrationSchema.parse(
				registrationInput(id, `${id}-me`, { name: 'Sigrid Innsyn', language: 'nn' }),
			),
			{ publicOrigin: ORIGIN },
		);
		const other = await register(
			db,
			registrationSchema.parse(registrationInput(id, `${id}-other`)),
			{ publicOrigin: ORIGIN },
		);
		if (!me.ok || !other.ok) throw new Error('registration failed');
		await setAttended(db, id, me.registrationId, true);
		const mine = await ask(
			db,
			id,
			{
				registrationId: me.registrationId,
				userId: null,
				name: 'Sigrid Innsyn',
				voter: `r:${me.registrationId}`,
			},
			{ text: 'Kva med bustøtte?', showName: true },
			before,
		);
		const theirs = await ask(
			db,
			id,
			{
				registrationId: other.registrationId,
				userId: null,
				name: 'Anna',
				voter: `r:${other.registrationId}`,
			},
			{ text: 'Kva med fristar?', showName: false },
			before,
		);
		if (!mine.ok || !theirs.ok) throw new Error('ask failed');
		await moderate(db, id, theirs.id, { kind: 'approve' });
		await vote(db, id, theirs.id, {
			registrationId: me.registrationId,
			userId: null,
			name: 'Sigrid Innsyn',
			voter: `r:${me.registrationId}`,
		});
		const surveyId = (await createSurvey(db, id, 'evaluation'))!;
		await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open');
		await sendInvitations(db, surveyId, ORIGIN);

		const data = await registrationDownload(db, (await findByToken(db, me.token))!, 12);
		expect(Object.keys(data)).toEqual(['om fila', 'påmeldingar', 'sletting']);
		const [record] = data['påmeldingar'] as Record<string, unknown>[];
		expect(record).toMatchObject({
			samling: { tittel: 'Nettverkssamling om kvalifiseringsprogrammet' },
			påmelding: {
				namn: 'Sigrid Innsyn',
				status: 'påmeld',
				'diett og allergiar': 'Glutenfri',
				språk: 'nynorsk',
			},
			'spørsmål du har stilt': [
				{ tekst: 'Kva med bustøtte?', 'namnet blir vist': 'ja', status: 'ventar på godkjenning' },
			],
			'røyster du har gitt': [{ spørsmål: 'Kva med fristar?' }],
			'invitasjonar til spørjeundersøkingar': [
				{ undersøking: expect.any(String), 'lenka er brukt': 'nei' },
			],
		});
		// Whether the link was used, never what was answered.
		const [invitation] = record!['invitasjonar til spørjeundersøkingar'] as Record<
			string,
			unknown
		>[];
		expect(Object.keys(invitation!)).toEqual([
			'undersøking',
			'sendt',
			'påminning sendt',
			'lenka er brukt',
		]);
		expect(data['sletting']).toContain(
			'Namn og e-postadresse blir anonymiserte 12 månader etter samlinga.',
		);
	});

	it('from Min side: the account, roles, sessions, progress and every registration with its address, in the page language', async () => {
		const db = await getDb();
		const user = await createUser(db, {
			name: 'Per Kontohaldar',
			email: 'per.kontohaldar@example.no',
		});
		await createSession(db, user.id);
		await recordProgress(db, user.id, {
			kind: 'quiz',
			entry: 'quiz/stonad',
			score: 4,
			maxScore: 5,
		});
		const { id } = await createGathering(db, { startsInDays: 10 });
		await register(
			db,
			registrationSchema.parse(
				registrationInput(id, 'acc', {
					name: 'Per Kontohaldar',
					email: 'per.kontohaldar@example.no',
					language: 'nb',
				}),
			),
			{ publicOrigin: ORIGIN },
		);

		const data = (await accountDownload(db, user.id, 'nb', 12))!;
		expect(data).toMatchObject({
			konto: {
				navn: 'Per Kontohaldar',
				'e-post': 'per.kontohaldar@example.no',
				administrator: 'nei',
				innlogginger: [expect.any(Object)],
			},
			selvstudium: [{ innhold: 'quiz/stonad', type: 'quiz', 'riktige svar': 4, av: 5 }],
			påmeldinger: [{ påmelding: { navn: 'Per Kontohaldar', status: 'påmeldt' } }],
		});
		expect(await accountDownload(db, 'no-such-user', 'nb', 12)).toBeNull();
	});
});
