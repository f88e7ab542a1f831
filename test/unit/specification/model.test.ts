import { contentProblems } from '../../../shared/specification/content-checks';
import { describe, expect, it } from 'vitest';
import {
  createSpecification,
  documentIssuesFromZod,
  type DocumentIssue,
  type Jurisdiction,
  proceduresByJurisdiction,
  Specification,
} from '../../../shared/specification';
import { loadFixture } from './fixtures';

const now = new Date('2026-03-02T08:00:00Z');

function issuesOf(value: unknown): DocumentIssue[] {
  const result = Specification.safeParse(value);
  return result.success ? [] : documentIssuesFromZod(result.error);
}

function pathsOf(value: unknown): string[] {
  return issuesOf(value).map((issue) => issue.path);
}

/** A deep copy of the rich Swedish fixture to break in one place. */
function rich(): Specification {
  return structuredClone(loadFixture('rich.kravspec'));
}

describe('createSpecification', () => {
  it.each([
    ['se', 'SEK'],
    ['no', 'NOK'],
    ['eu', 'EUR'],
  ] as const)('gives a valid empty %s document in %s', (jurisdiction: Jurisdiction, currency) => {
    const spec = createSpecification({
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      title: 'Ny kravspecifikation',
      jurisdiction,
      languages: ['sv', 'en'],
      primaryLanguage: 'sv',
      now,
    });
    expect(issuesOf(spec)).toEqual([]);
    expect(spec.procurement.currency).toBe(currency);
    expect(spec.evaluation).toEqual({ basis: 'price-quality', method: 'weighted-points', priceFormula: 'proportional', criteria: [] });
    expect(spec.createdAt).toBe('2026-03-02T08:00:00.000Z');
    expect(spec.updatedAt).toBe(spec.createdAt);
    expect(spec.requirements).toEqual([]);
  });
});

describe('the rich fixture', () => {
  it('covers every answer kind, obligation and role', () => {
    const spec = rich();
    expect(new Set(spec.requirements.map((requirement) => requirement.answerType.kind))).toEqual(
      new Set(['yes-no', 'confirmation', 'number', 'text', 'choice', 'date', 'attachment']),
    );
    expect(new Set(spec.requirements.map((requirement) => requirement.obligation))).toEqual(new Set(['mandatory', 'evaluated']));
    expect(new Set(spec.requirements.map((requirement) => requirement.role))).toEqual(new Set(['qualification', 'specification', 'contract']));
    expect(spec.evaluation.criteria.reduce((sum, criterion) => sum + criterion.weightPercent, 0)).toBe(100);
  });
});

