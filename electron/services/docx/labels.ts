/** The words of the exported documents: shared with the tender-document plan, which words everything the document prints. */
export { documentTexts, type Texts, type TextValues } from '../../../shared/tender-document/texts';
