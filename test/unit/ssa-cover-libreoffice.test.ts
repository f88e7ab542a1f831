/**
 * The Norwegian Bilag 1 cover as a reader sees it: each agreement's DOCX is
 * converted to PDF by LibreOffice, and the first page's text must hold the
 * agreement's own name, its whole appendix list, the version the list
 * follows and, where the list is not confirmed, the request to check it.
 * Runs wherever LibreOffice is installed, and always in CI. Set
 * KRAVSTUDIO_KEEP_COVERS to a folder to keep the PDFs for looking at them.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSpecificationDocx } from '../../electron/services/docx';
import type { SsaAgreement } from '../../shared/export-choices';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import type { DocumentLanguage, Specification } from '../../shared/specification/model';

const exec = promisify(execFile);
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((candidate) => existsSync(candidate));
const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const keep = process.env['KRAVSTUDIO_KEEP_COVERS'];

/** Words compared without line breaks or repeated spaces, as PDF text extraction returns them. */
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The specification with every Norwegian text also given as its English and Swedish text: only the cover's own texts are under test. */
function inEveryLanguage(spec: Specification): Specification {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copy(inner)]));
    return typeof entries['nb'] === 'string' && !('en' in entries) ? { ...entries, en: entries['nb'], sv: entries['nb'] } : entries;
  };
  const parsed = parseSpecificationBytes(new TextEncoder().encode(JSON.stringify({ ...(copy(spec) as object), languages: ['nb', 'en', 'sv'] })));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.specification;
}

const expected: Record<'SSA-V' | 'SSA-T' | 'SSA-S', { name: string; rows: readonly string[]; version: string; verify: boolean }> = {
  'SSA-V': {
    name: 'Bilag 1 til SSA-V, statens standardavtale for vedlikehold og service av utstyr og programvare (vedlikeholdsavtalen)',
    rows: [
      'Bilag 1 Kundens kravspesifikasjon',
      'Bilag 2 Leverandørens løsningsspesifikasjon',
      'Bilag 3 Utstyr og/eller programvare som skal vedlikeholdes',
      'Bilag 4 Prosjekt- og fremdriftsplan for etableringsfasen',
      'Bilag 5 Tjenestenivå med standardiserte prisavslag',
      'Bilag 6 Administrative bestemmelser',
      'Bilag 7 Samlet pris og prisbestemmelser',
      'Bilag 8 Endringer i den generelle avtaleteksten',
      'Bilag 9 Endringer av leveransen etter avtaleinngåelsen',
      'Bilag 10 Tredjeparts vilkår for vedlikehold av tredjeparts programvare',
    ],
    version: 'Listen følger versjon 2015',
    verify: false,
  },
  'SSA-T': {
    name: 'Bilag 1 til SSA-T, statens standardavtale for levering av programvare som utvikles eller tilpasses for kunden (utviklings- og tilpasningsavtalen)',
    rows: [
      'Bilag 1 Kundens kravspesifikasjon',
      'Bilag 2 Leverandørens løsningsspesifikasjon',
      'Bilag 3 Kundens tekniske plattform',
      'Bilag 4 Prosjekt- og fremdriftsplan',
      'Bilag 5 Testing og godkjenning',
      'Bilag 6 Administrative bestemmelser',
      'Bilag 7 Samlet pris og prisbestemmelser',
      'Bilag 8 Endringer i den generelle avtaleteksten',
      'Bilag 9 Endringer av leveransen etter avtaleinngåelsen',
      'Bilag 10 Lisensbetingelser for standardprogramvare og fri programvare',
    ],
    version: 'Listen følger versjon 2015',
    verify: true,
  },
  'SSA-S': {
    name: 'Bilag 1 til SSA-S, statens standardavtale for smidige utviklingsprosjekter (smidigavtalen)',
    rows: ['Bilag 1 Kundens kravspesifikasjon', 'Bilag 2 Leverandørens løsningsspesifikasjon'],
    version: 'Versjonen listen følger, er ikke fastslått',
    verify: true,
  },
};

