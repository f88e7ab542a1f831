import { describe, expect, it } from 'vitest';
import { innovationReview, innovationWeights, scoreLevel, solutionWords, subScoreIds, type InnovationSubScore, type SubScoreId } from '../../../shared/quality/innovation';
import { parseSpecificationBytes, serializeParsedSpecification, serializeSpecification } from '../../../shared/specification/document-file';
import { IncrementalSerializer } from '../../../shared/specification/incremental-serializer';
import { Specification as SpecificationSchema, type Requirement, type Specification } from '../../../shared/specification/model';
import { loadFixture } from '../specification/fixtures';

const strong = (): Specification => loadFixture('rich.kravspec');

function sub(spec: Specification, id: SubScoreId): InnovationSubScore {
  const found = innovationReview(spec).subScores.find((score) => score.id === id);
  if (found === undefined) throw new Error(`no sub-score ${id}`);
  return found;
}

/** The strong fixture with one requirement's Swedish text (and optionally more) changed. */
function withRequirement(spec: Specification, id: string, change: Partial<Requirement> & { sv?: string }): Specification {
  return {
    ...spec,
    requirements: spec.requirements.map((requirement) => {
      if (requirement.id !== id) return requirement;
      const { sv, ...rest } = change;
      return { ...requirement, ...rest, text: sv === undefined ? requirement.text : { ...requirement.text, sv } };
    }),
  };
}

/** A weak document: products and formats named, solutions prescribed, nothing traced, no context, no dialogue. */
function weak(): Specification {
  const spec = strong();
  const texts: Record<string, string> = {
    'K-ARE-01': 'Tjänsten ska köras på Microsoft SQL Server och installeras lokalt på kommunens servrar.',
    'K-ARE-02': 'Tjänsten ska byggas i programmeringsspråket Java.',
    'K-ARK-02': 'Handlingar ska kunna sparas som Word-dokument.',
    'K-TIL-01': 'Tjänsten ska vara användarvänlig och uppfylla EN 301 549.',
    'K-DRI-01': 'Tjänsten ska integreras med kommunens befintliga ärendehanteringssystem.',
  };
  return {
    ...spec,
    currentSituation: '',
    needs: [],
    goals: [],
    marketDialogue: [],
    procurement: { ...spec.procurement, lots: [], notDividedReason: '' },
    requirements: spec.requirements.map((requirement) => ({
      ...requirement,
      text: texts[requirement.id] === undefined ? requirement.text : { ...requirement.text, sv: texts[requirement.id] },
      obligation: 'mandatory',
      needIds: [],
      tracing: requirement.tracing,
      verification: { method: null },
    })),
  };
}

