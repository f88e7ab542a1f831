import { describe, expect, it } from 'vitest';
import { exportResponseFormDocx, exportSpecificationDocx, type ExportOptions } from '../../../electron/services/docx';
import { ssaAgreements } from '../../../shared/export-choices';
import { catalogues } from '../../../shared/i18n/catalogues';
import { documentLanguages, type EvaluationModel, type Specification } from '../../../shared/specification/model';
import { readWordPackage } from '../../support/word-package';
import { bodyText, input, rich, shippedLibrary } from './fixtures';

const evaluations: EvaluationModel[] = [
  { basis: 'price', method: null, priceFormula: null, criteria: [] },
  { basis: 'cost', method: null, priceFormula: null, criteria: [] },
  { basis: 'price-quality', method: 'weighted-points', priceFormula: 'linear', criteria: [{ id: 'q', name: 'Quality', weightPercent: 30, requirementIds: ['K-ARE-02'] }] },
  { basis: 'price-quality', method: 'value-deduction', priceFormula: null, criteria: [] },
];

function variant(jurisdiction: Specification['jurisdiction'], evaluation: EvaluationModel): Specification {
  const spec = rich();
  return {
    ...spec,
    jurisdiction,
    languages: ['sv', 'nb', 'en'],
    procurement: { ...spec.procurement, procedure: jurisdiction === 'no' ? 'negotiated' : 'open', lots: [{ id: 'lot-1', title: 'Lot 1', description: 'The first lot.', estimatedValue: 1000 }] },
    marketDialogue: [],
    evaluation,
  };
}

describe('document texts', () => {
  it('every language, jurisdiction, agreement and evaluation model finds all its texts and fills every placeholder', async () => {
    const library = await shippedLibrary();
    for (const language of documentLanguages) {
      for (const [index, evaluation] of evaluations.entries()) {
        for (const jurisdiction of ['se', 'no', 'eu'] as const) {
          const agreements = jurisdiction === 'no' ? [null, ...ssaAgreements] : [null];
          for (const ssa of agreements) {
            const options: Partial<ExportOptions> = { language, ssa, guidanceAnnex: index === 0 };
            const spec = variant(jurisdiction, evaluation);
            for (const exporter of [exportSpecificationDocx, exportResponseFormDocx]) {
              const word = readWordPackage(await exporter(input(spec, options, { library, standards: library.standards })));
              const text = [bodyText(word), ...word.parts.values()].join('\n');
              expect(text, `${language} ${jurisdiction} ${ssa} ${evaluation.basis}`).not.toMatch(/\{\{\w+\}\}/);
            }
          }
        }
      }
    }
  }, 120_000);

  it('names the documents in each language for the app’s file names', () => {
    expect(catalogues.sv.docx.responseForm.fileSuffix).toBe('svarsformulär');
    expect(catalogues.nb.docx.responseForm.fileSuffix).toBe('svarskjema');
    expect(catalogues.en.docx.responseForm.fileSuffix).toBe('response form');
  });
});
