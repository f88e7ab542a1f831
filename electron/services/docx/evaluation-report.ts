/**
 * The evaluation report: a draft of the evaluation record, in the
 * specification's language and marked as a draft on every page. It names
 * the specification (with its fingerprint), the responses received and
 * their files with SHA-256, the files refused, the flags, the mandatory
 * check per supplier, the scores and how they were computed, and the
 * ranking. The numbers are those evaluate.ts worked from the buyer's own
 * specification; this writer decides only how they look.
 */
import { Document, Paragraph, type FileChild } from 'docx';
import { lookup, catalogues } from '../../../shared/i18n/catalogues';
import { formatExportDate } from '../../../shared/format/dates';
import { formatMoney, formatPoints } from '../../../shared/format/numbers';
import type { SupplierEvaluation } from '../../../shared/response/evaluate';
import type { ResponsesOverview } from '../../../shared/response/received';
import type { Specification } from '../../../shared/specification/model';
import type { DocumentLanguage } from '../../../shared/specification/model/common';
import { isBinding } from '../../../shared/specification/model/requirements';
import { numberAsExported } from '../../../shared/specification/numbering';
import { body, bullet, fact, heading, leadIn, run } from './blocks';
import { buildDocx, type Part } from './build';
import { documentTexts } from './labels';
import { joinWithDash, pageFooter, pageHeader } from './page-furniture';
import { oneLine } from './sanitise';
import { documentStyles } from './styles';
import { dataTable, textCell } from './tables';

export interface EvaluationReportInput {
  specification: Specification;
  overview: ResponsesOverview;
  now: Date;
  /** The app's version, in the document's properties. */
  version: string;
}

type Words = (key: string, values?: Record<string, string | number>) => string;

function reportWords(language: DocumentLanguage): Words {
  const catalogue = catalogues[language];
  return (key, values = {}) => lookup(catalogue, `responseEvaluation.${key}`, values);
}

/** How one supplier came out: total points, evaluated price, or why not ranked. */
function resultText(supplier: SupplierEvaluation, currency: string, language: DocumentLanguage, w: Words): string {
  if (supplier.total !== null) return w('ui.total', { value: formatPoints(supplier.total, language) });
  if (supplier.comparisonPrice !== null) return formatMoney(supplier.comparisonPrice, currency, language);
  return w('report.notRanked', { reason: w(`report.status.${supplier.status === 'rejected' ? 'rejected' : 'not-comparable'}`) });
}