describe('innovation review', () => {
  it('gives every sub-score, in order, between 0 and 100', () => {
    for (const spec of [strong(), weak()]) {
      const review = innovationReview(spec);
      expect(review.language).toBe('sv');
      expect(review.subScores.map((score) => score.id)).toEqual([...subScoreIds]);
      for (const score of review.subScores) {
        expect(score.score).not.toBeNull();
        expect(score.score).toBeGreaterThanOrEqual(0);
        expect(score.score).toBeLessThanOrEqual(100);
      }
    }
  });

  it('scores a well-written document high and a weak one low on every sub-score', () => {
    const good = innovationReview(strong()).subScores;
    const bad = innovationReview(weak()).subScores;
    for (const id of subScoreIds) {
      const high = good.find((score) => score.id === id)?.score ?? 0;
      const low = bad.find((score) => score.id === id)?.score ?? 100;
      expect(low, id).toBeLessThan(high);
    }
    expect(good.filter((score) => (score.score ?? 0) >= 75)).toHaveLength(subScoreIds.length);
    expect(bad.every((score) => (score.score ?? 100) < 75)).toBe(true);
  });

  it('needs requirement text to assess openness, functions and verification', () => {
    const spec = { ...strong(), requirements: [] };
    const review = innovationReview(spec);
    for (const id of ['openness', 'functional', 'proportionality', 'verifiable'] as const) expect(review.subScores.find((score) => score.id === id)?.score, id).toBeNull();
  });

  describe('openness', () => {
    it('loses 25 points per brand, format or lock-in finding per 10 requirements, and names the requirement', () => {
      const spec = withRequirement(strong(), 'K-ARE-01', { sv: 'Handläggaren ska kunna se ärendet i Microsoft Teams.' });
      const openness = sub(spec, 'openness');
      // 1 finding over 20 requirements = 0.5 per 10 = 12.5 points.
      expect(openness.score).toBe(Math.round(100 - innovationWeights.opennessPenaltyPer10 * 0.5));
      expect(openness.items).toEqual([{ step: 'requirements', id: 'K-ARE-01', reason: 'brand' }]);
      expect(openness.actions).toEqual([{ key: 'addEquivalenceToBrands', values: { count: 1 }, step: 'requirements' }]);
    });

    it('forgives a brand followed by the equivalence words', () => {
      const spec = withRequirement(strong(), 'K-ARE-01', { sv: 'Handläggaren ska kunna se ärendet i Microsoft Teams eller likvärdigt.' });
      expect(sub(spec, 'openness').score).toBe(100);
    });

    it('finds formats and ties to existing systems in the weak document', () => {
      const reasons = new Set(sub(weak(), 'openness').items.map((item) => item.reason));
      expect(reasons).toEqual(new Set(['brand', 'format', 'lockIn']));
      expect(sub(weak(), 'openness').actions.map((action) => action.key)).toEqual(['addEquivalenceToBrands', 'useOpenFormats', 'specifyInterfaces']);
    });
  });

  describe('functional orientation', () => {
    it('counts a service requirement with solution cue words as prescribing a solution, and says which words', () => {
      const spec = withRequirement(strong(), 'K-ARE-02', { sv: 'Tjänsten ska byggas i programmeringsspråket Java.' });
      const functional = sub(spec, 'functional');
      expect(functional.figures).toEqual({ functional: 12, requirements: 13 });
      expect(functional.score).toBe(Math.round((12 * 100) / 13));
      expect(functional.items).toEqual([{ step: 'requirements', id: 'K-ARE-02', reason: 'solutionWords', words: ['ska byggas i', 'programmeringsspråket'] }]);
      expect(functional.actions).toEqual([{ key: 'describeFunction', values: { count: 1 }, step: 'requirements' }]);
    });

    it('leaves qualification and contract requirements out', () => {
      const spec = withRequirement(strong(), 'K-LEV-01', { sv: 'Leverantörens personal ska ha arbetat med operativsystemet Linux.' });
      expect(sub(spec, 'functional').score).toBe(100);
    });

    it('finds the cue words in each language, with endings', () => {
      expect(solutionWords('Løsningen skal installeres på et bestemt operativsystem.', 'nb')).toEqual(['skal installeres', 'operativsystem']);
      expect(solutionWords('The service shall run on a mainframe.', 'en')).toEqual(['shall run on', 'mainframe']);
      expect(solutionWords('The service shall let users find a case in two seconds.', 'en')).toEqual([]);
    });
  });

  describe('need context', () => {
    it('takes 20 points each for needs, goals and the current situation', () => {
      expect(sub({ ...strong(), currentSituation: ' ' }, 'needContext').score).toBe(100 - innovationWeights.contextPart);
      expect(sub({ ...strong(), goals: [] }, 'needContext').actions).toEqual([{ key: 'setGoals', values: {}, step: 'needs' }]);
    });

    it('follows the share of requirements traced to needs and lists the untraced ones', () => {
      const spec = withRequirement(strong(), 'K-ARE-01', { needIds: [] });
      const context = sub(spec, 'needContext');
      expect(context.figures).toMatchObject({ linked: 11, toLink: 12 });
      expect(context.score).toBe(Math.round(60 + (40 * 11) / 12));
      expect(context.items).toEqual([{ step: 'requirements', id: 'K-ARE-01', reason: 'notLinked' }]);
    });

    it('is low when the document has no context at all', () => {
      const context = sub(weak(), 'needContext');
      expect(context.score).toBe(0);
      expect(context.actions.map((action) => action.key)).toEqual(['describeNeeds', 'setGoals', 'describeSituation', 'linkRequirements']);
    });
  });

  describe('proportionality', () => {
    it('rewards evaluated service requirements and points to ambitious mandatory ones', () => {
      const strongScore = sub(strong(), 'proportionality');
      expect(strongScore.items.map((item) => item.id)).toEqual(['K-ARK-01', 'K-DRI-01']);
      const allMandatory = sub(weak(), 'proportionality');
      expect(allMandatory.figures['evaluated']).toBe(0);
      expect(allMandatory.score).toBeLessThan(strongScore.score ?? 0);
      expect(allMandatory.actions.map((action) => action.key)).toEqual(['evaluateAmbitious', 'fewerMandatory']);
    });

    it('falls as mandatory requirements get denser than 20 per 1,000 words', () => {
      const short = { ...strong(), background: '', currentSituation: '', needs: [], goals: [] };
      expect(sub(short, 'proportionality').figures['density']).toBeGreaterThan(sub(strong(), 'proportionality').figures['density'] ?? 0);
      expect(sub(short, 'proportionality').score).toBeLessThan(sub(strong(), 'proportionality').score ?? 0);
    });
  });

  describe('verifiable openness', () => {
    it('asks functional requirements for a verification method', () => {
      const spec = withRequirement(strong(), 'K-ARE-01', { verification: { method: null } });
      const verifiable = sub(spec, 'verifiable');
      expect(verifiable.score).toBe(Math.round((12 * 100) / 13));
      expect(verifiable.items).toEqual([{ step: 'requirements', id: 'K-ARE-01', reason: 'noVerification' }]);
    });

    it('asks functional requirements for a measurable criterion', () => {
      const spec = withRequirement(strong(), 'K-ARE-01', { sv: 'Handläggaren ska snabbt kunna se ärendets samtliga handlingar.' });
      const verifiable = sub(spec, 'verifiable');
      expect(verifiable.items).toEqual([{ step: 'requirements', id: 'K-ARE-01', reason: 'unmeasurable' }]);
      expect(verifiable.actions).toEqual([{ key: 'measurableCriterion', values: { count: 1 }, step: 'requirements' }]);
    });
  });

  describe('standards and dialogue', () => {
    it('lists a standard without the equivalence words', () => {
      const spec = withRequirement(strong(), 'K-TIL-01', { sv: 'De delar av tjänsten som invånare använder ska uppfylla EN 301 549.' });
      const standards = sub(spec, 'standardsDialogue');
      expect(standards.items).toEqual([{ step: 'requirements', id: 'K-TIL-01', reason: 'standardWithoutEquivalence' }]);
      expect(standards.score).toBe(Math.round(40 * (6 / 7) + 60));
    });

    it('takes 25 points for market dialogue, 20 for lots or a reason not to divide, and 15 for allowing variants', () => {
      expect(sub({ ...strong(), marketDialogue: [] }, 'standardsDialogue').score).toBe(75);
      const undecided = sub({ ...strong(), procurement: { ...strong().procurement, notDividedReason: '' } }, 'standardsDialogue');
      expect(undecided.score).toBe(80);
      expect(undecided.actions).toEqual([{ key: 'divideOrExplain', values: {}, step: 'procurement', check: 'lots' }]);
      for (const allowed of [false, null]) {
        const noVariants = sub({ ...strong(), procurement: { ...strong().procurement, variants: { allowed, conditions: '' } } }, 'standardsDialogue');
        expect(noVariants.score).toBe(85);
        expect(noVariants.figures['variantsAllowed']).toBe(0);
        expect(noVariants.actions).toEqual([{ key: 'allowVariants', values: {}, step: 'procurement', check: 'variants' }]);
      }
    });
  });

  it('reads scores as good, fair or weak', () => {
    expect([100, 75, 74, 50, 49, 0].map(scoreLevel)).toEqual(['good', 'good', 'fair', 'fair', 'weak', 'weak']);
  });
});

