/**
 * The one plan of a tender document: tenderDocumentPlan(spec, choices,
 * catalogues) says everything an export prints, worded and formatted in the
 * document's language. The DOCX writer, the Review step's outline and every
 * later format read it. Pure: no Node or DOM.
 */
import type { SsaAgreement } from '../export-choices';
import { formatExportDate } from '../format/dates';
import type { Specification } from '../specification/model';
import { alternativeChecks } from './plan-alternatives';
import { annexSections } from './plan-annexes';
import { type CatalogueData, columns, type PlanContext, planContext, singleLine, textCell } from './plan-context';
import { evaluationChapter } from './plan-evaluation';
import { introductionChapter, marketDialogueChapter, needsChapter } from './plan-opening';
import { fillInCell, type RequirementForm, roleChapter, sectionChapter } from './plan-requirements';
import type { PlanCover, PlanLogo, PlanSection, RequirementRow, ResponseFormPlan, TenderDocumentChoices, TenderDocumentPlan } from './plan-types';
import { documentChecks } from './plan-award-checks';
import { hasSsaAppendix, ssaAgreementFacts, ssaKey } from './ssa';

export type { CatalogueData } from './plan-context';

/** The document's title as the cover prints it, or "Untitled specification". */
function documentTitle(context: PlanContext): string {
  const title = singleLine(context.spec.title);
  if (title !== '') return title;
  const untitled = context.t('cover.untitled');
  context.note({ code: 'cover.untitled', category: 'placeholder', place: 'cover', printed: untitled, goTo: { step: 'procurement', check: 'title' } });
  return untitled;
}

function coverFacts(context: PlanContext, note: boolean): PlanCover['facts'] {
  const { spec, t } = context;
  // An undecided fact is a field for the buyer to fill in before publishing, never a sentence to tenderers.
  const stated = (code: string, value: string, check?: 'buyer' | 'reference'): string | null => {
    const line = singleLine(value);
    if (line !== '') return line;
    if (note) context.note({ code, category: 'placeholder', place: 'cover', printed: context.fillIn.title, goTo: check === undefined ? { step: 'review' } : { step: 'procurement', check } });
    return null;
  };
  const contact = [spec.buyer.contact.name, spec.buyer.contact.email, spec.buyer.contact.phone].map((part) => singleLine(part ?? '')).filter((part) => part !== '');
  const facts: PlanCover['facts'] = [
    { label: t(`cover.buyer.${context.jurisdiction}`), value: stated('cover.buyerMissing', spec.buyer.name, 'buyer') },
    { label: t(`cover.reference.${context.jurisdiction}`), value: stated('cover.referenceMissing', spec.procurement.referenceNumber, 'reference') },
    { label: t('cover.version'), value: stated('cover.versionMissing', context.choices.version) },
    { label: t('cover.date'), value: formatExportDate(context.choices.date, context.language) },
  ];
  if (contact.length > 0) facts.push({ label: t('cover.contact'), value: contact.join(', ') });
  return facts;
}

/** The name of the agreement, e.g. "SSA-L – løpende tjenestekjøp over internett". */
function agreementName(context: PlanContext): string | null {
  return context.ssa === null ? null : context.t('ssa.agreement', { code: context.ssa, name: context.t(`ssa.${ssaKey(context.ssa)}.name`) });
}

function agreementList(context: PlanContext): PlanCover['agreement'] {
  const { t, ssa } = context;
  if (ssa === null) return null;
  const key = ssaKey(ssa);
  const facts = ssaAgreementFacts[ssa];
  return {
    title: t('ssa.listTitle', { code: ssa }),
    intro: t('ssa.listIntro'),
    // "Bilag 10" needs little room; "Kunden, utfylt av leverandøren" must stay on one line: the list has to fit on the cover.
    columns: columns([t('ssa.columns.appendix'), 3], [t('ssa.columns.content'), 12], [t('ssa.columns.filledBy'), 9]),
    rows: facts.appendices.map((appendix) => [
      textCell(t('ssa.appendixNumber', { number: appendix.number })),
      textCell(t(`ssa.${key}.appendices.${appendix.number}`)),
      textCell(t(`ssa.filledBy.${appendix.filledBy}`)),
    ]),
    note: agreementNote(context, ssa),
  };
}

/** How the numbers work, which version the list follows and — as the thresholds do — whether it is confirmed. */
function agreementNote(context: PlanContext, ssa: SsaAgreement): string {
  const { t } = context;
  const facts = ssaAgreementFacts[ssa];
  // The source stays in the data (ssaAgreementFacts): its long title would push the list off the cover.
  return [
    t('ssa.numberingNote', { code: ssa }),
    facts.version === null ? t('ssa.versionUnknown') : t('ssa.version', { version: facts.version }),
    facts.verify ? t('ssa.verify') : t('ssa.checkCurrent'),
  ].join(' ');
}

/** The buyer's logo, with its alt text ("Kommunen logotyp") in the document language. */
function coverLogo(context: PlanContext): PlanLogo | null {
  const logo = context.spec.buyer.logo;
  if (logo === undefined) return null;
  const buyer = singleLine(context.spec.buyer.name);
  return { png: logo.png, widthPx: logo.widthPx, heightPx: logo.heightPx, altText: buyer === '' ? context.t('cover.logoAltUnnamed') : context.t('cover.logoAlt', { buyer }) };
}

