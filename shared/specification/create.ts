import {
  currentSchemaVersion,
  defaultCurrency,
  type DocumentLanguage,
  type Jurisdiction,
  type Requirement,
  type Specification,
  specificationFormat,
} from './model';

export interface NewSpecification {
  id: string;
  title: string;
  jurisdiction: Jurisdiction;
  languages: DocumentLanguage[];
  primaryLanguage: DocumentLanguage;
  now: Date;
}

/**
 * A new, empty specification that already passes validation: nothing filled
 * in, the jurisdiction's currency, and a best price–quality evaluation by
 * weighted points with a proportional price formula as the starting model.
 */
export function createSpecification(input: NewSpecification): Specification {
  const now = input.now.toISOString();
  return {
    format: specificationFormat,
    schemaVersion: currentSchemaVersion,
    id: input.id,
    title: input.title,
    jurisdiction: input.jurisdiction,
    languages: [...input.languages],
    primaryLanguage: input.primaryLanguage,
    createdAt: now,
    updatedAt: now,
    buyer: { name: '', organisationNumber: '', contact: {} },
    procurement: {
      referenceNumber: '',
      procedure: null,
      estimatedValue: null,
      currency: defaultCurrency[input.jurisdiction],
      contractPeriod: { startDate: null, endDate: null },
      options: [],
      cpvCodes: [],
      lots: [],
      notDividedReason: '',
      variants: { allowed: null, conditions: '' },
    },
    background: '',
    currentSituation: '',
    stakeholders: [],
    userGroups: [],
    needs: [],
    goals: [],
    marketDialogue: [],
    sections: [],
    requirements: [],
    evaluation: { basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria: [] },
    glossary: [],
    attachments: [],
    revisions: [],
  };
}

/**
 * What a requirement written or brought in from outside the library starts
 * with, besides its place, text and obligation: on the service, no
 * verification method, basic level, no parameters, standards or needs yet,
 * to be traced, no provenance or notes. Fresh arrays every call.
 */
export function newRequirementFields(): Pick<
  Requirement,
  'role' | 'verification' | 'parameters' | 'level' | 'standards' | 'needIds' | 'tracing' | 'tracingReason' | 'provenance' | 'dismissedFindings' | 'notes'
> {
  return {
    role: 'specification',
    verification: { method: null },
    parameters: [],
    level: 'basic',
    standards: [],
    needIds: [],
    tracing: 'linked',
    tracingReason: '',
    provenance: null,
    dismissedFindings: [],
    notes: '',
  };
}
