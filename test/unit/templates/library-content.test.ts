/**
 * The shipped template library: every file validates, every text exists in
 * sv, nb and en, parameters are declared and used, references resolve, and
 * requirement ids are unique and never disappear (they are a public contract).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InnovationCatalogue, JurisdictionRules, StandardsCatalogue } from '../../../shared/templates/catalogues';
import { placeholdersIn, resolvePack } from '../../../shared/templates/library';
import { TemplatePack } from '../../../shared/templates/model';
import { checkRequirement } from '../../../shared/quality/checker';

const root = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(root, dir, name));

function parsePack(file: string): TemplatePack {
  const result = TemplatePack.safeParse(readJson(file));
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path.basename(file)} does not validate:\n${issues.join('\n')}`);
  }
  return result.data;
}

const packFiles = jsonFiles('packs');
const moduleFiles = jsonFiles('modules');
const packs = packFiles.map(parsePack);
const modules = moduleFiles.map(parsePack);
const moduleMap = new Map(modules.map((m) => [m.id, m]));
const standards = StandardsCatalogue.parse(readJson(path.join(root, 'standards.json')));
const innovation = InnovationCatalogue.parse(readJson(path.join(root, 'innovation-criteria.json')));
const standardIds = new Set(standards.standards.map((s) => s.id));
const innovationIds = new Set(innovation.criteria.map((c) => c.id));
const allRequirements = [...packs, ...modules].flatMap((file) => file.requirements.map((r) => ({ file: file.id, requirement: r })));

/** Every text of a value, with where it sits, for the three-language check. */
function triTexts(value: unknown, where: string, out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) value.forEach((item, i) => triTexts(item, `${where}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 0 && keys.every((k) => k === 'sv' || k === 'nb' || k === 'en')) out.push([where, record]);
    // A standard's local names are partial by design: a language without one uses the official name.
    else for (const [k, v] of Object.entries(record)) if (k !== 'localNames') triTexts(v, `${where}.${k}`, out);
  }
  return out;
}

describe('shipped template library', () => {
  it('has at least 8 packs and 250 requirements', () => {
    expect(packs.filter((p) => p.kind === 'pack').length).toBeGreaterThanOrEqual(8);
    expect(allRequirements.length).toBeGreaterThanOrEqual(250);
  });

  it('packs are packs and modules are modules, file names match ids, CC BY 4.0', () => {
    for (const [file, pack] of [...packFiles.map((f, i) => [f, packs[i]] as const), ...moduleFiles.map((f, i) => [f, modules[i]] as const)]) {
      expect(path.basename(file, '.json'), file).toBe(pack?.id);
      expect(pack?.licence, file).toBe('CC-BY-4.0');
    }
    expect(packs.every((p) => p.kind === 'pack')).toBe(true);
    expect(modules.every((m) => m.kind === 'module')).toBe(true);
  });

  it('every text is there in sv, nb and en, and not empty', () => {
    for (const file of [...packs, ...modules, standards, innovation]) {
      for (const [where, text] of triTexts(file, (file as { id?: string }).id ?? 'catalogue')) {
        for (const language of ['sv', 'nb', 'en'] as const) {
          expect((text as Record<string, string | undefined>)[language]?.trim(), `${where}.${language}`).toBeTruthy();
        }
      }
    }
  });

  it('every shipped requirement has its guidance: why, pitfalls, how to adapt it, and its anchor', () => {
    for (const { file, requirement } of allRequirements) expect(requirement.guidance, `${file} ${requirement.id}`).toBeDefined();
  });

  it('requirement ids are unique across the whole library', () => {
    const seen = new Map<string, string>();
    for (const { file, requirement } of allRequirements) {
      expect(seen.get(requirement.id), `${requirement.id} in ${file} and ${seen.get(requirement.id)}`).toBeUndefined();
      seen.set(requirement.id, file);
    }
  });

  it('every {parameter} is declared and every declared parameter is used, in every language', () => {
    for (const { file, requirement } of allRequirements) {
      const declared = requirement.parameters.map((p) => p.name).sort();
      for (const language of ['sv', 'nb', 'en'] as const) {
        expect(placeholdersIn(requirement.text[language] ?? '').sort(), `${file} ${requirement.id} ${language}`).toEqual(declared);
      }
      for (const parameter of requirement.parameters) {
        if (typeof parameter.default === 'number') {
          if (parameter.min !== undefined) expect(parameter.default, `${requirement.id}.${parameter.name}`).toBeGreaterThanOrEqual(parameter.min);
          if (parameter.max !== undefined) expect(parameter.default, `${requirement.id}.${parameter.name}`).toBeLessThanOrEqual(parameter.max);
        }
      }
    }
  });

  it('every standard and innovation tag resolves in its catalogue', () => {
    for (const { file, requirement } of allRequirements) {
      for (const id of requirement.standards) expect(standardIds.has(id), `${file} ${requirement.id} standard ${id}`).toBe(true);
      for (const id of requirement.innovation) expect(innovationIds.has(id), `${file} ${requirement.id} innovation ${id}`).toBe(true);
    }
  });

  it('every requirement sits in a section of its file, and every included module exists', () => {
    for (const file of [...packs, ...modules]) {
      const sections = new Set(file.sections.map((s) => s.id));
      for (const section of file.sections) if (section.parent !== null) expect(sections.has(section.parent), `${file.id} ${section.id}`).toBe(true);
      for (const requirement of file.requirements) expect(sections.has(requirement.section), `${file.id} ${requirement.id} → ${requirement.section}`).toBe(true);
    }
    for (const pack of packs) expect(resolvePack(pack, moduleMap).missingModules, pack.id).toEqual([]);
  });

  it('modules are shared: each is included by at least two packs', () => {
    for (const module of modules) {
      expect(packs.filter((p) => p.includes.includes(module.id)).length, module.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('the standards catalogue has at least 40 entries and the innovation catalogue at least 12, ids unique', () => {
    expect(standards.standards.length).toBeGreaterThanOrEqual(40);
    expect(standardIds.size).toBe(standards.standards.length);
    expect(innovation.criteria.length).toBeGreaterThanOrEqual(12);
    expect(innovationIds.size).toBe(innovation.criteria.length);
  });

  it('procurement rules exist for se, no and eu, with sources and flagged unconfirmed values', () => {
    for (const jurisdiction of ['se', 'no', 'eu'] as const) {
      const rules = JurisdictionRules.parse(readJson(path.join(root, 'rules', `${jurisdiction}.json`)));
      expect(rules.jurisdiction).toBe(jurisdiction);
      expect(rules.thresholds.length).toBeGreaterThan(0);
      expect(rules.procedures.length).toBeGreaterThan(0);
    }
  });

  it('the quality checker finds no error in any shipped requirement, in any language', () => {
    const errors: string[] = [];
    for (const { file, requirement } of allRequirements) {
      for (const language of ['sv', 'nb', 'en'] as const) {
        const text = requirement.text[language] ?? '';
        for (const finding of checkRequirement({ text, language, obligation: requirement.obligation, role: requirement.role })) {
          if (finding.severity === 'error') errors.push(`${file} ${requirement.id} ${language} ${finding.ruleId}: «${text.slice(finding.start, finding.end)}»`);
        }
      }
    }
    expect(errors).toEqual([]);
  }, 60_000); // checking every text of 500+ requirements in three languages takes seconds on a shared machine

  it('no requirement id has disappeared since the committed list (ids are a public contract)', () => {
    const committed = readFileSync(path.join(root, 'requirement-ids.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const now = new Set(allRequirements.map(({ requirement }) => requirement.id));
    expect(committed.filter((id) => !now.has(id))).toEqual([]);
  });
});