export async function exportEvaluationReportDocx(input: EvaluationReportInput): Promise<Uint8Array> {
  const { specification: spec, overview, now } = input;
  const language = spec.primaryLanguage;
  const w = reportWords(language);
  const t = documentTexts(language);
  const currency = spec.procurement.currency;
  const numberOf = numberAsExported(spec).numberOf;
  const requirementName = (id: string): string => numberOf.get(id) ?? id;
  const fileOf = new Map(overview.responses.map((response) => [response.id, response]));
  const { suppliers } = overview.evaluation;
  const mandatoryCount = spec.requirements.filter((requirement) => isBinding(requirement.obligation)).length;
  const money = (value: number): string => formatMoney(value, currency, language);

  const opening: Part = () => [
    heading(1, '', w('report.title')),
    new Paragraph({ children: [run(w('report.draftNotice'), { bold: true })] }),
    ...body(w('report.made', { date: formatExportDate(now, language) })),
    heading(2, '', w('report.specificationHeading')),
    fact(w('report.specificationTitle'), spec.title),
    fact(w('report.buyer'), spec.buyer.name === '' ? '–' : spec.buyer.name),
    fact(w('report.reference'), spec.procurement.referenceNumber === '' ? '–' : spec.procurement.referenceNumber),
    fact(w('report.fingerprint'), overview.evaluation.fingerprint),
    fact(w('report.method'), w(overview.evaluation.method === 'weighted-points' ? 'report.methodPoints' : 'report.methodPrice')),
  ];

  const received: Part = () => {
    const out: FileChild[] = [heading(2, '', w('report.receivedHeading'))];
    if (overview.responses.length === 0) return [...out, ...body(w('report.none'))];
    out.push(leadIn(w('report.receivedLead')));
    const rows = overview.responses.map((response) => {
      const price =
        response.buyerPrice !== null ? w('report.priceEntered', { price: money(response.buyerPrice) }) : response.ownPrice !== null ? money(response.ownPrice) : w('report.noPrice');
      return [textCell(response.supplier.name), textCell(response.supplier.organisationNumber || '–'), textCell(response.fileName), textCell(response.sha256), textCell(price)];
    });
    out.push(
      dataTable(
        [
          { header: w('report.supplier'), share: 3 },
          { header: w('report.organisationNumber'), share: 3 },
          { header: w('report.file'), share: 3 },
          { header: w('report.sha256'), share: 4 },
          { header: w('report.price'), share: 2 },
        ],
        rows,
      ),
    );
    if (overview.refused.length > 0) {
      out.push(heading(3, '', w('report.refusedHeading')));
      out.push(dataTable([{ header: w('report.file'), share: 1 }, { header: w('report.reason'), share: 2 }], overview.refused.map((refused) => [textCell(refused.fileName), textCell(refused.message)])));
    }
    return out;
  };

  const flags: Part = () => {
    const out: FileChild[] = [heading(2, '', w('report.flagsHeading'))];
    const flagged = suppliers.filter((supplier) => supplier.flags.length > 0);
    if (flagged.length === 0) return [...out, ...body(w('report.noFlags'))];
    out.push(leadIn(w('report.flagsLead')));
    for (const supplier of flagged) {
      const file = fileOf.get(supplier.source)?.fileName ?? '';
      for (const flag of supplier.flags) out.push(bullet(joinWithDash(`${supplier.name} (${file})`, w(`ui.flags.${flag.kind}`))));
    }
    return out;
  };

  const mandatory: Part = () => {
    const rows = suppliers.map((supplier) => {
      const compared = supplier.requirements.length > 0;
      const result = !compared
        ? w('report.notChecked')
        : supplier.mandatoryFailed.length === 0
          ? w('report.allMet', { count: mandatoryCount })
          : w('report.failed', { requirements: supplier.mandatoryFailed.map(requirementName).join(', ') });
      return [textCell(supplier.name), textCell(result)];
    });
    return [
      heading(2, '', w('report.mandatoryHeading')),
      leadIn(w('report.mandatoryLead')),
      dataTable([{ header: w('report.supplier'), share: 1 }, { header: w('report.mandatoryResult'), share: 2 }], rows),
    ];
  };

  const scores: Part = () => {
    const rows = suppliers.map((supplier) => [
      textCell(supplier.name),
      textCell(formatPoints(supplier.qualityPoints, language)),
      textCell(formatPoints(supplier.deductions, language)),
      textCell(supplier.price === null ? w('report.noPrice') : money(supplier.price)),
      textCell(resultText(supplier, currency, language, w)),
    ]);
    return [
      heading(2, '', w('report.scoresHeading')),
      ...body(w('report.scoresLead')),
      leadIn(w(overview.evaluation.method === 'weighted-points' ? 'report.methodPoints' : 'report.methodPrice')),
      dataTable(
        [
          { header: w('report.supplier'), share: 3 },
          { header: w('report.points'), share: 2 },
          { header: w('report.deductions'), share: 2 },
          { header: w('report.price'), share: 2 },
          { header: w('report.result'), share: 3 },
        ],
        rows,
      ),
    ];
  };

  const ranking: Part = () => {
    const rows = suppliers.map((supplier) => [textCell(supplier.rank === null ? '–' : String(supplier.rank)), textCell(supplier.name), textCell(resultText(supplier, currency, language, w))]);
    return [
      heading(2, '', w('report.rankingHeading')),
      dataTable([{ header: w('report.rank'), share: 1 }, { header: w('report.supplier'), share: 3 }, { header: w('report.result'), share: 3 }], rows),
    ];
  };

  const title = oneLine(w('report.title'));
  const buyer = oneLine(spec.buyer.name);
  return buildDocx([opening, received, flags, mandatory, scores, ranking], (children) =>
    new Document({
      title,
      subject: joinWithDash(w('report.documentType'), spec.title),
      creator: buyer === '' ? t('properties.creatorUnknown') : buyer,
      lastModifiedBy: buyer === '' ? t('properties.creatorUnknown') : buyer,
      description: t('properties.description', { version: oneLine(input.version) }),
      styles: documentStyles(language),
      sections: [
        {
          headers: { default: pageHeader(joinWithDash(w('report.title'), spec.title), spec.procurement.referenceNumber, t(`cover.reference.${spec.jurisdiction}`)) },
          footers: { default: pageFooter(t) },
          children,
        },
      ],
    }),
  );
}
