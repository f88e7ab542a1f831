/**
 * A small tender and supplier responses to it, for the tests of supplier
 * mode: six requirements of different answer types and obligations, a
 * price–quality evaluation by weighted points (price 60 %, quality 40 %),
 * and helpers to build responses and profiles the way the app writes them.
 */
import { createSpecification } from '../../shared/specification/create';
import { Specification, type AnswerType, type Obligation, type Requirement } from '../../shared/specification/model';
import type { Answer } from '../../shared/response/answers';
import { specificationFingerprint } from '../../shared/response/fingerprint';
import { currentResponseVersion, responseFormat, type SupplierResponse } from '../../shared/response/model';
import { currentProfileVersion, profileFormat, requirementTextHash, type ReusableAnswer, type SupplierProfile } from '../../shared/response/profile';

export const tenderId = '5b0c1e4e-8f0a-4a57-9d55-7b8c3f1a2d10';

function requirement(id: string, order: number, obligation: Obligation, answerType: AnswerType, sv: string, extra: Partial<Requirement> = {}): Requirement {
  return {
    id,
    sectionId: 'sec-service',
    order,
    text: { sv, en: `${sv} (en)` },
    obligation,
    role: 'specification',
    verification: { method: 'declaration' },
    answerType,
    parameters: [],
    level: 'basic',
    standards: [],
    needIds: [],
    tracing: 'not-needed',
    tracingReason: 'Test',
    provenance: null,
    dismissedFindings: [],
    notes: '',
    ...extra,
  };
}

/** The buyer's specification: R1–R3 binding, R4–R6 evaluated (points 10, 20, 10), in criterion "Kvalitet" (40 %). */
export function smallTender(): Specification {
  const base = createSpecification({ id: tenderId, title: 'E-tjänst', jurisdiction: 'se', languages: ['sv', 'en'], primaryLanguage: 'sv', now: new Date('2026-05-01T08:00:00Z') });
  const spec: Specification = {
    ...base,
    sections: [{ id: 'sec-service', parentId: null, order: 0, title: { sv: 'Tjänsten', en: 'The service' } }],
    requirements: [
      requirement('R1', 0, 'mandatory', { kind: 'confirmation' }, 'Tjänsten ska följa WCAG 2.1 AA.', { provenance: { packId: 'saas', requirementId: 'ACC-WCAG-01', packVersion: '1.0.0' } }),
      requirement('R2', 1, 'mandatory', { kind: 'compliance' }, 'Data ska lagras inom EES.', { provenance: { packId: 'saas', requirementId: 'DATA-EEA-01', packVersion: '1.0.0' } }),
      requirement('R3', 2, 'minimum-and-evaluated', { kind: 'number', unit: '%', min: 99, max: 100 }, 'Tillgängligheten ska vara minst 99 %.', { evaluation: { points: 10 } }),
      requirement('R4', 3, 'evaluated', { kind: 'yes-no' }, 'Tjänsten bör ha en öppen API.', { evaluation: { points: 20 } }),
      requirement('R5', 4, 'evaluated', { kind: 'attachment', description: 'Säkerhetsrapport' }, 'Leverantören bör bifoga en penetrationstestrapport.', { evaluation: { points: 10 } }),
      requirement('R6', 5, 'evaluated', { kind: 'choice', options: ['Svenska', 'Engelska'], multiple: true }, 'Support bör ges på svenska.', { evaluation: { points: 0 } }),
    ],
    evaluation: {
      basis: 'price-quality',
      method: 'weighted-points',
      priceFormula: 'proportional',
      criteria: [
        { id: 'pris', name: 'Pris', weightPercent: 60, requirementIds: [] },
        { id: 'kvalitet', name: 'Kvalitet', weightPercent: 40, requirementIds: ['R3', 'R4', 'R5', 'R6'] },
      ],
    },
  };
  return Specification.parse(spec);
}

/** Answers that meet every binding requirement. */
export function goodAnswers(): Record<string, Answer> {
  return {
    R1: { kind: 'yes-no', value: true },
    R2: { kind: 'compliance', complies: 'yes' },
    R3: { kind: 'number', value: 99.9, unit: '%' },
    R4: { kind: 'yes-no', value: true },
  };
}

export function responseTo(spec: Specification, supplier: string, answers: Record<string, Answer>, price?: number): SupplierResponse {
  return {
    format: responseFormat,
    version: currentResponseVersion,
    specification: { id: spec.id, fingerprint: specificationFingerprint(spec), title: spec.title },
    supplier: { name: supplier, organisationNumber: '556677-8899' },
    ...(price === undefined ? {} : { price }),
    answers,
    updatedAt: '2026-06-01T10:00:00Z',
  };
}

export function reusable(libraryRequirementId: string, answeredText: string, answer: Answer): ReusableAnswer {
  return { libraryRequirementId, answeredText: { language: 'sv', sha256: requirementTextHash(answeredText) }, answer, evidence: [], updatedAt: '2026-04-01T10:00:00Z' };
}

export function profileWith(answers: ReusableAnswer[]): SupplierProfile {
  return {
    format: profileFormat,
    version: currentProfileVersion,
    id: '0d7f4c43-1a7e-4c1e-b7a6-2f2e8e6f9a01',
    company: {
      name: 'Molnbyrån AB',
      organisationNumber: '556677-8899',
      certifications: [{ name: 'ISO/IEC 27001', validUntil: '2027-12-31' }],
      references: [{ customer: 'Exempelkommunen', description: 'E-tjänst för bygglov', year: 2025 }],
      staff: 14,
    },
    answers,
    updatedAt: '2026-04-01T10:00:00Z',
  };
}