describe('document-level checks', () => {
  it('reports a requirement in a section that does not exist', () => {
    const spec = rich();
    (spec.requirements[2] as { sectionId: string }).sectionId = 'sec-missing';
    expect(issuesOf(spec)).toEqual([{ path: '$.requirements[2].sectionId', message: 'The section "sec-missing" does not exist' }]);
  });

  it('reports links to needs, goals and requirements that do not exist', () => {
    const spec = rich();
    spec.requirements[0]?.needIds.push('need-gone');
    spec.needs[0]?.goalIds.push('goal-gone');
    spec.evaluation.criteria[1]?.requirementIds.push('K-GONE');
    expect(pathsOf(spec)).toEqual(['$.requirements[0].needIds[1]', '$.needs[0].goalIds[1]', '$.evaluation.criteria[1].requirementIds[2]']);
  });

  it('reports duplicate ids at the later item', () => {
    const spec = rich();
    (spec.requirements[3] as { id: string }).id = 'K-LEV-01';
    (spec.sections[5] as { id: string }).id = 'sec-allmant';
    const issues = issuesOf(spec);
    expect(issues).toContainEqual({ path: '$.requirements[3].id', message: 'The id "K-LEV-01" is already used by item 1 of this list' });
    expect(issues.map((issue) => issue.path)).toContain('$.sections[5].id');
  });

  it('reports duplicate parameter names within a requirement', () => {
    const spec = rich();
    const parameters = spec.requirements[0]?.parameters ?? [];
    parameters.push({ ...(parameters[0] as (typeof parameters)[number]) });
    expect(pathsOf(spec)).toEqual(['$.requirements[0].parameters[2].name']);
  });

  it('reports a primary language that is not among the languages, and languages listed twice', () => {
    const spec = rich();
    spec.primaryLanguage = 'nb';
    expect(pathsOf(spec)).toEqual(['$.primaryLanguage']);
    const twice = rich();
    twice.languages = ['sv', 'en', 'sv'];
    expect(pathsOf(twice)).toEqual(['$.languages[2]']);
  });

  it('requires at least one language', () => {
    const spec = rich();
    spec.languages = [];
    expect(pathsOf(spec)).toEqual(['$.languages', '$.primaryLanguage']);
  });

  it('reports a procedure the jurisdiction does not have', () => {
    const spec = rich();
    spec.procurement.procedure = 'below-threshold-competition';
    expect(issuesOf(spec)).toEqual([
      { path: '$.procurement.procedure', message: 'The procedure "below-threshold-competition" is not available in the "se" jurisdiction' },
    ]);
  });

  it('accepts every listed procedure for its own jurisdiction and null', () => {
    for (const [jurisdiction, procedures] of Object.entries(proceduresByJurisdiction) as [Jurisdiction, readonly string[]][]) {
      for (const procedure of [...procedures, null]) {
        const spec = createSpecification({ id: '3b241101-e2bb-4255-8caf-4136c566a962', title: '', jurisdiction, languages: ['en'], primaryLanguage: 'en', now });
        spec.procurement.procedure = procedure as Specification['procurement']['procedure'];
        expect(issuesOf(spec), `${jurisdiction} ${String(procedure)}`).toEqual([]);
      }
    }
  });

  it('lets a draft with a half-typed organisation number or e-mail validate, and reports them as content problems', () => {
    const paths = (spec: Specification) => contentProblems(spec).map((problem) => problem.path);
    const swedish = rich();
    swedish.buyer.organisationNumber = '212000-2438';
    expect(issuesOf(swedish)).toEqual([]);
    expect(paths(swedish)).toEqual(['$.buyer.organisationNumber']);
    swedish.buyer.organisationNumber = '974760673'; // Norwegian number in a Swedish document
    expect(paths(swedish)).toEqual(['$.buyer.organisationNumber']);
    swedish.buyer.organisationNumber = '';
    expect(paths(swedish)).toEqual([]);
    swedish.buyer.contact.email = 'anna@';
    expect(issuesOf(swedish)).toEqual([]);
    expect(paths(swedish)).toEqual(['$.buyer.contact.email']);

    const norwegian = structuredClone(loadFixture('norwegian.kravspec'));
    norwegian.buyer.organisationNumber = '212000-0142';
    expect(paths(norwegian)).toEqual(['$.buyer.organisationNumber']);
    norwegian.buyer.organisationNumber = '974 760 673';
    expect(paths(norwegian)).toEqual([]);

    const european = createSpecification({ id: '3b241101-e2bb-4255-8caf-4136c566a962', title: '', jurisdiction: 'eu', languages: ['en'], primaryLanguage: 'en', now });
    european.buyer.organisationNumber = 'DE 123 456 789';
    expect(paths(european)).toEqual([]);
  });

  it('reports a missing parent section and a cycle in the section tree', () => {
    const orphan = rich();
    (orphan.sections[1] as { parentId: string | null }).parentId = 'sec-gone';
    expect(issuesOf(orphan)).toEqual([{ path: '$.sections[1].parentId', message: 'The parent section "sec-gone" does not exist' }]);

    const cycle = rich();
    // sec-allmant → sec-omfattning → sec-allmant
    (cycle.sections[0] as { parentId: string | null }).parentId = 'sec-omfattning';
    expect(pathsOf(cycle)).toEqual(['$.sections[0].parentId', '$.sections[1].parentId']);

    const self = rich();
    (self.sections[2] as { parentId: string | null }).parentId = 'sec-leverantor';
    expect(pathsOf(self)).toEqual(['$.sections[2].parentId']);
  });
});

describe('field shapes', () => {
  it('reports unknown keys at their own path', () => {
    const spec = rich() as unknown as { requirements: Record<string, unknown>[] };
    (spec.requirements[4] as Record<string, unknown>)['colour'] = 'red';
    expect(issuesOf(spec)).toEqual([{ path: '$.requirements[4].colour', message: 'Unknown field "colour"' }]);
  });

  it('checks CPV codes and enum values where they are', () => {
    const spec = rich();
    spec.procurement.cpvCodes.push('72000000-4', '7200000');
    (spec.requirements[1] as { obligation: string }).obligation = 'maybe';
    expect(pathsOf(spec)).toEqual([
      '$.procurement.cpvCodes[4]',
      '$.procurement.cpvCodes[5]',
      '$.requirements[1].obligation',
    ]);
    expect(issuesOf(spec).filter((issue) => issue.path === '$.procurement.cpvCodes[5]')).toHaveLength(1);
  });

  it('allows an empty e-mail address while drafting', () => {
    const spec = rich();
    spec.buyer.contact.email = '';
    expect(issuesOf(spec)).toEqual([]);
  });

  it('rejects an unknown answer kind and a choice without options', () => {
    const spec = rich() as unknown as { requirements: { answerType: unknown }[] };
    (spec.requirements[0] as { answerType: unknown }).answerType = { kind: 'slider' };
    (spec.requirements[5] as { answerType: unknown }).answerType = { kind: 'choice', options: [], multiple: false };
    expect(pathsOf(spec)).toEqual(['$.requirements[0].answerType.kind', '$.requirements[5].answerType.options']);
  });

  it('checks parameter names and item ids', () => {
    const spec = rich();
    (spec.requirements[0]?.parameters[0] as { name: string }).name = 'Users count';
    (spec.glossary[0] as { id: string }).id = 'has space';
    expect(pathsOf(spec)).toEqual(['$.requirements[0].parameters[0].name', '$.glossary[0].id']);
  });
});
