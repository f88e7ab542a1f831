/**
 * The cover page: title, the document type in the jurisdiction's words, the
 * buyer, reference number, version and date; for Norway, the agreement's
 * appendices and who fills each in.
 */
import { type FileChild, HeadingLevel, Paragraph, TableOfContents } from 'docx';
import { body, fact, run } from './blocks';
import type { DocumentContext } from './context';
import { formatDate } from './formatting';
import { oneLine } from './sanitise';
import { ssaAppendices, ssaKey } from './ssa';
import { dataTable, textCell } from './tables';

export function documentTitle(context: DocumentContext): string {
  const title = oneLine(context.spec.title);
  return title === '' ? context.t('cover.untitled') : title;
}

export function referenceLabel(context: DocumentContext): string {
  return context.t(`cover.reference.${context.jurisdiction}`);
}

/** The name of the agreement, e.g. "SSA-L – løpende tjenestekjøp over internett". */
export function agreementName(context: DocumentContext): string | null {
  return context.ssa === null ? null : context.t('ssa.agreement', { code: context.ssa, name: context.t(`ssa.${ssaKey(context.ssa)}.name`) });
}

function facts(context: DocumentContext): Paragraph[] {
  const { spec, t } = context;
  const notStated = t('common.notStated');
  const contact = [spec.buyer.contact.name, spec.buyer.contact.email, spec.buyer.contact.phone].map((part) => oneLine(part ?? '')).filter((part) => part !== '');
  const out = [
    fact(t(`cover.buyer.${context.jurisdiction}`), oneLine(spec.buyer.name) || notStated),
    fact(referenceLabel(context), oneLine(spec.procurement.referenceNumber) || notStated),
    fact(t('cover.version'), oneLine(context.options.version) || notStated),
    fact(t('cover.date'), formatDate(context.options.date, context.language)),
  ];
  if (contact.length > 0) out.push(fact(t('cover.contact'), contact.join(', ')));
  return out;
}

function appendixList(context: DocumentContext): FileChild[] {
  const { t, ssa } = context;
  if (ssa === null) return [];
  const key = ssaKey(ssa);
  const rows = ssaAppendices[ssa].map((appendix) => [
    textCell(t('ssa.appendixNumber', { number: appendix.number })),
    textCell(t(`ssa.${key}.appendices.${appendix.number}`)),
    textCell(t(`ssa.filledBy.${appendix.filledBy}`)),
  ]);
  return [
    new Paragraph({ spacing: { before: 360 }, keepNext: true, children: [run(t('ssa.listTitle', { code: ssa }), { bold: true })] }),
    ...body(t('ssa.listIntro')),
    dataTable(
      [
        { header: t('ssa.columns.appendix'), share: 2 },
        { header: t('ssa.columns.content'), share: 5 },
        // Wide enough for "Kunden, utfylt av leverandøren" on one line: the list has to fit on the cover.
        { header: t('ssa.columns.filledBy'), share: 4 },
      ],
      rows,
    ),
    new Paragraph({ style: 'Note', spacing: { before: 120 }, children: [run(t('ssa.numberingNote', { code: ssa }))] }),
  ];
}

/** The cover of the specification (document type per jurisdiction; the SSA appendix list for Norway). */
export function specificationCover(context: DocumentContext): FileChild[] {
  const { t } = context;
  const agreement = agreementName(context);
  const role = context.jurisdiction === 'no' && agreement !== null ? t('cover.roleInAgreement', { agreement }) : t(`cover.role.${context.jurisdiction}`);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(documentTitle(context))] }),
    new Paragraph({ style: 'Subtitle', spacing: { after: 120 }, children: [run(t(`cover.documentType.${context.jurisdiction}`))] }),
    new Paragraph({ spacing: { after: 480 }, children: [run(role)] }),
    ...facts(context),
    ...appendixList(context),
  ];
}

/** The response form's cover: what it answers, and for whom. */
export function responseFormCover(context: DocumentContext, documentType: string): FileChild[] {
  const { t } = context;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(documentTitle(context))] }),
    new Paragraph({ style: 'Subtitle', spacing: { after: 120 }, children: [run(documentType)] }),
    new Paragraph({ spacing: { after: 480 }, children: [run(t('responseForm.role', { documentType: t(`cover.documentType.${context.jurisdiction}`) }))] }),
    ...facts(context),
  ];
}

/** "Contents" and a table of contents that Word updates when the file opens. */
export function tableOfContents(context: DocumentContext): FileChild[] {
  const title = context.t('toc.title');
  return [
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [run(title)] }),
    new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}
