/**
 * The confidentiality guard's messages, kept apart from the dictionaries so the browser check can
 * use them without shipping every interface string. The dictionaries take them from here.
 */
export const guardMessages = {
	nb: {
		'error.confidential.identity':
			'Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. Av hensyn til taushetsplikten kan det ikke lagres her. Skriv saken anonymt: bruk et oppdiktet navn og ta bort nummer, adresser og andre detaljer som kan identifisere personen.',
		'error.confidential.phone':
			'Teksten ser ut til å inneholde et telefonnummer. Av hensyn til taushetsplikten kan det ikke lagres her. Ta bort nummeret, og skriv saken slik at ingen kan kjenne igjen personen.',
	},
	nn: {
		'error.confidential.identity':
			'Teksten ser ut til å innehalde eit fødselsnummer eller D-nummer. Av omsyn til teieplikta kan det ikkje lagrast her. Skriv saka anonymt: bruk eit oppdikta namn og ta bort nummer, adresser og andre detaljar som kan identifisere personen.',
		'error.confidential.phone':
			'Teksten ser ut til å innehalde eit telefonnummer. Av omsyn til teieplikta kan det ikkje lagrast her. Ta bort nummeret, og skriv saka slik at ingen kan kjenne att personen.',
	},
} as const;
