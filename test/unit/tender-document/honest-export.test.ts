/**
 * An export that never drops or invents content: no placeholder sentence in
 * any outgoing document, an evaluation chapter that says only what is
 * decided, the preflight list, the requirement's title and response
 * instruction, the compliance answer, the reading guide, the logo and the
 * document language's numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportResponseFormDocx, exportSpecificationDocx } from '../../../electron/services/docx';
import { priceCriterion } from '../../../shared/evaluation/worked-example';
import { catalogues } from '../../../shared/i18n/catalogues';
import { parseSpecificationBytes } from '../../../shared/specification/document-file';
import type { DocumentLanguage, Specification } from '../../../shared/specification/model';
import { tenderDocumentPlan } from '../../../shared/tender-document/plan';
import { planContext } from '../../../shared/tender-document/plan-context';
import { standardName } from '../../../shared/templates/catalogues';
import { months } from '../../../shared/tender-document/plan-opening';
import { answerCell } from '../../../shared/tender-document/plan-requirements';
import type { PlanBlock, PlanSection, RequirementRow, TenderDocumentChoices } from '../../../shared/tender-document/plan-types';
import { exportPreflight, PreflightItemSchema } from '../../../shared/tender-document/preflight';
import { unzipParts } from '../../support/word-package';
import { fixturesDir, input } from '../docx/fixtures';

const date = new Date('2026-11-27T10:00:00Z');
const choices = (language: DocumentLanguage, extra: Partial<TenderDocumentChoices> = {}): TenderDocumentChoices => ({ language, guidanceAnnex: false, ssa: null, version: '1.0', date, ...extra });

function readable(): { name: string; spec: Specification }[] {
  return readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.kravspec'))
    .sort()
    .flatMap((file) => {
      const result = parseSpecificationBytes(readFileSync(path.join(fixturesDir, file)));
      return result.ok ? [{ name: file, spec: result.specification }] : [];
    });
}

const rich = (): Specification => {
  const found = readable().find((fixture) => fixture.name === 'rich.kravspec');
  if (found === undefined) throw new Error('the rich fixture is missing');
  return structuredClone(found.spec);
};

/** The placeholder sentences of the document catalogues, in every language: none may be printed. */
function placeholderSentences(): string[] {
  const keys = [['common', 'notStated'], ['introduction', 'procedureUndecided'], ['needs', 'none'], ['marketDialogue', 'none'], ['verification', 'none']] as const;
  return (['sv', 'nb', 'en'] as const).flatMap((language) =>
    keys.map(([group, key]) => {
      const node = (catalogues[language].docx as unknown as Record<string, Record<string, string>>)[group]?.[key];
      if (node === undefined) throw new Error(`docx.${group}.${key} is missing in ${language}`);
      return node.replace(/…$/, '');
    }),
  );
}

const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join('\n');

function allBlocks(sections: readonly PlanSection[]): PlanBlock[] {
  return sections.flatMap((section) => [...section.blocks, ...allBlocks(section.children)]);
}

function rowsOf(sections: readonly PlanSection[]): RequirementRow[] {
  return allBlocks(sections).flatMap((block) => (block.kind === 'requirements' ? block.rows : []));
}

