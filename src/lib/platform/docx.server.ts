/** Word documents the platform hands out (the participant-numbers letter, the day's report). */
import { Document, Packer, Paragraph, TextRun, type FileChild, type IParagraphOptions } from 'docx';

/** A paragraph of plain text; a line break in the text stays a line break in Word. */
export function textParagraph(
	text: string,
	options: Omit<IParagraphOptions, 'children' | 'text'> = {},
): Paragraph {
	return new Paragraph({
		...options,
		children: text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
	});
}

/** A .docx with the platform's author and body font around the given blocks. */
export function wordDocument(title: string, children: FileChild[]): Promise<Buffer> {
	const doc = new Document({
		creator: 'KVP-nettverket',
		title,
		styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
		sections: [{ children }],
	});
	return Packer.toBuffer(doc);
}
