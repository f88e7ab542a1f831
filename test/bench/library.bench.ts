/**
 * Search over the whole template library (every requirement, in each of the
 * three languages): the MiniSearch index against a plain linear scan of the
 * same texts, measured in the same run.
 */
import path from 'node:path';
import { test } from 'vitest';
import { TemplateLibraryStore } from '../../electron/services/template-library';
import { catalogueEntries } from '../../shared/templates/library';
import { TemplateSearch } from '../../shared/templates/search';
import { recordComparison, toCase } from './record';

const queries = ['backup restore', 'tillgänglighet', 'sikkerhetskopi', 'WCAG', 'export data format', 'leverantören ska', 'logg'];

test('library: a search query over all requirements × 3 languages', async ({ bench }) => {
  const store = new TemplateLibraryStore({ shippedDir: path.resolve(import.meta.dirname, '..', '..', 'templates'), userDataDir: '/nonexistent' });
  const entries = catalogueEntries(await store.load());
  const indexes = (['sv', 'nb', 'en'] as const).map((language) => new TemplateSearch(entries, language));
  const haystack = entries.map((e) => ({ id: e.requirement.id, text: JSON.stringify([e.requirement.title, e.requirement.text, e.requirement.guidance]).toLowerCase() }));
  let q = 0;
  const baseline = 'baseline: linear scan of all texts (substring match)';
  const indexed = 'TemplateSearch.search (index, prefix + fuzzy, all three languages)';
  const results = await bench.compare(
    bench(baseline, () => {
      q += 1;
      const words = (queries[q % queries.length] ?? '').toLowerCase().split(' ');
      return haystack.filter((h) => words.every((w) => h.text.includes(w))).length;
    }),
    bench(indexed, () => {
      q += 1;
      const query = queries[q % queries.length] ?? '';
      let found = 0;
      for (const index of indexes) found += index.search(query).length;
      return found;
    }),
    { time: 1000 },
  );
  await recordComparison('library-search', {
    title: 'Searching the template library (one query in sv, nb and en)',
    baseline,
    cases: [toCase(results.get(baseline)), toCase(results.get(indexed))],
    budgets: { median: '≤ 5 ms' },
    extra: { requirements: entries.length, 'texts indexed': entries.length * 3 },
  });
});
