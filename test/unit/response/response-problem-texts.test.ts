/** Every reason a supplier response is refused is worded in each UI language, not only in English. */
import { describe, expect, it } from 'vitest';
import { openProblemCodes } from '../../../shared/documents';
import { catalogues } from '../../../shared/i18n/catalogues';
import { responseRefusalCodes } from '../../../shared/response/package';
import { uiLanguages } from '../../../shared/languages';

describe('refused responses', () => {
  it.each(uiLanguages)('have a reason for every code in %s', (language) => {
    const texts: Record<string, string> = catalogues[language].supplier.responseProblems;
    for (const code of responseRefusalCodes) {
      if ((openProblemCodes as readonly string[]).includes(code)) continue;
      expect(texts[code], `${language} ${code}`).toMatch(/\S{3}/);
    }
  });
});
