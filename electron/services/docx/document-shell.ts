/**
 * The Word document around the content: properties (title, subject,
 * creator, keywords), styles with the language, the running header and
 * footer, and a request to update fields (the table of contents) on opening.
 */
import { Document, type FileChild } from 'docx';
import type { DocumentContext } from './context';
import { joinWithDash, pageFooter, pageHeader } from './page-furniture';
import { oneLine } from './sanitise';
import { documentStyles } from './styles';

export function documentShell(context: DocumentContext, documentType: string, children: FileChild[]): Document {
  const { spec, t, plan } = context;
  const title = oneLine(plan.title);
  const buyer = oneLine(spec.buyer.name);
  const reference = oneLine(spec.procurement.referenceNumber);
  const keywords = [t('properties.keywords'), reference, ...spec.procurement.cpvCodes].filter((part) => part !== '').join(', ');
  return new Document({
    title,
    subject: joinWithDash(documentType, buyer),
    creator: buyer === '' ? t('properties.creatorUnknown') : buyer,
    lastModifiedBy: buyer === '' ? t('properties.creatorUnknown') : buyer,
    keywords,
    description: t('properties.description', { version: oneLine(context.options.version) }),
    features: { updateFields: true },
    styles: documentStyles(plan.language),
    sections: [
      {
        headers: { default: pageHeader(title, reference, t(`cover.reference.${plan.jurisdiction}`)) },
        footers: { default: pageFooter(t) },
        children,
      },
    ],
  });
}
