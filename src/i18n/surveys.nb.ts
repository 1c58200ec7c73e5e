/**
 * Interface text of the evaluation surveys (issue 7), bokmål. `surveys.nn.ts` has exactly the
 * same keys (its type says so, and src/lib/surveys/i18n.test.ts compares them) and the same
 * `{placeholders}`. Shared strings (form labels, mail greeting and signature, the
 * confidentiality messages) come from src/i18n.
 */
export const surveysNb = {
	'status.draft': 'Utkast',
	'status.open': 'Åpen',
	'status.closed': 'Stengt',
	'kind.pre-event': 'Innspill før samlingen',
	'kind.custom': 'Egen undersøkelse',
	'type.scale': 'Skala',
	'type.single': 'Ett valg',
	'type.multiple': 'Flere valg',
	'type.text': 'Fritekst',
	'type.grid': 'Vurdering av hver programpost',

	'answer.title': 'Spørreundersøkelse',
	'answer.anonymity':
		'Svaret ditt lagres uten navn, e-postadresse eller kobling til lenken du brukte, og uten dato eller klokkeslett. Koordinatorene ser resultatene først når minst {min} har svart.',
	'answer.submit': 'Send svarene',
	'thanks.title': 'Takk for svaret',
	'thanks.lead': 'Svarene dine er lagret.',
	'thanks.anonymity':
		'Vi har lagret svarene uten noe som peker tilbake på deg. At lenken din er brukt, er lagret for seg, uten tidspunkt og uten kobling til svarene. Resultatene vises bare når minst {min} har svart.',
	'form.scale': 'Velg fra 1 til {top}.',
	'form.scaleEnds': '1 betyr «{min}» og {top} betyr «{max}».',

	'survey.error.invalidLink':
		'Lenken er ikke gyldig. Sjekk at du har kopiert hele lenken fra e-posten. Har du fått en påminnelse, kan du også bruke lenken i den.',
	'survey.error.used':
		'Denne lenken er allerede brukt, så svaret ditt er registrert. Hver lenke kan brukes én gang.',
	'survey.error.answeredHere': 'Det er allerede sendt svar fra denne nettleseren. Takk!',
	'survey.error.notOpenYet': 'Undersøkelsen er ikke åpnet ennå.',
	'survey.error.closed': 'Undersøkelsen er stengt, og tar ikke imot flere svar.',
	'survey.error.full':
		'Undersøkelsen har fått like mange svar som det var deltakere, og tar ikke imot flere gjennom denne lenken.',
	'survey.error.required': 'Svar på dette spørsmålet.',
	'survey.error.requiredRows': 'Gi en vurdering av hver programpost.',
	'survey.error.scale': 'Velg et tall fra 1 til {max}.',
	'survey.error.option': 'Velg ett av alternativene.',
	'survey.error.tooLong':
		'Svaret kan være på høyst {max} tegn (nå {length}). Kort det ned litt; det du har skrevet, står fortsatt i feltet.',
	'survey.error.notFound': 'Fant ikke undersøkelsen.',
	'survey.error.template': 'Velg en mal.',
	'survey.error.title': 'Skriv en tittel.',
	'survey.error.type': 'Velg en spørsmålstype.',
	'survey.error.questionText': 'Skriv spørsmålet på bokmål eller nynorsk.',
	'survey.error.options': 'Skriv minst to svaralternativer, ett per linje.',
	'survey.error.optionsCount': 'Det må være like mange alternativer på nynorsk som på bokmål.',
	'survey.error.optionsTooMany': 'Høyst 20 alternativer på høyst 120 tegn hver.',
	'survey.error.scaleMax': 'Skalaen må gå fra 1 til et tall mellom 2 og 10.',
	'survey.error.noProgramme': 'Samlingen har ingen programposter å vurdere ennå.',
	'survey.error.locked': 'Spørsmålene kan bare endres mens undersøkelsen er et utkast.',
	'survey.error.notEnded': 'Evalueringen kan sendes når samlingen er slutt.',
	'send.notEnded': 'Lenkene til evalueringen kan sendes når samlingen er slutt, {when}.',
	'survey.error.noQuestions': 'Legg til minst ett spørsmål før du åpner undersøkelsen.',
	'survey.error.notOpen': 'Åpne undersøkelsen før du sender lenker.',
	'survey.error.reminded': 'Påminnelsen er allerede sendt. Det sendes bare én.',
	'survey.error.notInvited': 'Send lenkene før du sender en påminnelse.',
	'survey.error.noNext': 'Nettverket har ingen kommende samling å legge temaet til.',
	'survey.error.topicAlready': 'Programmet for «{title}» har allerede en post med dette navnet.',
	'survey.error.noSlot':
		'Programmet for «{title}» har ingen ledig tid. Legg til posten selv i programmet.',
	'survey.error.topic': 'Temaet mangler.',

	'list.title': 'Spørreundersøkelser',
	'list.lead':
		'Evalueringer og innspill uten et eget verktøy. Svarene lagres uten kobling til personen, og resultatene vises først når minst {min} har svart.',
	'list.surveys': 'Undersøkelser for denne samlingen',
	'list.none': 'Ingen undersøkelser ennå.',
	'list.questions': '{n} spørsmål',
	'list.closedAt': 'stengt {when}',
	'list.new': 'Ny undersøkelse',
	'list.template': 'Start fra',
	'list.create': 'Lag undersøkelsen',
	'template.evaluation': 'Evaluering av samling',
	'template.evaluationHelp':
		'Var samlingen nyttig (1–5), vurdering av hver programpost, hva var bra, hva kan bli bedre, og ønskede temaer til neste gang.',
	'template.preEvent': 'Innspill før fagdagen',
	'template.preEventHelp':
		'Fem åpne spørsmål til de påmeldte: utfordringer, tiltak, kurs, gode erfaringer og ordet fritt. Lenken sendes med påmeldingsbekreftelsen.',
	'template.blank': 'Tom undersøkelse',
	'template.blankHelp': 'Lag spørsmålene selv.',

	'admin.status': 'Status',
	'admin.results': 'Resultater',
	'admin.open': 'Åpne undersøkelsen',
	'admin.reopen': 'Åpne igjen',
	'admin.close': 'Steng undersøkelsen',
	'admin.delete': 'Slett utkastet',
	'admin.deleteConfirm':
		'Vil du slette utkastet «{title}»? Spørsmålene blir borte, og det kan ikke angres.',
	'admin.deleteYes': 'Ja, slett utkastet',
	'admin.deleted': 'Utkastet er slettet.',
	'admin.created': 'Undersøkelsen er laget. Se over spørsmålene og åpne den når den er klar.',
	'admin.saved': 'Lagret.',
	'admin.questionsSaved': 'Spørsmålene er lagret.',
	'admin.opened': 'Undersøkelsen er åpen.',
	'admin.closed': 'Undersøkelsen er stengt.',
	'admin.openLinkOn': 'Den åpne lenken er slått på.',
	'admin.openLinkOff': 'Den åpne lenken er slått av og virker ikke lenger.',
	'admin.invited.one': 'Personlig lenke er lagt i utboksen til {n} person.',
	'admin.invited.other': 'Personlige lenker er lagt i utboksen til {n} personer.',
	'admin.reminded': 'Påminnelse er lagt i utboksen til {n} som ikke har svart.',
	'admin.createdAt': 'Laget {when}.',

	'send.title': 'Send personlige lenker',
	'send.audienceCheckedIn': 'Undersøkelsen er for de {n} som ble sjekket inn på samlingen.',
	'send.audienceConfirmed':
		'Innsjekking ble ikke brukt, så undersøkelsen er for alle {n} med bekreftet plass.',
	'send.audiencePreEvent': 'Undersøkelsen er for alle {n} påmeldte, også de på venteliste.',
	'send.preEventConfirmation':
		'Mens undersøkelsen er åpen, får nye påmeldte lenken i påmeldingsbekreftelsen.',
	'send.openFirst': 'Åpne undersøkelsen for å sende lenkene.',
	'send.invited': '{n} har fått lenke, {left} har ikke fått ennå.',
	'send.invite': 'Send lenkene på e-post',
	'send.again': 'Send til dem som ikke har fått lenke',
	'send.remind': 'Send én påminnelse til dem som ikke har svart',
	'send.sentAt': 'Lenkene ble sendt {when}',
	'send.remindedAt': 'påminnelsen {when}',

	'openLink.title': 'Åpen lenke for skjermen',
	'openLink.lead':
		'Vis lenken og QR-koden på skjermen på slutten av dagen, så kan alle svare med en gang. Hver nettleser kan svare én gang, og mange svar fra én adresse på kort tid blir stoppet.',
	'openLink.on': 'Slå på åpen lenke',
	'openLink.off': 'Slå av åpen lenke',
	'openLink.qr': 'QR-kode til {url}',
	'openLink.screen': 'Vis på skjermen',
	'screen.anonymity': 'Svaret er anonymt. Resultatene vises bare når minst {min} har svart.',
	'screen.noLink': 'Den åpne lenken er slått av.',

	'settings.title': 'Tittel og innledning',
	'settings.titleNb': 'Tittel på bokmål',
	'settings.titleNn': 'Tittel på nynorsk',
	'settings.introNb': 'Innledning på bokmål',
	'settings.introNn': 'Innledning på nynorsk',

	'questions.heading': 'Spørsmål ({n})',
	'questions.locked': 'Undersøkelsen er åpnet, så spørsmålene står slik de ble stilt.',
	'questions.add': 'Legg til spørsmål',
	'questions.edit': 'Endre',
	'questions.save': 'Lagre spørsmålet',
	'questions.delete': 'Slett',
	'questions.up': 'Flytt opp',
	'questions.down': 'Flytt ned',
	'questions.required': 'må besvares',
	'questions.optional': 'valgfritt',
	'questions.rows.one': '{n} programpost',
	'questions.rows.other': '{n} programposter',
	'questions.otherLanguage': 'Nynorsk',
	'questions.type': 'Type',
	'questions.requiredLabel': 'Må besvares',
	'questions.textNb': 'Spørsmålet på bokmål',
	'questions.textNn': 'Spørsmålet på nynorsk',
	'questions.helpNb': 'Hjelpetekst på bokmål',
	'questions.helpNn': 'Hjelpetekst på nynorsk',
	'questions.optionsNb': 'Alternativer på bokmål',
	'questions.optionsNn': 'Alternativer på nynorsk',
	'questions.optionsHelp': 'For ett eller flere valg: ett alternativ per linje.',
	'questions.scaleMax': 'Skalaen går fra 1 til',
	'questions.scaleHelp': 'For skala og vurdering av programposter.',
	'questions.labelMinNb': '1 betyr (bokmål)',
	'questions.labelMinNn': '1 betyr (nynorsk)',
	'questions.labelMaxNb': 'Toppen betyr (bokmål)',
	'questions.labelMaxNn': 'Toppen betyr (nynorsk)',

	'results.title': 'Resultater',
	'results.rate': 'Svarprosent: minst {rate} % (oppdateres for hvert {min}. svar).',
	'results.rateFew': 'Svarprosenten vises når minst {min} har svart.',
	'results.rateFinal': '{n} av {audience} har svart ({rate} %).',
	'results.rateNone': 'Ingen har fått lenke ennå.',
	'results.hidden':
		'Resultatene vises når minst {min} har svart. Mens undersøkelsen er åpen, vises bare svarprosenten, ikke hvor mange som har svart, så ingen kan se hvem som nettopp svarte.',
	'results.hiddenClosed':
		'Færre enn {min} svarte, så resultatene vises ikke. Det beskytter dem som svarte.',
	'results.interim':
		'Foreløpige resultater i prosent, uten antall. De oppdateres bare når minst {min} nye har svart, slik at ingen kan se hva én person svarte. Sist oppdatert {when}.',
	'results.answered': '{n} svarte på spørsmålet.',
	'results.answeredShort': 'Svar',
	'results.mean': 'Gjennomsnitt',
	'results.median': 'Median',
	'results.of': 'på en skala fra 1 til {max}',
	'results.answer': 'Svar',
	'results.count': 'Antall',
	'results.share': 'Andel',
	'results.item': 'Programpost',
	'results.question': 'Spørsmål',
	'results.multipleNote':
		'Man kunne velge flere alternativer, så andelene kan bli mer enn 100 % til sammen.',
	'results.showAll': 'Vis alle de {n} svarene',
	'results.noText': 'Ingen skrev noe her.',
	'results.preEventLead':
		'Innspillene fra de påmeldte, samlet per spørsmål, til planleggingen av programmet.',
	'results.export.csv': 'Last ned resultatene (CSV)',
	'results.export.xlsx': 'Last ned resultatene (Excel)',

	'chart.share': 'Andel av svarene (%)',
	'chart.mean': 'Gjennomsnitt (1–{max})',
	'chart.description': 'Stolpediagram over andelen som valgte hvert svar. {figures}.',
	'chart.gridDescription':
		'Stolpediagram over gjennomsnittlig vurdering fra 1 til {max} av hver programpost. {figures}.',

	'breakdown.title': 'Fordelt på grupper',
	'breakdown.lead':
		'Gjennomsnittet for skalaspørsmålene fordelt på svaret på et annet spørsmål. Grupper med færre enn {min} svar slås sammen til «Andre».',
	'breakdown.by': 'Fordel på',
	'breakdown.show': 'Vis fordelingen',
	'breakdown.refused': 'Fordelingen vises ikke: minst én gruppe ville fått færre enn {min} svar.',
	'breakdown.caption': 'Gjennomsnitt fordelt på «{question}»',
	'breakdown.others': 'Andre',
	'breakdown.n': '{n} svar',

	'followUp.title': 'Dette gjør vi med innspillene',
	'followUp.lead':
		'Skriv kort hva dere tar med dere videre. Det vises her og på siden til neste samling i nettverket.',
	'followUp.field': 'Dette gjør vi med innspillene',
	'followUp.help': 'Ikke skriv om enkeltpersoner eller saker.',
	'followUp.save': 'Lagre',
	'followUp.saved': 'Lagret. Teksten vises på siden til neste samling.',

	'topics.title': 'Ønskede temaer til neste samling',
	'topics.lead':
		'Legg et tema til i programmet for «{title}» ({date}) med ett klikk. Det får første ledige halvtime; flytt det og legg til innleder etterpå.',
	'topics.noNext':
		'Nettverket har ingen kommende samling ennå. Lag den først, så kan temaene legges til her.',
	'topics.add': 'Legg til i programmet',
	'topics.added': '«{topic}» er lagt til i programmet for «{title}» kl. {from}–{to}.',
	'topics.edit': 'Endre programmet',
	'topics.count': 'ønsket av {n}',
	'topics.description': 'Ønsket i evalueringen av «{title}» ({date}).',

	'trend.link': 'Utviklingen over samlinger i nettverket',
	'trend.title': 'Utvikling over samlinger',
	'trend.lead':
		'Spørsmål som går igjen i evalueringene, samling for samling. Samlinger der færre enn {min} svarte, står uten tall.',
	'trend.none': 'Ingen stengte undersøkelser i nettverket ennå.',
	'trend.gathering': 'Samling',
	'trend.tooFew': 'For få svar (under {min})',
	'trend.chartDescription':
		'Linjediagram over gjennomsnittet på en skala fra 1 til {max}, samling for samling. {figures}.',

	'gathering.followUp': 'Dette gjør vi med innspillene fra forrige samling',
	'gathering.followUpFrom': 'Fra evalueringen av «{title}», {date}.',
	'gathering.answer': 'Svar på «{title}»',

	'mail.invite.subject': 'Hva syntes du om «{title}»?',
	'mail.invite.lead':
		'Takk for at du var med på «{title}» {date}. Vi vil gjerne høre hva du syntes, så neste samling blir enda bedre. Det tar om lag fem minutter.',
	'mail.preEvent.subject': 'Innspill før «{title}»',
	'mail.preEvent.lead':
		'Du er påmeldt «{title}» {date}. Før dagen vil vi gjerne vite hva du er opptatt av, så programmet kan svare på det.',
	'mail.custom.lead': 'Vi har noen spørsmål om «{title}» {date}.',
	'mail.reminder.subject': 'Påminnelse: {survey}',
	'mail.reminder.lead':
		'Vi har ikke fått svar fra deg ennå. Har du allerede svart, kan du se bort fra denne e-posten.',
	'mail.anonymity':
		'Svaret ditt lagres uten navn, e-postadresse eller kobling til denne e-posten. Resultatene vises først når minst {min} har svart.',
	'mail.link': 'Svar her (lenken kan brukes én gang): {url}',
	'mail.confirmation.preEvent':
		'«{survey}»: før dagen vil vi gjerne høre hva du er opptatt av. Svaret er anonymt, og resultatene vises først når minst {min} har svart.',

	'export.question': 'Spørsmål',
	'export.item': 'Programpost',
	'export.answer': 'Svar',
	'export.count': 'Antall',
	'export.percent': 'Prosent',
	'export.mean': 'Gjennomsnitt',
	'export.median': 'Median',
	'export.sheet.summary': 'Oversikt',
	'export.sheet.results': 'Resultater',
	'export.sheet.texts': 'Fritekst',
	'export.survey': 'Undersøkelse',
	'export.gathering': 'Samling',
	'export.date': 'Dato',
	'export.responses': 'Svar',
	'export.audience': 'Invitert',
	'export.rate': 'Svarprosent',
} as const;

export type SurveyKey = keyof typeof surveysNb;
