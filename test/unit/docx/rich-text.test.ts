/**
 * Rich text in the exported documents: real Word lists (numbering
 * definitions for bullets and numbers, in the body and inside table cells),
 * cross-references that print the target's current number after it moves or
 * its section's scheme changes, a visible marker and a preflight item for a
 * reference whose requirement is gone, and sections with prose only.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportSpecificationDocx } from '../../../electron/services/docx';
import { documentOutline } from '../../../shared/builder/outline';
import type { Requirement, Specification } from '../../../shared/specification/model';
import { tenderDocumentPlan } from '../../../shared/tender-document/plan';
import type { PlanSection } from '../../../shared/tender-document/plan-types';
import { childElements, elements, parseXml, textOf } from '../../support/word-package';
import { bodyText, input, options, requirementRows, rich, specificationPackage } from './fixtures';

const exec = promisify(execFile);
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((candidate) => existsSync(candidate));

const listText = 'The service shall support:\n\n- single sign-on\n- two-factor sign-in\n  1. by app\n  2. by hardware key\n\nIn the light of [K1](ref:K-ARE-02).';

/** The rich fixture with a list and a cross-reference in K-ARE-01 and a list in the first section's intro. */
function withRichText(): Specification {
  const spec = rich();
  const first = spec.requirements.find((requirement) => requirement.id === 'K-ARE-01') as Requirement;
  first.text = { sv: listText };
  first.parameters = [];
  const section = spec.sections.find((candidate) => candidate.id === first.sectionId);
  if (section !== undefined) section.intro = { sv: 'Avsnittet omfattar:\n\n1. handläggning\n2. arkiv\n   - bevarande' };
  return spec;
}

const plan = (spec: Specification): ReturnType<typeof tenderDocumentPlan> =>
  tenderDocumentPlan(spec, { language: 'sv', guidanceAnnex: false, ssa: null, version: '1.0', date: new Date('2026-12-01T10:00:00Z') }, { standards: [] });

function rowOf(spec: Specification, id: string): { number: string; text: string } {
  const find = (sections: readonly PlanSection[]): { number: string; text: string } | undefined => {
    for (const section of sections) {
      for (const block of section.blocks) if (block.kind === 'requirements') for (const row of block.rows) if (row.id === id) return row;
      const inside = find(section.children);
      if (inside !== undefined) return inside;
    }
    return undefined;
  };
  const row = find(plan(spec).sections);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
}

