/**
 * The filled response form: what a supplier uploads to an e-procurement
 * platform that does not read .kravsvar files. Every requirement of the
 * buyer's specification in the tender document's order and numbers, its
 * instruction, and the supplier's answer, comment and attachment names —
 * worded in the specification's language (its primary one), with the words
 * of the buyer's empty response form.
 */
import { catalogues, lookup } from '../i18n/catalogues';
import type { Specification } from '../specification/model';
import type { DocumentLanguage } from '../specification/model/common';
import { documentTexts } from '../tender-document/texts';
import type { Answer } from './answers';
import type { SupplierResponse } from './model';
import { answerInWords, responseGroups, specificationText } from './response-edits';

export interface FilledFormRow {
  number: string;
  requirement: string;
  instruction: string;
  obligation: string;
  /** The answer in words; the "not answered" word when there is none. */
  answer: string;
  answered: boolean;
  comment: string;
  /** Names of the files the answer refers to, as stored in the .kravsvar. */
  attachments: string[];
}

export interface FilledResponseForm {
  language: DocumentLanguage;
  title: string;
  documentType: string;
  supplier: { label: string; value: string }[];
  groups: { number: string; title: string; rows: FilledFormRow[] }[];
  columns: Record<'number' | 'requirement' | 'obligation' | 'answer' | 'comment', string>;
  instructionLabel: string;
  attachmentsLabel: string;
  answeredCount: number;
  requirementCount: number;
}

/** The answer whole (a long text answer is not cut here, unlike the offer of a profile's answer). */
function answerText(answer: Answer, language: DocumentLanguage): string {
  return answer.kind === 'text' ? answer.text : answerInWords(answer, language);
}

export function filledResponseForm(specification: Specification, response: SupplierResponse): FilledResponseForm {
  const language = specification.primaryLanguage;
  const t = documentTexts(language);
  const supplierWords = (key: string): string => lookup(catalogues[language], `supplier.${key}`);
  const appendix = t('responseForm.genericAppendix2');
  const documentType = t(`responseForm.documentType.${specification.jurisdiction}`, { appendix });
  let answeredCount = 0;
  let requirementCount = 0;
  const groups = responseGroups(specification).map((group) => ({
    number: group.number,
    title: group.title === null ? supplierWords('answering.noSection') : specificationText(group.title, language, specification),
    rows: group.requirements.map(({ requirement, number }): FilledFormRow => {
      requirementCount += 1;
      const answer = response.answers[requirement.id];
      if (answer !== undefined) answeredCount += 1;
      const comment = answer !== undefined && 'comment' in answer ? (answer.comment ?? '') : '';
      return {
        number,
        requirement: specificationText(requirement.text, language, specification),
        instruction: specificationText(requirement.responseInstruction, language, specification),
        obligation: t(`obligation.${requirement.obligation}`),
        answer: answer === undefined ? supplierWords('answering.notAnswered') : answerText(answer, language),
        answered: answer !== undefined,
        comment,
        attachments: answer?.kind === 'attachment' ? [answer.file.fileName] : [],
      };
    }),
  }));
  return {
    language,
    title: specification.title,
    documentType,
    supplier: [
      { label: t('responseForm.supplier.name'), value: response.supplier.name },
      { label: t('responseForm.supplier.organisationNumber'), value: response.supplier.organisationNumber },
    ],
    groups,
    columns: {
      number: t('responseForm.columns.number'),
      requirement: t('responseForm.columns.requirement'),
      obligation: t('responseForm.columns.obligation'),
      answer: t('responseForm.columns.answer'),
      comment: t('responseForm.columns.reference'),
    },
    instructionLabel: t('requirements.instructionLabel'),
    attachmentsLabel: supplierWords('filledForm.attachments'),
    answeredCount,
    requirementCount,
  };
}