function specificationCover(context: PlanContext, title: string, documentType: string): PlanCover {
  const { t } = context;
  const agreement = agreementName(context);
  const role = context.jurisdiction === 'no' && agreement !== null ? t('cover.roleInAgreement', { agreement }) : t(`cover.role.${context.jurisdiction}`);
  return { title, documentType, role, facts: coverFacts(context, true), fillIn: context.fillIn, logo: coverLogo(context), agreement: agreementList(context) };
}

/** The requirement chapters in print order, as the specification or the response form shows them. */
function requirementChapters(context: PlanContext, form: RequirementForm, rows: Map<string, RequirementRow>): PlanSection[] {
  const { numbering } = context;
  return [
    ...numbering.chapters.map((chapter) => sectionChapter(chapter, form, context, rows)),
    ...[numbering.qualification, numbering.contract].flatMap((chapter) => (chapter === null ? [] : [roleChapter(chapter, form, context, rows)])),
  ];
}

/** "Svarsformulär", or for Norway "Bilag 2 – Leverandørens løsningsspesifikasjon" (by agreement). */
function responseFormType(context: PlanContext): string {
  const { t, ssa } = context;
  if (context.jurisdiction !== 'no') return t(`responseForm.documentType.${context.jurisdiction}`);
  // SSA-B has no appendix in which the supplier specifies a solution: its form keeps the generic name.
  const appendix = ssa === null || !hasSsaAppendix(ssa, 2) ? t('responseForm.genericAppendix2') : t(`ssa.${ssaKey(ssa)}.appendices.2`);
  return t('responseForm.documentType.no', { appendix });
}

const formPart = (title: string, blocks: PlanSection['blocks']): PlanSection => ({ kind: 'formPart', level: 1, number: '', title, sectionId: null, figures: [], blocks, children: [] });

/** The form: instructions, the supplier's details, (Norway) the overall description, and the requirement tables. */
function responseForm(context: PlanContext, title: string, rows: Map<string, RequirementRow>): ResponseFormPlan {
  const { t } = context;
  const documentType = responseFormType(context);
  const role = t('responseForm.role', { documentType: t(`cover.documentType.${context.jurisdiction}`) });
  const details = ['name', 'organisationNumber', 'contact', 'email', 'phone'].map((field) => [textCell(t(`responseForm.supplier.${field}`), true), fillInCell(t, '', t(`responseForm.supplier.${field}`))]);
  // Where variants are allowed, the tenderer says whether this tender is one.
  if (context.spec.procurement.variants.allowed === true) {
    details.push([
      textCell(t('responseForm.supplier.variant'), true),
      [
        { kind: 'tickBox', label: singleLine(t('responseForm.supplier.mainTender')) },
        { kind: 'tickBox', label: singleLine(t('responseForm.supplier.variantTender')) },
      ],
    ]);
  }
  const sections: PlanSection[] = [
    formPart(t('responseForm.instructionsTitle'), [
      { kind: 'text', text: t(`responseForm.instructions.${context.jurisdiction}`) },
      { kind: 'text', text: t('responseForm.instructionsNumbers') },
    ]),
    formPart(t('responseForm.supplier.title'), [{ kind: 'table', columns: columns([t('responseForm.supplier.field'), 4], [t('responseForm.supplier.value'), 7]), rows: details }]),
  ];
  if (context.jurisdiction === 'no') {
    sections.push(
      formPart(t('responseForm.overview.title'), [
        { kind: 'leadIn', text: t('responseForm.overview.intro') },
        { kind: 'table', columns: columns([t('responseForm.overview.column'), 1]), rows: [[fillInCell(t, t('answer.text'))]] },
      ]),
    );
  }
  sections.push(...requirementChapters(context, 'responseForm', rows));
  return { documentType, role, cover: { title, documentType, role, facts: coverFacts(context, false), fillIn: context.fillIn, logo: coverLogo(context), agreement: null }, sections };
}

/** The plan of the specification (and its response form) as exported with these choices. */
export function tenderDocumentPlan(spec: Specification, choices: TenderDocumentChoices, catalogue: CatalogueData): TenderDocumentPlan {
  const context = planContext(spec, choices, catalogue);
  const { t } = context;
  const title = documentTitle(context);
  const documentType = t(`cover.documentType.${context.jurisdiction}`);
  const cover = specificationCover(context, title, documentType);
  const rows = new Map<string, RequirementRow>();
  const opening = [introductionChapter(context), needsChapter(context), marketDialogueChapter(context)].filter((section): section is PlanSection => section !== null);
  const sections = [...opening, ...requirementChapters(context, 'specification', rows), evaluationChapter(context), ...annexSections(context)];
  const form = responseForm(context, title, rows);
  // What the plan itself does not print but the user should know before it goes out.
  documentChecks(context);
  alternativeChecks(context);
  return {
    documentType,
    title,
    language: context.language,
    jurisdiction: context.jurisdiction,
    cover,
    tableOfContentsTitle: t('toc.title'),
    sections,
    responseForm: form,
    preflight: context.preflight,
  };
}
