/**
 * The library names the buyer with one defined term per language; the export
 * defines it in the glossary annex whenever the requirements use it.
 */
import { describe, expect, it } from 'vitest';
import { createSpecification } from '../../../shared/specification/create';
import type { DocumentLanguage, Specification } from '../../../shared/specification/model';
import { tenderDocumentPlan } from '../../../shared/tender-document/plan';
import type { PlanCell, PlanSection } from '../../../shared/tender-document/plan-types';
import { loadFixture } from '../specification/fixtures';

const date = new Date('2026-12-07T10:00:00Z');

function withRequirementText(spec: Specification, text: Partial<Record<DocumentLanguage, string>>): Specification {
  const [first, ...rest] = spec.requirements;
  if (first === undefined) throw new Error('the fixture has requirements');
  return { ...spec, requirements: [{ ...first, text: { ...first.text, ...text } }, ...rest] };
}

/** The glossary annex's rows as "term: definition", or null when there is no glossary annex. */
function glossary(spec: Specification, language: DocumentLanguage, title: string): string[] | null {
  const plan = tenderDocumentPlan(spec, { language, guidanceAnnex: false, ssa: null, version: '1.0', date }, { standards: [] });
  const annex = plan.sections.find((section: PlanSection) => section.kind === 'annex' && section.title === title);
  if (annex === undefined) return null;
  const plain = (cell: PlanCell): string => cell.map((run) => ('text' in run ? run.text : '')).join('');
  return annex.blocks.flatMap((block) => (block.kind === 'table' ? block.rows.map((row) => `${plain(row[0] ?? [])}: ${plain(row[1] ?? [])}`) : []));
}

describe('the buyer term in the glossary the export prints', () => {
  const base = (): Specification => {
    const spec = loadFixture('rich.kravspec');
    return { ...spec, glossary: [], buyer: { ...spec.buyer, name: 'Exempelstad kommun' } };
  };

  it('defines Beställaren, Kunden and the Customer with the buyer’s name when a requirement uses the term', () => {
    const spec = withRequirementText(base(), {
      sv: 'Leverantören ska ge Beställaren tillgång till loggarna.',
      nb: 'Leverandøren skal gi Kunden tilgang til loggene.',
      en: "The supplier shall give the Customer's staff access to the logs.",
    });
    expect(glossary(spec, 'sv', 'Ordlista')).toEqual(['Beställaren: Exempelstad kommun, den upphandlande myndighet som genomför upphandlingen och som blir leverantörens avtalspart.']);
    expect(glossary(spec, 'nb', 'Ordliste')).toEqual(['Kunden: Exempelstad kommun, oppdragsgiveren som gjennomfører anskaffelsen og blir leverandørens avtalepart.']);
    expect(glossary(spec, 'en', 'Glossary')).toEqual([
      "the Customer: Exempelstad kommun, the contracting authority that runs this procurement and becomes the supplier's party to the contract.",
    ]);
  });

  it('names the role when the buyer is not named yet, and keeps the buyer’s own entries beside it in order', () => {
    const spec = withRequirementText({ ...base(), buyer: { ...base().buyer, name: ' ' } }, { sv: 'Beställarens data lagras inom EES.' });
    const own = { ...spec, glossary: [{ id: 'g1', term: 'Avrop', definition: 'En beställning enligt ramavtalet.' }] };
    expect(glossary(own, 'sv', 'Ordlista')).toEqual(['Avrop: En beställning enligt ramavtalet.', 'Beställaren: Den upphandlande myndighet som genomför upphandlingen och som blir leverantörens avtalspart.']);
  });

  it('leaves the term to the buyer’s own definition, and prints no glossary when no requirement uses the term', () => {
    const spec = withRequirementText(base(), { sv: 'Leverantören ska ge Beställaren tillgång till loggarna.' });
    const own = { ...spec, glossary: [{ id: 'g1', term: 'beställaren', definition: 'Regionen och dess bolag.' }] };
    expect(glossary(own, 'sv', 'Ordlista')).toEqual(['beställaren: Regionen och dess bolag.']);
    const none = { ...base(), requirements: base().requirements.map((r) => ({ ...r, text: { sv: 'Systemet ska logga inloggningar.' } })) };
    expect(glossary(none, 'sv', 'Ordlista')).toBeNull();
  });

  it('the blank document has no glossary annex', () => {
    const blank = createSpecification({ id: '7d0f3c52-3f55-4f4e-9d0a-6c1d2b8f9e10', title: '', jurisdiction: 'se', languages: ['sv'], primaryLanguage: 'sv', now: date });
    expect(glossary(blank, 'sv', 'Ordlista')).toBeNull();
  });
});