describe.runIf(soffice !== undefined || process.env['CI'] !== undefined)('the Norwegian Bilag 1 cover opened by LibreOffice', () => {
  let dir: string;
  const firstPages = new Map<string, string>();

  beforeAll(async () => {
    dir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'kravstudio-ssa-')));
    await mkdir(dir, { recursive: true });
    const parsed = parseSpecificationBytes(await readFile(path.join(fixtures, 'norwegian.kravspec')));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const files: string[] = [];
    const write = async (name: string, specification: Specification, language: DocumentLanguage, ssa: SsaAgreement): Promise<void> => {
      const docx = await exportSpecificationDocx({ specification, standards: [], options: { language, guidanceAnnex: false, ssa, version: '1.0', date: new Date('2026-11-27T10:00:00Z') } });
      const file = path.join(dir, `${name}.docx`);
      await writeFile(file, docx);
      files.push(file);
    };
    for (const ssa of Object.keys(expected) as SsaAgreement[]) await write(`bilag1-${ssa}`, parsed.specification, 'nb', ssa);
    // A Norwegian tender may be written in Swedish or English: the longest lists must fit on those covers too.
    const threeLanguages = inEveryLanguage(parsed.specification);
    for (const language of ['en', 'sv'] as const) for (const ssa of ['SSA-V', 'SSA-T'] as const) await write(`${language}-${ssa}`, threeLanguages, language, ssa);
    // One LibreOffice start for all three documents.
    await exec(soffice ?? 'soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
      timeout: 240_000,
    });
    for (const file of files) {
      const pdf = file.replace(/\.docx$/, '.pdf');
      expect(existsSync(pdf), `LibreOffice wrote no PDF for ${path.basename(file)}`).toBe(true);
      const { stdout } = await exec('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
      firstPages.set(path.basename(file, '.docx').replace(/^bilag1-/, ''), normalise(stdout));
    }
  }, 300_000);
  afterAll(async () => {
    if (keep === undefined && dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it.each(Object.entries(expected))('%s: the first page names the agreement and lists its own appendices with the version', (ssa, facts) => {
    const cover = firstPages.get(ssa) ?? '';
    expect(cover).toContain('Bilag 1 – Kundens kravspesifikasjon');
    expect(cover).toContain(facts.name);
    let from = 0;
    for (const row of facts.rows) {
      const at = cover.indexOf(row, from);
      expect(at, `${ssa}: "${row}" in order on the first page`).toBeGreaterThanOrEqual(from);
      from = at + row.length;
    }
    expect(cover).toContain(`Bilagsnumrene følger ${ssa}`);
    expect(cover).toContain(facts.version);
    if (facts.verify) expect(cover).toContain('Den er ikke bekreftet i sin helhet: kontroller den mot gjeldende versjon hos DFØ');
    else expect(cover).toContain('Kontroller den mot gjeldende versjon hos DFØ');
  });

  it.each([
    ['en-SSA-V', "Appendix 10 Third parties' terms for maintaining third-party software", 'The list follows version 2015.'],
    ['en-SSA-T', 'Appendix 10 Licence terms for standard software and free software', 'It is not confirmed in full'],
    ['sv-SSA-V', 'Bilaga 10 Tredje parts villkor för underhåll av tredje parts programvara', 'Listan följer version 2015.'],
    ['sv-SSA-T', 'Bilaga 10 Licensvillkor för standardprogramvara och fri programvara', 'Den är inte bekräftad i sin helhet'],
  ])('%s: the whole list and its note fit on the first page of a Swedish or English document for Norway', (name, lastRow, note) => {
    const cover = firstPages.get(name) ?? '';
    expect(cover).toContain(lastRow);
    expect(cover).toContain(note);
  });

  it('SSA-V no longer carries the operations agreement’s appendix titles', () => {
    const cover = firstPages.get('SSA-V') ?? '';
    expect(cover).not.toContain('Beskrivelse av det som skal driftes');
    expect(cover).not.toContain('standardiserte kompensasjoner');
  });
});
