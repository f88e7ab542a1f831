import { describe, expect, it } from 'vitest';
import { stepAnchors, builderSteps } from '../../../shared/builder/steps';
import { catalogues } from '../../../shared/i18n/catalogues';
import { uiLanguages } from '../../../shared/languages';
import { jurisdictions } from '../../../shared/specification/model/common';

describe('the legal anchors of the steps', () => {
  it('keep the citation as the law writes it and say what it is about in each UI language', () => {
    const [first] = stepAnchors.procurement.se;
    expect(first?.citation).toBe('LOU (2016:1145) 5 kap.');
    expect(first?.about.en).toBe('thresholds, estimated contract value');
    for (const step of builderSteps)
      for (const jurisdiction of jurisdictions)
        for (const anchor of stepAnchors[step][jurisdiction]) {
          for (const language of uiLanguages) expect(anchor.about[language].trim(), `${step} ${jurisdiction} ${language}`).not.toBe('');
          // A Swedish or Norwegian description must not be shown as it is in the English UI.
          expect(anchor.about.en).not.toBe(anchor.about.sv);
        }
  });

  it('label the Swedish and Norwegian reference numbers in English in the English UI', () => {
    expect(catalogues.en.details.reference.se).toMatch(/^Reference number/);
    expect(catalogues.en.details.reference.no).toMatch(/^Case number/);
    expect(catalogues.sv.details.reference.se).toBe('Diarienummer');
    expect(catalogues.nb.details.reference.no).toBe('Saksnummer');
  });
});