describe('no placeholder sentence reaches an outgoing document', () => {
  it('is true of every fixture, in each of its languages, in every variant', async () => {
    const sentences = placeholderSentences();
    expect(sentences).toContain('Ikke bestemt ennå');
    expect(sentences).toContain('Ej angivet');
    for (const { name, spec } of readable()) {
      for (const language of spec.languages) {
        for (const variant of [{}, { guidanceAnnex: true, appendResponseForm: true }, { omitEmptyChapters: true }]) {
          const exported = input(spec, { language, ...variant });
          const parts = [await exportSpecificationDocx(exported), await exportResponseFormDocx(exported)];
          for (const bytes of parts) {
            const text = textOf(unzipParts(bytes).get('word/document.xml') ?? '');
            for (const sentence of sentences) expect(text.includes(sentence), `${name} ${language} ${JSON.stringify(variant)}: "${sentence}"`).toBe(false);
          }
        }
      }
    }
  }, 600_000);

  it('prints an undecided fact as a field for the buyer, titled to be filled in before publishing', async () => {
    const spec = rich();
    spec.procurement.procedure = null;
    spec.procurement.referenceNumber = '';
    const xml = unzipParts(await exportSpecificationDocx(input(spec, { language: 'en' }))).get('word/document.xml') ?? '';
    expect(xml.match(/<w:alias w:val="To fill in before publishing"\/>/g)?.length).toBe(2);
  });

  it('leaves out a goal-table column no goal fills in', () => {
    const spec = rich();
    for (const goal of spec.goals) goal.baseline = '';
    const plan = tenderDocumentPlan(spec, choices('en'), { standards: [] });
    const goals = plan.sections[1]?.children.find((part) => part.title === 'Goals');
    const table = goals?.blocks[0];
    expect(table?.kind === 'table' ? table.columns.map((column) => column.header) : []).toEqual(['Goal', 'Indicator', 'Target']);
  });
});

describe('the evaluation chapter never invents an evaluation', () => {
  function priceQualityWithoutQuality(): Specification {
    const spec = rich();
    spec.evaluation = { ...spec.evaluation, basis: 'price-quality', method: 'weighted-points', criteria: spec.evaluation.criteria.filter((criterion) => criterion === priceCriterion(spec.evaluation)) };
    return spec;
  }

  it('prints no criteria table and no worked example under price–quality with no quality criterion, and says why in the preflight', () => {
    const spec = priceQualityWithoutQuality();
    const plan = tenderDocumentPlan(spec, choices('en'), { standards: [] });
    const evaluation = plan.sections.find((section) => section.kind === 'evaluation');
    expect(evaluation?.children.map((part) => part.title)).toEqual(['Basis for the award', 'Evaluation model']);
    expect(allBlocks(evaluation === undefined ? [] : [evaluation]).some((block) => block.kind === 'table')).toBe(false);
    expect(plan.preflight.find((item) => item.code === 'evaluation.noQualityCriterion')).toMatchObject({ category: 'inconsistent', severity: 'error', goTo: { step: 'evaluation' } });
    expect(plan.preflight.some((item) => item.code === 'evaluation.exampleLeftOut')).toBe(true);
  });

  it('keeps the criteria and the worked example for a complete model', () => {
    const plan = tenderDocumentPlan(rich(), choices('en'), { standards: [] });
    const evaluation = plan.sections.find((section) => section.kind === 'evaluation');
    expect(evaluation?.children.at(-1)?.title).toBe('Worked example');
    expect(plan.preflight.filter((item) => item.code.startsWith('evaluation.'))).toEqual([]);
  });

  it('lists scored requirements without points', () => {
    const spec = rich();
    const scored = spec.requirements.find((requirement) => requirement.obligation === 'evaluated');
    if (scored === undefined) throw new Error('the fixture has evaluated requirements');
    scored.obligation = 'minimum-and-evaluated';
    scored.evaluation = {};
    const plan = tenderDocumentPlan(spec, choices('en'), { standards: [] });
    const number = rowsOf(plan.sections).find((row) => row.id === scored.id)?.number;
    expect(plan.preflight).toContainEqual(expect.objectContaining({ code: 'evaluation.noPoints', category: 'inconsistent', values: { number } }));
  });
});

