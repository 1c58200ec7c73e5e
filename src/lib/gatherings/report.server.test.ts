import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { getDb } from '#db/client.ts';
import { createGathering, registrationInput } from '#tests/factories.ts';
import { getGathering } from './gatherings.server.ts';
import { registrationSchema } from './gatherings.schema.ts';
import { setAttended } from './participants.server.ts';
import { register } from './registrations.server.ts';
import { submitWithOpenCode } from '#lib/surveys/responses.server.ts';
import {
	createSurvey,
	getSurvey,
	setOpenLink,
	setSurveyStatus,
} from '#lib/surveys/surveys.server.ts';
import { gatheringReport, reportDocx, reportMarkdown } from './report.server.ts';

/** A gathering two days ago: three from NAV Voss (all checked in), four from NAV Os (three), and an evaluation with `answers` answers. */
async function dayWithEvaluation(answers: number, close: boolean) {
	const db = await getDb();
	const { id } = await createGathering(db, { startsInDays: -2, capacity: 100 });
	const offices = ['NAV Voss', 'NAV Voss', 'NAV Voss', 'NAV Os', 'NAV Os', 'NAV Os', 'NAV Os'];
	for (const [i, organisation] of offices.entries()) {
		const r = await register(
			db,
			registrationSchema.parse(registrationInput(id, `${id}-${i}`, { organisation })),
			{ publicOrigin: 'http://kvp.test' },
		);
		if (!r.ok) throw new Error('registration failed');
		if (i !== 6) await setAttended(db, id, r.registrationId, true);
	}
	const surveyId = (await createSurvey(db, id, 'evaluation'))!;
	expect(await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'open')).toEqual({ ok: true });
	await setOpenLink(db, surveyId, true);
	const survey = (await getSurvey(db, surveyId))!;
	const useful = survey.questions.find((q) => q.key === 'useful')!;
	// Usefulness 4, 4, 5, 5, 3, …: a mean of 4.2 with five answers.
	for (let i = 0; i < answers; i++) {
		expect(
			await submitWithOpenCode(
				db,
				survey,
				{ [`q-${useful.id}`]: String([4, 4, 5, 5, 3, 3][i]) },
				{ answeredHere: false },
			),
		).toMatchObject({ ok: true });
	}
	if (close) await setSurveyStatus(db, (await getSurvey(db, surveyId))!, 'closed');
	const g = (await getGathering(db, id))!;
	return { db, g, useful };
}

describe('the day report', () => {
	it('counts attendance per office from the check-in, in bokmål and nynorsk', async () => {
		const { db, g } = await dayWithEvaluation(0, false);
		const report = await gatheringReport(db, g.id);
		expect(report.attendance).toEqual([
			{ organisation: 'NAV Os', confirmed: 4, attended: 3 },
			{ organisation: 'NAV Voss', confirmed: 3, attended: 3 },
		]);
		const nb = reportMarkdown('nb', g, report);
		expect(nb).toContain('## Oppmøte per kontor');
		expect(nb).toContain('6 av 7 påmeldte møtte.');
		expect(nb).toContain('| NAV-kontor/organisasjon | Påmeldt | Møtt |');
		expect(nb).toContain('| NAV Voss | 3 | 3 |');
		const nn = reportMarkdown('nn', g, report);
		expect(nn).toContain('6 av 7 påmelde møtte.');
		expect(nn).toContain('| NAV-kontor/organisasjon | Påmeld | Møtt |');
		// The evaluation is still open: nothing of it in the report.
		expect(nb).not.toContain('Evaluering');
		expect(nn).not.toContain('Evaluering');
	});

	it('shows the evaluation only once it is closed, and only that there were too few below five answers', async () => {
		const few = await dayWithEvaluation(4, true);
		const fewReport = await gatheringReport(few.db, few.g.id);
		const nb = reportMarkdown('nb', few.g, fewReport);
		expect(nb).toContain('## Evaluering');
		expect(nb).toContain('For få svar til å vise resultater (færre enn 5).');
		expect(nb).not.toContain('Antall svar');
		expect(nb).not.toContain(few.useful.textNb);
		expect(reportMarkdown('nn', few.g, fewReport)).toContain(
			'For få svar til å vise resultat (færre enn 5).',
		);

		const open = await dayWithEvaluation(5, false);
		expect(reportMarkdown('nb', open.g, await gatheringReport(open.db, open.g.id))).not.toContain(
			'Evaluering',
		);

		const enough = await dayWithEvaluation(5, true);
		const report = await gatheringReport(enough.db, enough.g.id);
		const nbFull = reportMarkdown('nb', enough.g, report);
		expect(nbFull).toContain('Antall svar: 5');
		expect(nbFull).toContain(
			`**${enough.useful.textNb}:** gjennomsnitt 4,2 av ${enough.useful.scaleMax}`,
		);
		expect(nbFull).not.toContain('For få svar');
		const nnFull = reportMarkdown('nn', enough.g, report);
		expect(nnFull).toContain('Tal på svar: 5');
		expect(nnFull).toContain(
			`**${enough.useful.textNn}:** gjennomsnitt 4,2 av ${enough.useful.scaleMax}`,
		);
	});

	it('is a Word document in the reader’s language', async () => {
		const { db, g, useful } = await dayWithEvaluation(5, true);
		const report = await gatheringReport(db, g.id);
		const text = async (lang: 'nb' | 'nn') => {
			const zip = await JSZip.loadAsync(await reportDocx(lang, g, report));
			const xml = await zip.file('word/document.xml')!.async('string');
			return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
		};
		const nb = await text('nb');
		expect(nb).toContain('Oppmøte per kontor');
		expect(nb).toContain('6 av 7 påmeldte møtte.');
		expect(nb).toContain('Antall svar: 5');
		expect(nb).toContain(useful.textNb);
		const nn = await text('nn');
		expect(nn).toContain('6 av 7 påmelde møtte.');
		expect(nn).toContain('Tal på svar: 5');
		expect(nn).toContain(useful.textNn);
	});
});