describe('lists in Word', () => {
  it('writes list items as paragraphs of real Word lists, bulleted and numbered, nested, in cells and in the body', async () => {
    const word = await specificationPackage(withRichText());
    const ours = ['single sign-on', 'two-factor sign-in', 'by app', 'by hardware key', 'handläggning', 'arkiv', 'bevarande'];
    // (The cover's and the introduction's own bullet lists are left aside.)
    const numbered = elements(word.body, 'w:p')
      .filter((paragraph) => ours.includes(textOf(paragraph)))
      .flatMap((paragraph) => elements(paragraph, 'w:numPr'));
    expect(numbered).toHaveLength(7);
    // In a table cell: the requirement text's list.
    const cellItems = elements(word.body, 'w:tc').flatMap((cell) => childElements(cell, 'w:p')).filter((paragraph) => elements(paragraph, 'w:numPr').length > 0).map(textOf);
    expect(cellItems).toEqual(['single sign-on', 'two-factor sign-in', 'by app', 'by hardware key']);
    // In the body: the section intro's list.
    const bodyItems = childElements(word.body, 'w:p').filter((paragraph) => elements(paragraph, 'w:numPr').length > 0).map(textOf);
    expect(bodyItems.filter((item) => ours.includes(item))).toEqual(['handläggning', 'arkiv', 'bevarande']);
    expect(bodyText(word)).not.toMatch(/^- /m);

    const numbering = parseXml(word.parts.get('word/numbering.xml') ?? '');
    const instances = new Map(elements(numbering, 'w:num').map((num) => [num.attributes['w:numId'], childElements(num, 'w:abstractNumId')[0]?.attributes['w:val']]));
    const formats = new Map(
      elements(numbering, 'w:abstractNum').map((abstract) => [abstract.attributes['w:abstractNumId'], elements(abstract, 'w:numFmt').map((format) => format.attributes['w:val'])]),
    );
    const formatOf = (numPr: (typeof numbered)[number]): string | undefined => {
      const numId = childElements(numPr, 'w:numId')[0]?.attributes['w:val'];
      const level = Number(childElements(numPr, 'w:ilvl')[0]?.attributes['w:val']);
      return formats.get(instances.get(numId))?.[level];
    };
    // The intro (before the table) first: numbers with a nested bullet; then the requirement: bullets with nested letters.
    expect(numbered.map(formatOf)).toEqual(['decimal', 'decimal', 'bullet', 'bullet', 'bullet', 'lowerLetter', 'lowerLetter']);
  });

  it.runIf(soffice !== undefined)('shows list items as items when LibreOffice renders the document', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-lists-'));
    try {
      const file = path.join(dir, 'lists.docx');
      await writeFile(file, await exportSpecificationDocx(input(withRichText())));
      await exec(soffice ?? 'soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 110_000 });
      const { stdout } = await exec('pdftotext', ['-layout', path.join(dir, 'lists.pdf'), '-']);
      const text = stdout.replace(/[ \t]+/g, ' ');
      expect(text).toMatch(/• single sign-on/);
      expect(text).toMatch(/a\. by app/);
      expect(text).toMatch(/1\. handläggning/);
      expect(text).toMatch(/2\. arkiv/);
      expect(text).not.toContain('- single');
      await readFile(path.join(dir, 'lists.pdf'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('cross-references', () => {
  it('print the target’s current number, after it moves and after its section’s scheme changes, in the plan and the DOCX', async () => {
    const spec = withRichText();
    const before = rowOf(spec, 'K-ARE-02').number;
    expect(rowOf(spec, 'K-ARE-01').text).toContain(`In the light of ${before}.`);

    // Move the target before the referring requirement.
    const moved = structuredClone(spec);
    const target = moved.requirements.find((requirement) => requirement.id === 'K-ARE-02') as Requirement;
    target.order = -1;
    const after = rowOf(moved, 'K-ARE-02').number;
    expect(after).not.toBe(before);
    expect(rowOf(moved, 'K-ARE-01').text).toContain(`In the light of ${after}.`);

    // A prefix scheme on the section.
    const schemed = structuredClone(spec);
    const section = schemed.sections.find((candidate) => candidate.id === target.sectionId);
    if (section !== undefined) section.numbering = { scheme: 'prefix', prefix: 'F', start: 1 };
    expect(rowOf(schemed, 'K-ARE-02').number).toBe('F2');
    expect(rowOf(schemed, 'K-ARE-01').text).toContain('In the light of F2.');

    for (const [variant, number] of [[moved, after], [schemed, 'F2']] as const) {
      const word = await specificationPackage(variant);
      const rows = new Map(requirementRows(word, new Set(['K-ARE-01', 'K-ARE-02'])).map((row) => [row.id, row]));
      expect(rows.get('K-ARE-02')?.number).toBe(number);
      expect(rows.get('K-ARE-01')?.cells[1]).toContain(`In the light of ${number}.`);
    }
  });

  it('print a visible marker where the target is gone, and the preflight lists it with the way to the requirement', async () => {
    const spec = withRichText();
    spec.requirements = spec.requirements.filter((requirement) => requirement.id !== 'K-ARE-02');
    const result = plan(spec);
    expect(rowOf(spec, 'K-ARE-01').text).toContain('In the light of [hänvisning till ett krav som inte längre finns].');
    expect(result.preflight.filter((item) => item.code === 'reference.missingTarget')).toEqual([
      expect.objectContaining({ printed: '[hänvisning till ett krav som inte längre finns]', goTo: { step: 'requirements', itemId: 'K-ARE-01' } }),
    ]);
    const word = await specificationPackage(spec, options({ language: 'sv' }));
    expect(bodyText(word)).toContain('In the light of [hänvisning till ett krav som inte längre finns].');
  });
});

describe('numbering schemes in the plan', () => {
  it('lists a fixed number that is missing or taken in the preflight, with the number printed instead', () => {
    const spec = rich();
    const first = spec.requirements.find((requirement) => requirement.id === 'K-ARE-01') as Requirement;
    const section = spec.sections.find((candidate) => candidate.id === first.sectionId);
    if (section !== undefined) section.numbering = { scheme: 'fixed' };
    for (const requirement of spec.requirements) if (requirement.sectionId === first.sectionId) requirement.fixedNumber = 'F1';
    const items = plan(spec).preflight.filter((item) => item.code.startsWith('numbering.'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.code === 'numbering.duplicate' && item.goTo.step === 'requirements')).toBe(true);
    expect(rowOf(spec, 'K-ARE-01').number).toBe('F1');
  });
});

describe('sections with prose and no requirements', () => {
  it('are in the plan, the outline and the DOCX, with their prose', async () => {
    const spec = rich();
    spec.sections.push({ id: 'sec-etablering', parentId: null, order: 99, title: { sv: 'Plan för etablering' }, intro: { sv: 'Leverantören ska etablera tjänsten i tre faser:\n\n1. planering\n2. införande' } });
    const chapters = plan(spec).sections.filter((section) => section.sectionId === 'sec-etablering');
    expect(chapters).toHaveLength(1);
    expect(chapters[0]?.blocks.map((block) => block.kind)).toEqual(['richText']);
    const number = chapters[0]?.number ?? '';
    const flat = (entries: ReturnType<typeof documentOutline>['entries']): string[] => entries.flatMap((entry) => [`${entry.number} ${entry.title}`, ...flat(entry.children)]);
    expect(flat(documentOutline(spec, 'sv').entries)).toContain(`${number} Plan för etablering`);
    const text = bodyText(await specificationPackage(spec));
    expect(text).toContain(`${number} Plan för etablering\nLeverantören ska etablera tjänsten i tre faser:\nplanering\ninförande`);
  });
});
