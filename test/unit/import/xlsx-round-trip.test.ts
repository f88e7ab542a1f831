/**
 * The requirement matrix goes out and comes back: a specification of real
 * size (300 generated requirements in 25 sections, lists, parameters and
 * response instructions) exported to XLSX with `kravstudio export --format
 * xlsx`, then imported with `kravstudio import` — once with the mapping
 * guessed from the header, once with a saved mapping — gives the same
 * requirements: number, text, obligation, response instruction and section.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { matrixRows } from '../../../electron/services/export-formats/xlsx';
import { parseSpecificationBytes, serializeSpecification } from '../../../shared/specification/document-file';
import type { Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';

const now = new Date('2026-12-07T10:00:00Z');

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: { LANG: 'sv_SE.UTF-8' }, cwd, now: () => now });
  return { code, stdout, stderr };
}

async function readSpecification(file: string): Promise<Specification> {
  const read = parseSpecificationBytes(await readFile(file));
  if (!read.ok) throw new Error(read.problem.message);
  return read.specification;
}

/** What a reader compares: the words, not how a list's lines are marked or spaced. */
function words(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\\(.)/g, '$1').replace(/^\s*(•|-|\*|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The generated document with what real ones also have: titles, lists, emphasis, response instructions, and requirements that are both. */
function richer(specification: Specification): Specification {
  return {
    ...specification,
    requirements: specification.requirements.map((requirement, index) => ({
      ...requirement,
      ...(index % 13 === 0 ? { title: { sv: `Område ${index + 1}` } } : {}),
      ...(index % 7 === 0 ? { responseInstruction: { sv: `Beskriv hur kravet uppfylls och bifoga **underlag** nr ${index + 1}.` } } : {}),
      ...(index % 11 === 0 ? { text: { ...requirement.text, sv: `${requirement.text.sv ?? ''}\n\nLösningen ska stödja:\n\n- sökning på *ärendenummer*\n- sökning på part\n- export till PDF/A` } } : {}),
      ...(index % 17 === 0 ? { obligation: 'minimum-and-evaluated' as const } : {}),
    })),
  };
}

interface Compared {
  number: string;
  title: string;
  section: string;
  text: string;
  obligation: string;
  responseInstruction: string;
}

function imported(specification: Specification): Compared[] {
  const sections = new Map(specification.sections.map((section) => [section.id, section.title.sv ?? '']));
  return specification.requirements.map((requirement) => ({
    number: requirement.fixedNumber ?? '',
    title: requirement.title?.sv ?? '',
    section: sections.get(requirement.sectionId ?? '') ?? '',
    text: words(requirement.text.sv ?? ''),
    obligation: requirement.obligation,
    responseInstruction: words(requirement.responseInstruction?.sv ?? ''),
  }));
}

describe('the XLSX requirement matrix, exported and imported again', () => {
  let dir: string;
  let original: Specification;
  let expected: Compared[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kravstudio-xlsx-round-trip-'));
    original = richer(makeLargeSpecification(300, 7));
    await writeFile(path.join(dir, 'stor.kravspec'), serializeSpecification(original));
    const exported = await run(['export', 'stor.kravspec', '--format', 'xlsx', '--lang', 'sv', '--out', 'matris.xlsx', '--allow-incomplete'], dir);
    expect(exported.code, exported.stderr).toBe(0);
    const obligations = new Map(original.requirements.map((requirement) => [requirement.id, requirement.obligation]));
    const rows = matrixRows({ specification: original, choices: { format: 'xlsx', language: 'sv', guidanceAnnex: false, responseForm: false, responseFormAppended: false, ssa: null }, library: null, date: now });
    expect(rows).toHaveLength(original.requirements.length);
    // The sample holds what the matrix must carry over: lists, emphasis, titles, instructions, every obligation.
    expect(rows.filter((row) => row.text.includes('\n• sökning på ärendenummer'))).toHaveLength(28);
    expect(rows.filter((row) => row.responseInstruction.includes('bifoga underlag'))).toHaveLength(43);
    expect(rows.filter((row) => row.title !== '')).toHaveLength(24);
    expect(new Set(rows.map((row) => row.obligation))).toEqual(new Set(['Ska', 'Bör', 'Ska + Bör']));
    // The plan's rows in print order carry the numbers and texts the matrix shows; the obligation is the original one.
    expected = rows.map((row) => ({
      number: row.number,
      title: row.title,
      section: row.section,
      text: words(row.text),
      obligation: obligations.get(row.id) ?? '',
      responseInstruction: words(row.responseInstruction),
    }));
  }, 120_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('comes back with the same requirements with the mapping guessed from its header', async () => {
    const result = await run(['import', 'matris.xlsx', '--out', 'tillbaka', '--lang', 'sv', '--save-mapping', 'matris.mapping.json'], dir);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const back = await readSpecification(path.join(dir, 'tillbaka.kravspec'));
    expect(imported(back)).toEqual(expected);
  }, 120_000);

  it('comes back the same with the saved mapping, and the mapping names every column the matrix fills', async () => {
    const mapping = JSON.parse(await readFile(path.join(dir, 'matris.mapping.json'), 'utf8')) as { columns: { header: string; field: string }[] };
    expect(mapping.columns.map((entry) => [entry.header, entry.field])).toEqual([
      ['Nr', 'number'],
      ['Avsnitt', 'section'],
      ['Rubrik', 'title'],
      ['Krav', 'text'],
      ['Ska/Bör', 'obligation'],
      ['Instruktion till anbudsgivaren', 'responseInstruction'],
      ['Verifikat', 'verification'],
    ]);
    const result = await run(['import', 'matris.xlsx', '--out', 'igen', '--lang', 'sv', '--mapping', 'matris.mapping.json'], dir);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(imported(await readSpecification(path.join(dir, 'igen.kravspec')))).toEqual(expected);
  }, 120_000);
});
