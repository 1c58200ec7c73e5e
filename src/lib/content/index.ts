/** The public entry of content for other features (pure code); docs/architecture.md. */
export {
	ACT_PARAGRAPHS,
	PARAGRAPH_KEYS,
	TIP_CATEGORIES,
	type ParagraphKey,
	type PathStep,
} from './schemas.ts';
