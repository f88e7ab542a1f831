import { describe, expect, it } from 'vitest';
import { exportResponseFormDocx, exportSpecificationDocx } from '../../../electron/services/docx';
import type { Requirement, Specification } from '../../../shared/specification/model';
import { makeLargeSpecification } from '../../support/large-specification';
import { elements, readWordPackage, textOf } from '../../support/word-package';
import { bodyRows, bodyText, expectedNumbers, input, requirementRows, rich } from './fixtures';

const long = `${'Leverantören ska beskriva hur tjänsten uppfyller kravet i detalj. '.repeat(76)}Slut.`;

/** The rich fixture with awkward text in requirements, title and buyer. */
function awkward(): { spec: Specification; expected: Map<string, string> } {
  const spec = rich();
  spec.title = 'Avtal <&> "Ärende" \u0001 \'test\'';
  spec.buyer.name = 'Kommun & Co "AB"';
  const texts: [string, string, string][] = [
    ['K-OMF-01', 'Pris & kvalitet < 100 > 50 "citat" \'apostrof\' ]]> &amp;', 'Pris & kvalitet < 100 > 50 "citat" \'apostrof\' ]]> &amp;'],
    ['K-ARE-01', 'Dokument 📄 och 🇸🇪 ska visas: ✓', 'Dokument 📄 och 🇸🇪 ska visas: ✓'],
    ['K-ARE-02', 'Tjänsten bör visa العربية och עברית korrekt.', 'Tjänsten bör visa العربية och עברית korrekt.'],
    ['K-ARK-01', 'Styr\u0001tecken\u000Bska\u000Cbort\u0000 här\uD800 och\uDC00 här\uFFFE.', 'Styrteckenskabort här och här.'],
    ['K-ARK-02', long, long],
  ];
  const expected = new Map<string, string>();
  for (const [id, text, shown] of texts) {
    const requirement = spec.requirements.find((r) => r.id === id) as Requirement;
    requirement.text = { sv: text };
    requirement.parameters = [];
    expected.set(id, shown);
  }
  (spec.requirements.find((r) => r.id === 'K-ARE-03') as Requirement).answerType = { kind: 'choice', options: ['A & B', '<C>', 'D\u0007'], multiple: false };
  spec.sections[0] = { ...(spec.sections[0] as Specification['sections'][number]), intro: { sv: 'Rad ett\n\n\nRad två\r\nRad tre\ttabb' } };
  return { spec, expected };
}

describe('awkward text', () => {
  it('gives well-formed XML in every part and keeps the text (control characters dropped)', async () => {
    const { spec, expected } = awkward();
    for (const exporter of [exportSpecificationDocx, exportResponseFormDocx]) {
      const word = readWordPackage(await exporter(input(spec)));
      const rows = new Map(requirementRows(word, new Set(spec.requirements.map((r) => r.id))).map((row) => [row.id, row.cells[1] ?? '']));
      for (const [id, text] of expected) expect(rows.get(id)?.startsWith(text.trim()), id).toBe(true);
      expect(elements(word.core, 'dc:title')[0]?.children.join('')).toBe('Avtal <&> "Ärende" \'test\'');
      expect(elements(word.core, 'dc:creator')[0]?.children.join('')).toBe('Kommun & Co "AB"');
      expect(bodyText(word)).toContain('☐ D');
    }
    const text = bodyText(readWordPackage(await exportSpecificationDocx(input(spec))));
    expect(text).toContain('Rad ett\nRad två\nRad tre tabb');
    expect(text).toContain('☐ <C>');
  });

  it('prints a requirement of 5,000 characters whole', async () => {
    const { spec } = awkward();
    const word = readWordPackage(await exportSpecificationDocx(input(spec)));
    expect(long.length).toBeGreaterThan(5000);
    expect(bodyText(word)).toContain(long);
  });

  it('keeps every row on one page except one too long for that', async () => {
    const { spec } = awkward();
    const word = readWordPackage(await exportSpecificationDocx(input(spec)));
    const rows = elements(word.body, 'w:tbl').flatMap((table) => bodyRows(table));
    const breakable = rows.filter((row) => elements(row, 'w:cantSplit').length === 0).map((row) => textOf(row).split('\n')[1]);
    expect(rows.length).toBeGreaterThan(40);
    expect(breakable).toEqual(['K-ARK-02']);
  });
});

describe('progress and cancellation', () => {
  it('reports growing fractions from 0 to 1', async () => {
    const seen: number[] = [];
    await exportSpecificationDocx(input(rich()), { onProgress: (fraction) => seen.push(fraction) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(5);
    for (const [index, fraction] of seen.entries()) {
      expect(fraction).toBeGreaterThanOrEqual(0);
      expect(fraction).toBeLessThanOrEqual(1);
      if (index > 0) expect(fraction).toBeGreaterThanOrEqual(seen[index - 1] ?? 0);
    }
    const form: number[] = [];
    await exportResponseFormDocx(input(rich()), { onProgress: (fraction) => form.push(fraction) });
    expect(form.at(-1)).toBe(1);
  });

  it('rejects with an AbortError when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(exportSpecificationDocx(input(rich()), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(exportResponseFormDocx(input(rich()), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops between sections when cancelled while it runs, and reports no completion', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = exportSpecificationDocx(input(makeLargeSpecification(300)), {
      signal: controller.signal,
      onProgress: (fraction) => {
        seen.push(fraction);
        if (fraction > 0.3) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(DOMException);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(Math.max(...seen)).toBeLessThan(0.8);
  });

  it('sees a cancel request that arrives from elsewhere while it builds', async () => {
    const controller = new AbortController();
    const run = exportSpecificationDocx(input(makeLargeSpecification(1000)), { signal: controller.signal });
    setTimeout(() => controller.abort(), 1);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('a large document', () => {
  it('exports 1,000 requirements with every one numbered and in order', async () => {
    const spec = makeLargeSpecification(1000);
    const started = performance.now();
    const bytes = await exportSpecificationDocx(input(spec));
    const elapsed = performance.now() - started;
    const rows = requirementRows(readWordPackage(bytes), new Set(spec.requirements.map((r) => r.id)));
    expect(rows.map(({ id, number }) => ({ id, number }))).toEqual(expectedNumbers(spec));
    // Generous: the benchmark measures properly; this only catches a pathological slowdown.
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);
});