describe('the preflight shared by the app and the CLI', () => {
  it('adds the quality checker’s errors and the open completeness checks to the plan’s items', () => {
    const spec = rich();
    const requirement = spec.requirements[0];
    if (requirement === undefined) throw new Error('the fixture has requirements');
    requirement.verification = { method: null };
    spec.procurement.cpvCodes = [];
    const items = exportPreflight(spec, choices('sv'), { standards: [] });
    expect(items).toContainEqual(expect.objectContaining({ code: 'completeness.cpv', category: 'completeness', goTo: { step: 'procurement', check: 'cpv' } }));
    expect(items).toContainEqual(expect.objectContaining({ code: 'quality.error', category: 'quality', values: expect.objectContaining({ rule: 'PP05' }) as unknown }));
    expect(items).toContainEqual(expect.objectContaining({ code: 'requirement.noVerification', category: 'empty' }));
  });

  it('has a wording in every UI language for every code it can give', () => {
    const spec = rich();
    spec.title = '';
    spec.procurement.procedure = null;
    const items = [...exportPreflight(spec, choices('sv', { omitEmptyChapters: true }), { standards: [] }), ...exportPreflight(structuredClone(spec), choices('sv'), { standards: [] })];
    for (const language of ['sv', 'nb', 'en'] as const) {
      for (const item of items) {
        let node: unknown = catalogues[language];
        for (const part of `preflight.${item.code}`.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
        expect(typeof node, `${language} preflight.${item.code}`).toBe('string');
      }
    }
  });
});

describe('the requirement as printed', () => {
  it('holds the title and the response instruction in the document language, and Shall + Should for minimum-and-evaluated', () => {
    const spec = rich();
    const requirement = spec.requirements[0];
    if (requirement === undefined) throw new Error('the fixture has requirements');
    requirement.title = { sv: 'Inloggning', en: 'Single sign-on' };
    requirement.responseInstruction = { sv: 'Beskriv lösningen.', en: 'Describe the solution.' };
    requirement.obligation = 'minimum-and-evaluated';
    const row = rowsOf(tenderDocumentPlan(spec, choices('en'), { standards: [] }).sections).find((candidate) => candidate.id === requirement.id);
    expect(row).toMatchObject({ title: 'Single sign-on', responseInstruction: { text: 'Describe the solution.' }, obligationLabel: 'Shall + Should' });
  });

  it('prints the instruction under the text and again beside the answer in the response form', async () => {
    const spec = rich();
    const requirement = spec.requirements[0];
    if (requirement === undefined) throw new Error('the fixture has requirements');
    requirement.responseInstruction = { sv: 'Bifoga en säkerhetsplan.', en: 'Attach a security plan.' };
    for (const exporter of [exportSpecificationDocx, exportResponseFormDocx]) {
      const text = textOf(unzipParts(await exporter(input(spec, { language: 'en' }))).get('word/document.xml') ?? '');
      // The label on a line of its own, then the instruction as rich text (lists stay lists).
      expect(text).toMatch(/To answer:\s*Attach a security plan\./);
    }
  });

  it('asks for the compliance answer: today, later with month and year, no, an addition priced in the named annex, and the reference', () => {
    const context = planContext(rich(), choices('nb'), { standards: [] });
    const cell = answerCell({ kind: 'compliance', additionPriceAnnex: 'Bilag 6' }, context);
    expect(cell.map((line) => (line.kind === 'field' ? `field:${line.label}` : line.kind === 'tickBox' ? `box:${line.label}` : `${line.kind}`))).toEqual([
      'prompt',
      'box:Ja, i dag',
      'box:Ja, senere',
      'field:Fra (måned og år):',
      'box:Nei',
      'box:Krever tillegg, priset i Bilag 6',
      'field:Hvor tilbudet beskriver det (dokument og punkt):',
    ]);
    const unnamed = answerCell({ kind: 'compliance' }, context);
    expect(unnamed.some((line) => line.kind === 'tickBox' && line.label === 'Krever tillegg, priset i prisbilaget')).toBe(true);
  });
});

describe('the reading guide', () => {
  it('explains the obligations and answer types present in this document, the buyer’s numbers and where to answer, in the document language', () => {
    const spec = rich();
    const [first, second] = spec.requirements;
    if (first === undefined || second === undefined) throw new Error('the fixture has requirements');
    first.obligation = 'minimum-and-evaluated';
    first.answerType = { kind: 'compliance' };
    const section = spec.sections.find((candidate) => candidate.id === second.sectionId);
    if (section === undefined) throw new Error('the requirement has a section');
    section.numbering = { scheme: 'prefix', prefix: 'K', start: 1 };
    const plan = tenderDocumentPlan(spec, choices('sv'), { standards: [] });
    const guide = plan.sections[0]?.children.find((part) => part.title === 'Hur kravspecifikationen ska läsas');
    const texts = (guide?.blocks ?? []).map((block) => ('text' in block ? block.text : ''));
    expect(texts.some((text) => text.startsWith('Ska + Bör:'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Uppfyllelse:'))).toBe(true);
    expect(texts.some((text) => text.includes('K1'))).toBe(true);
    expect(texts.at(-1)).toContain('svarsformuläret');
    expect(texts.at(-1)).toContain('svarskolumnen');
  });
});

describe('numbers and the logo', () => {
  it('writes months with the document language’s plural and number format', () => {
    const context = planContext(rich(), choices('nb'), { standards: [] });
    expect(months(1, context)).toBe('1 måned');
    expect(months(12000, context)).toBe('12\u00a0000 måneder');
  });

  it('prints a standard’s version number once, even where its name ends with it', () => {
    expect(standardName({ name: 'Extensible Markup Language (XML) 1.0', version: '1.0 (Fifth Edition)' }, 'en')).toBe('Extensible Markup Language (XML) 1.0 (Fifth Edition)');
    expect(standardName({ name: 'Extensible Markup Language (XML) 1.0', version: '1.0' }, 'en')).toBe('Extensible Markup Language (XML) 1.0');
    expect(standardName({ name: 'ISO/IEC 27001', version: '2022' }, 'en')).toBe('ISO/IEC 27001 2022');
  });

  it('fills in a number parameter as the document language writes numbers', () => {
    const spec = rich();
    const requirement = spec.requirements[0];
    if (requirement === undefined) throw new Error('the fixture has requirements');
    requirement.text = { sv: 'Tillgänglighet minst {share} procent.', en: 'Availability at least {share} per cent.' };
    requirement.parameters = [{ name: 'share', type: 'number', value: 99.7 }];
    const row = (language: DocumentLanguage): RequirementRow | undefined => rowsOf(tenderDocumentPlan(spec, choices(language), { standards: [] }).sections).find((candidate) => candidate.id === requirement.id);
    expect(row('sv')?.text).toBe('Tillgänglighet minst 99,7 procent.');
    expect(row('en')?.text).toBe('Availability at least 99.7 per cent.');
    requirement.parameters = [{ name: 'share', type: 'number', value: 12000 }];
    expect(row('sv')?.text).toBe('Tillgänglighet minst 12\u00a0000 procent.');
    requirement.parameters = [{ name: 'share', type: 'number', value: 2027 }];
    expect(row('sv')?.text).toBe('Tillgänglighet minst 2027 procent.');
  });

  it('prints the buyer’s logo on the cover with its alt text', async () => {
    const spec = rich();
    // A 1 × 1 transparent PNG.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    spec.buyer.logo = { name: 'logo.png', png, widthPx: 800, heightPx: 200 };
    const files = unzipSync(await exportSpecificationDocx(input(spec, { language: 'sv' })));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain(`descr="${spec.buyer.name} logotyp"`);
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true);
  });
});

describe('a preflight item at a boundary', () => {
  it('parses with its schema', () => {
    const spec = rich();
    spec.procurement.procedure = null;
    for (const item of exportPreflight(spec, choices('en'), { standards: [] })) expect(PreflightItemSchema.safeParse(item).success, item.code).toBe(true);
  });
});
