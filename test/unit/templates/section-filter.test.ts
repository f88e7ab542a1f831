import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../../shared/languages';
import { catalogueEntries, resolvePack } from '../../../shared/templates/library';
import { TemplateSearch } from '../../../shared/templates/search';
import { sectionChoices } from '../../../shared/templates/section-filter';
import { shippedLibrary } from '../docx/fixtures';

describe("the library's section filter", () => {
  it.each(uiLanguages)('lists each section title once in %s, and a title finds the requirements of every pack that uses it', async (language) => {
    const library = await shippedLibrary();
    const modules = new Map(library.modules.map((m) => [m.id, m]));
    const choices = sectionChoices(
      library.packs.flatMap((pack) => resolvePack(pack, modules).sections),
      language,
    );
    const titles = choices.map((choice) => choice.title.toLocaleLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    const shared = choices.find((choice) => choice.ids.length > 1);
    expect(shared, 'the shipped packs share at least one section title').toBeDefined();
    if (shared === undefined) return;
    const search = new TemplateSearch(catalogueEntries(library), language);
    const found = new Set(search.search('', { sectionIds: shared.ids }, 5000).map((entry) => entry.requirement.section));
    for (const id of shared.ids) expect(found.has(id), id).toBe(true);
  });

  it('is in alphabetical order for the language', () => {
    const choices = sectionChoices(
      [
        { id: 'b', title: { sv: 'Överlämning' } },
        { id: 'a', title: { sv: 'Avtal' } },
        { id: 'c', title: { sv: 'Integrationer' } },
        { id: 'd', title: { sv: 'Integrationer' } },
      ],
      'sv',
    );
    expect(choices.map((choice) => choice.title)).toEqual(['Avtal', 'Integrationer', 'Överlämning']);
    expect(choices[1]?.ids).toEqual(['c', 'd']);
  });
});
