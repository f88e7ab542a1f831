/**
 * The document's styles: the language of the text (so spelling and
 * hyphenation work and screen readers pick the right voice), a readable body
 * font, the built-in Title and Heading 1–6 styles with outline levels, and the
 * few extra styles the documents use.
 */
import { type IStylesOptions, LineRuleType } from 'docx';
import type { DocumentLanguage } from '../../../shared/specification/model';
import { localeOf } from '../../../shared/languages';
import { placeholderStyle } from './tables';

const headingColour = '1F3864';
const font = 'Calibri';

function headingStyle(size: number, outlineLevel: number, before: number): NonNullable<NonNullable<IStylesOptions['default']>['heading1']> {
  return {
    run: { font, size, bold: true, color: headingColour },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  };
}

export function documentStyles(language: DocumentLanguage): IStylesOptions {
  return {
    default: {
      document: {
        run: { font, size: 22, language: { value: localeOf[language] } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font, size: 52, bold: true, color: headingColour }, paragraph: { spacing: { before: 720, after: 240 } } },
      heading1: headingStyle(32, 0, 360),
      heading2: headingStyle(26, 1, 240),
      heading3: headingStyle(23, 2, 200),
      heading4: headingStyle(22, 3, 160),
      heading5: headingStyle(22, 4, 160),
      heading6: headingStyle(22, 5, 160),
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font, size: 32, color: headingColour },
        paragraph: { spacing: { after: 480 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: 32, bold: true, color: headingColour },
        paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: 18, color: '404040' },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 18, color: '404040' },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 18 },
        paragraph: { spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'Note',
        name: 'Note',
        basedOn: 'Normal',
        run: { size: 19, italics: true, color: '404040' },
      },
    ],
    characterStyles: [
      {
        id: placeholderStyle,
        name: 'Placeholder Text',
        basedOn: 'DefaultParagraphFont',
        // Word's own grey (808080) is too faint on white (3.9:1); this one reads at 7:1.
        run: { color: '595959' },
      },
    ],
  };
}
