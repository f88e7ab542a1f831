import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplatePackBytes } from '../../../shared/templates/pack-file';
import { offerAnswers, profileKind } from '../../../shared/response/profile';
import { assessReadiness, readinessRequirementsOfPacks, readinessRequirementsOfSpecification } from '../../../shared/response/readiness';
import { startResponse } from '../../../shared/response/start';
import { checkConformance } from '../../../shared/response/conformance';
import { profileWith, reusable, smallTender } from '../../support/supplier-responses';

const wcag = 'Tjänsten ska följa WCAG 2.1 AA.';

describe('the supplier profile', () => {
  it('offers an answer where the library requirement and its text match, and marks it when the text changed', () => {
    const profile = profileWith([
      reusable('ACC-WCAG-01', `  ${wcag}\n`, { kind: 'yes-no', value: true }),
      reusable('DATA-EEA-01', 'Data ska lagras inom Norden.', { kind: 'compliance', complies: 'yes' }),
    ]);
    expect(offerAnswers(profile, smallTender()).map((offer) => [offer.requirementId, offer.status])).toEqual([
      ['R1', 'offered'],
      ['R2', 'text-changed'],
    ]);
  });

  it('is a document kind that reads back what it writes', () => {
    const profile = profileWith([reusable('ACC-WCAG-01', wcag, { kind: 'yes-no', value: true })]);
    const read = profileKind.parse(new TextEncoder().encode(profileKind.serialize(profile)));
    expect(read.ok && read.document).toEqual(profile);
  });

  it('starts a response that fits the specification, with the same-text answers filled in', () => {
    const spec = smallTender();
    const profile = profileWith([
      reusable('ACC-WCAG-01', wcag, { kind: 'yes-no', value: true }),
      reusable('DATA-EEA-01', 'Data ska lagras inom Norden.', { kind: 'compliance', complies: 'yes' }),
    ]);
    const started = startResponse(spec, profile, { now: new Date('2026-06-01T00:00:00Z') });
    expect(started.response.answers).toEqual({ R1: { kind: 'yes-no', value: true } });
    expect(started.response.supplier.name).toBe('Molnbyrån AB');
    expect(started.toCheck.map((offer) => offer.requirementId)).toEqual(['R2']);
    expect(checkConformance(spec, started.response).kind).toBe('fits');
  });
});

describe('readiness', () => {
  it('puts mandatory requirements not met first, and counts the points within reach', () => {
    const spec = smallTender();
    const profile = profileWith([
      reusable('ACC-WCAG-01', wcag, { kind: 'yes-no', value: true }),
      reusable('DATA-EEA-01', 'Data ska lagras inom EES.', { kind: 'compliance', complies: 'no' }),
    ]);
    const requirements = readinessRequirementsOfSpecification(spec).map((r) => (r.id === 'R4' ? { ...r, libraryRequirementId: 'API-OPEN-01' } : r));
    const withApi = { ...profile, answers: [...profile.answers, reusable('API-OPEN-01', 'Tjänsten bör ha en öppen API.', { kind: 'yes-no', value: true })] };
    const readiness = assessReadiness(requirements, withApi, { languages: ['sv'], today: '2026-06-01' });
    expect(readiness.items.map((item) => [item.requirementId, item.status, item.showstopper])).toEqual([
      ['R2', 'does-not', true],
      ['R1', 'meets', false],
      ['R3', 'unknown', false],
      ['R4', 'meets', false],
      ['R5', 'unknown', false],
      ['R6', 'unknown', false],
    ]);
    expect(readiness).toMatchObject({ showstoppers: 1, pointsWithinReach: 20, pointsPossible: 40, counts: { meets: 2, 'does-not': 1, unknown: 3, partly: 0 } });
  });
});

describe('readiness for library packs', () => {
  it('takes each library requirement of two shipped packs once, unknown until the profile answers it', () => {
    const packs = ['cloud-service', 'public-e-services'].map((id) => {
      const read = parseTemplatePackBytes(readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'templates', 'packs', `${id}.json`)));
      if (!read.ok) throw new Error(`${id}: ${read.problem.message}`);
      return read.pack;
    });
    const requirements = readinessRequirementsOfPacks(packs.flatMap((pack) => pack.requirements));
    expect(new Set(requirements.map((r) => r.id)).size).toBe(requirements.length);
    const confirmed = requirements.find((r) => r.answerType.kind === 'confirmation' && r.text.sv !== undefined);
    if (confirmed === undefined) throw new Error('the packs have a confirmation requirement in Swedish');
    const profile = profileWith([reusable(confirmed.id, confirmed.text.sv ?? '', { kind: 'yes-no', value: true })]);
    const readiness = assessReadiness(requirements, profile, { languages: ['sv'], today: '2026-06-01' });
    expect(readiness.counts).toMatchObject({ meets: 1, unknown: requirements.length - 1 });
    expect(readiness.items.find((item) => item.requirementId === confirmed.id)?.status).toBe('meets');
  });
});
