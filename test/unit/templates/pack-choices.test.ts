import { describe, expect, it } from 'vitest';
import { localeOf, uiLanguages } from '../../../shared/languages';
import { addRequestsForPacks } from '../../../shared/templates/instantiate';
import { packChoices } from '../../../shared/templates/pack-choices';
import { shippedLibrary } from '../docx/fixtures';

describe('the packs a new specification can start from', () => {
  it.each(uiLanguages)('are listed in alphabetical order in %s, titled in that language', async (language) => {
    const choices = packChoices(await shippedLibrary(), language);
    const titles = choices.map((choice) => choice.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator(localeOf[language]).compare));
    expect(choices.length).toBeGreaterThan(5);
    expect(choices.every((choice) => choice.requirementCount > 0)).toBe(true);
  });

  it('puts Å after Z in Norwegian', async () => {
    const real = await shippedLibrary();
    const names = ['Åpne data', 'Skytjeneste', 'Applikasjonsforvaltning'];
    const packs = real.packs.slice(0, 3).map((pack, index) => ({ ...pack, title: { nb: names[index] ?? '' } }));
    const titles = packChoices({ modules: real.modules, packs }, 'nb').map((choice) => choice.title);
    expect(titles).toEqual(['Applikasjonsforvaltning', 'Skytjeneste', 'Åpne data']);
  });

  it('says for each pack as many requirements as creating a document from it adds (of two alternatives, one)', async () => {
    const library = await shippedLibrary();
    for (const choice of packChoices(library, 'en')) expect(choice.requirementCount, choice.id).toBe(addRequestsForPacks(library, [choice.id]).requests.length);
  });
});