describe('the innovation checklist in the document', () => {
  const checklist = [
    { criterionId: 'open-standards', status: 'met' as const, evidence: 'K-INT-01 och K-ARK-02 anger ”eller likvärdigt”.' },
    { criterionId: 'variants', status: 'not-applicable' as const, evidence: '' },
  ];

  it('is optional, so files written before it still read', () => {
    const spec = strong();
    expect(spec.innovationChecklist).toBeUndefined();
    expect(serializeSpecification(spec)).not.toContain('innovationChecklist');
  });

  it('is saved after the revisions and read back unchanged, also by the incremental serializer', () => {
    const spec: Specification = { ...strong(), innovationChecklist: checklist };
    const text = serializeSpecification(spec);
    expect(Object.keys(JSON.parse(text) as object).slice(-2)).toEqual(['revisions', 'innovationChecklist']);
    const parsed = parseSpecificationBytes(new TextEncoder().encode(text));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(parsed.specification.innovationChecklist).toEqual(checklist);
    expect(new TextDecoder().decode(new IncrementalSerializer().bytes(parsed.specification))).toBe(serializeParsedSpecification(parsed.specification));
  });

  it('rejects an unknown status and a criterion assessed twice', () => {
    const base = strong();
    expect(SpecificationSchema.safeParse({ ...base, innovationChecklist: [{ criterionId: 'variants', status: 'done', evidence: '' }] }).success).toBe(false);
    const twice = SpecificationSchema.safeParse({ ...base, innovationChecklist: [checklist[0], { ...checklist[0], status: 'open' }] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['innovationChecklist.1.criterionId']);
  });
});
