/**
 * The library as a procurement lawyer checks it: every anchor that cites a
 * section is in the reviewed list, sources point at the page that says it,
 * one name for the buyer per language, scored requirements are not written
 * as demands, catalogue names read right in every language, and the known
 * contradictions and legal slips stay fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnchorReviewList, citesSection } from '../../../shared/templates/anchor-review';
import { usesBuyerTerm } from '../../../shared/templates/buyer-term';
import { InnovationCatalogue, JurisdictionRules, StandardsCatalogue } from '../../../shared/templates/catalogues';
import { TemplatePack, type TriText } from '../../../shared/templates/model';

const root = path.resolve(import.meta.dirname, '..', '..', '..', 'templates');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${dir}/${name}`);

const packs = [...files('packs'), ...files('modules')].map((file) => TemplatePack.parse(readJson(file)));
const requirements = packs.flatMap((pack) => pack.requirements);
const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]));
const standards = StandardsCatalogue.parse(readJson('standards.json'));
const innovation = InnovationCatalogue.parse(readJson('innovation-criteria.json'));
const rules = (['se', 'no', 'eu'] as const).map((jurisdiction) => JurisdictionRules.parse(readJson(`rules/${jurisdiction}.json`)));
const reviewed = AnchorReviewList.parse(readJson('anchors-reviewed.json'));
const languages = ['sv', 'nb', 'en'] as const;

/** Every anchor in the library, with where it sits. */
const anchors: { where: string; anchor: TriText }[] = [
  ...requirements.flatMap((r) => (r.guidance === undefined ? [] : [{ where: `requirement:${r.id}`, anchor: r.guidance.anchor }])),
  ...rules.flatMap((rule) => rule.procedures.map((p) => ({ where: `procedure:${rule.jurisdiction}:${p.id}`, anchor: p.anchor }))),
  ...innovation.criteria.map((c) => ({ where: `criterion:${c.id}`, anchor: c.anchor })),
];

/** A page that says it, not a site's home page. */
function isHomePage(url: string): boolean {
  const { pathname, search } = new URL(url);
  return (pathname === '' || pathname === '/') && search === '';
}

describe('reviewed anchors', () => {
  const reviews = new Map(reviewed.reviews.map((review) => [review.where, review]));

  it('lists each anchor once', () => {
    expect(reviews.size).toBe(reviewed.reviews.length);
  });

  it('every anchor that cites a section is in the reviewed list, as it reads today, with a date and a source', () => {
    const missing: string[] = [];
    for (const { where, anchor } of anchors) {
      if (!languages.some((language) => citesSection(anchor[language] ?? ''))) continue;
      const review = reviews.get(where);
      if (review === undefined) {
        missing.push(where);
        continue;
      }
      expect(review.anchor, `${where}: the anchor changed since it was reviewed`).toEqual(anchor);
      expect(review.sources.length, where).toBeGreaterThan(0);
      expect(review.reviewed, where).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
    expect(missing).toEqual([]);
  });

  it('has no reviews for anchors that no longer exist', () => {
    const places = new Set(anchors.map((a) => a.where));
    expect(reviewed.reviews.map((r) => r.where).filter((where) => !places.has(where))).toEqual([]);
  });

  it('marks an anchor confirmed only when it names what was confirmed, and says what is left to verify otherwise', () => {
    for (const review of reviewed.reviews) {
      if (review.status === 'confirmed') expect(review.confirmed.length, review.where).toBeGreaterThan(0);
      else expect(review.note, review.where).toBeTruthy();
    }
  });

  it('an anchor reviewed as confirmed says "verify" in no language', () => {
    for (const review of reviewed.reviews.filter((r) => r.status === 'confirmed')) {
      for (const language of languages) expect(review.anchor[language] ?? '', `${review.where} ${language}`).not.toMatch(/verif/iu);
    }
  });

  it('recognises section citations in the three languages', () => {
    for (const text of ['LOU 9 kap. 4 §', 'FOA § 16-3', 'Dir. 2014/24/EU art. 42', 'GDPR Art. 32(1)(c)', 'SSA-L bilag 4', 'LOU ch. 16 s. 1', 'Cyber Resilience Act Annex I']) {
      expect(citesSection(text), text).toBe(true);
    }
    for (const text of ['EIF, COM(2017) 134', 'ISO 22301 eller likvärdigt', 'Statens standardavtaler (DFØ)']) expect(citesSection(text), text).toBe(false);
  });
});

describe('sources', () => {
  it('no source links to a bare home page: requirements, standards, innovation criteria and rules', () => {
    const urls: [string, string][] = [
      ...requirements.flatMap((r) => r.sources.map((s): [string, string] => [r.id, s.url])),
      ...standards.standards.flatMap((s): [string, string][] => [
        [s.id, s.url],
        [s.id, s.source.url],
      ]),
      ...innovation.criteria.flatMap((c) => c.sources.map((s): [string, string] => [c.id, s.url])),
      ...rules.flatMap((rule) => [...rule.sources, ...rule.thresholds.map((t) => t.source)].map((s): [string, string] => [rule.jurisdiction, s.url])),
      ...reviewed.reviews.flatMap((r) => r.sources.map((s): [string, string] => [r.where, s.url])),
    ];
    expect(urls.filter(([, url]) => isHomePage(url))).toEqual([]);
  });
});

describe('one name for the buyer per language', () => {
  // Beställaren, Kunden and the Customer are defined terms, capitalised as in contracts.
  const otherNames: Record<(typeof languages)[number], RegExp> = {
    sv: /\bköpar(?:e|en|ens|na|nas)?\b|\bkunden?s?\b|\bbeställar(?:e|en|ens)\b|\bden upphandlande myndighetens?\b/giu,
    nb: /\boppdragsgiver(?:en|ens)\b|\bkunden?s?\b|\bkjøper(?:en|ens)\b/giu,
    en: /\bthe buyer(?:'s)?\b|\bthe customer(?:'s)?\b|\bthe contracting authority(?:'s)?\b/giu,
  };
  // Lower-case "kunden"/"the customer" are the other names; the defined term is capitalised.
  const capitalisedTerm: Record<(typeof languages)[number], RegExp> = { sv: /^Beställar/u, nb: /^Kunde/u, en: /^the Customer|^The Customer/u };

  it('requirement titles, texts, parameter labels and guidance use Beställaren, Kunden and the Customer', () => {
    const found: string[] = [];
    for (const r of requirements) {
      const texts: [string, TriText][] = [
        ['title', r.title],
        ['text', r.text],
        ...r.parameters.map((p): [string, TriText] => [`parameter ${p.name}`, p.label]),
        ...(['why', 'pitfalls', 'adapt'] as const).flatMap((k): [string, TriText][] => (r.guidance === undefined ? [] : [[k, r.guidance[k]]])),
      ];
      for (const [part, text] of texts) {
        for (const language of languages) {
          for (const match of (text[language] ?? '').matchAll(otherNames[language])) {
            if (capitalisedTerm[language].test(match[0])) continue;
            found.push(`${r.id} ${part} ${language}: «${match[0]}»`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the export glossary defines the term the library uses: every language has requirements that use it', () => {
    for (const language of languages) {
      const using = requirements.filter((r) => usesBuyerTerm(r.text[language] ?? '', language));
      expect(using.length, language).toBeGreaterThan(50);
    }
  });

  it('the innovation criteria use the same terms, and the catalogues never call the buyer "köpare" or "buyer"', () => {
    const found: string[] = [];
    for (const c of innovation.criteria) {
      for (const [part, text] of [['explanation', c.explanation], ['evidence', c.evidence]] as const) {
        for (const language of languages) {
          for (const match of (text[language] ?? '').matchAll(otherNames[language])) {
            if (!capitalisedTerm[language].test(match[0])) found.push(`${c.id} ${part} ${language}: «${match[0]}»`);
          }
        }
      }
    }
    const catalogues = JSON.stringify([standards, rules]);
    for (const match of catalogues.matchAll(/\bköpar\w*|\b(?:public )?buyers?\b/giu)) found.push(`catalogue: «${match[0]}»`);
    expect(found).toEqual([]);
  });
});

describe('evaluated requirements', () => {
  it('say what earns credit, never ska/skal/shall', () => {
    const demands = requirements
      .filter((r) => r.obligation === 'evaluated')
      .flatMap((r) => languages.filter((language) => /\b(?:ska|skal|shall)\b/iu.test(r.text[language] ?? '')).map((language) => `${r.id} ${language}`));
    expect(demands).toEqual([]);
  });

  it('phrase what earns credit in one form per language, the one the app labels them with: a bör / bør / should sentence', () => {
    const modal = { sv: /\bbör\b/u, nb: /\bbør\b/u, en: /\bshould\b/u };
    const otherForm = /^(?:Det är meriterande om|Det er en fordel om|Credit is given (?:where|for))\b/u;
    for (const r of requirements.filter((x) => x.obligation === 'evaluated')) {
      for (const language of languages) {
        expect(r.text[language], `${r.id} ${language}`).toMatch(modal[language]);
        expect(r.text[language], `${r.id} ${language}`).not.toMatch(otherForm);
      }
    }
  });
});

describe('standards catalogue', () => {
  it('names do not repeat their version (the version is shown beside the name)', () => {
    const repeated = standards.standards.filter((s) => s.version !== null && s.name.includes(s.version.split(' ')[0] ?? s.version));
    expect(repeated.map((s) => `${s.name} ${s.version ?? ''}`)).toEqual([]);
  });

  it('names read in an English document: no Swedish or Norwegian-only titles', () => {
    const nordicOnly = /\b(?:för|och|av|svensk|norsk|tillämpning|applikasjonsprofil|arkivstandard|redovisningsdata|handelsformat)\b/iu;
    const names = standards.standards.filter((s) => nordicOnly.test(s.name.replace(/\([^)]*\)/gu, '')));
    expect(names.map((s) => s.name)).toEqual([]);
  });
});

describe('choices and legal slips stay fixed', () => {
  it('alternatives name requirements that exist, and each names the other back', () => {
    const broken = requirements.flatMap((r) =>
      r.alternatives.filter((id) => byId.get(id)?.alternatives.includes(r.id) !== true).map((id) => `${r.id} → ${id}`),
    );
    expect(broken).toEqual([]);
  });

  it('data location: SAAS-DATALOC-01 and PRIV-LOC-01 are alternatives, each naming the other in every language', () => {
    const a = byId.get('SAAS-DATALOC-01');
    const b = byId.get('PRIV-LOC-01');
    expect(a?.alternatives).toEqual(['PRIV-LOC-01']);
    expect(b?.alternatives).toEqual(['SAAS-DATALOC-01']);
    for (const language of languages) {
      expect(a?.guidance?.adapt[language], language).toContain('PRIV-LOC-01');
      expect(b?.guidance?.adapt[language], language).toContain('SAAS-DATALOC-01');
    }
  });

  it('a standard the law requires (Noark 5 in Norway) is not followed by "or equivalent"', () => {
    const equivalent = /eller likvärdigt|eller tilsvarende|or equivalent/iu;
    const noark = requirements.filter((r) => /Noark 5/u.test(r.text.en ?? ''));
    expect(noark.length).toBeGreaterThan(0);
    for (const r of noark) for (const language of languages) expect(r.text[language], `${r.id} ${language}`).not.toMatch(equivalent);
  });

  it('the mandatory requirements do not prescribe a sprint length or a single price model', () => {
    expect(byId.get('DEV-METHOD-01')?.text.en?.replace(/\{\w+\}/gu, '')).not.toMatch(/sprint/iu);
    expect(byId.get('SAAS-PRICE-01')?.text.en).not.toMatch(/per user/iu);
  });

  it('corrected anchors: FOA § 16-3 for economic standing, LOU 9 kap. 4 § for standards, Data Act art. 25(2)(g), språklova §§ 13–14', () => {
    for (const id of ['QUAL-EC-01', 'QUAL-EC-02']) expect(byId.get(id)?.guidance?.anchor.nb).toContain('FOA § 16-3');
    for (const id of ['INT-API-01', 'INT-DATA-01', 'SAAS-REPORT-02', 'CASE-FLOW-02']) expect(byId.get(id)?.guidance?.anchor.sv).toContain('LOU 9 kap. 4 §');
    expect(byId.get('EXIT-TRANS-02')?.guidance?.anchor.en).toContain('art. 25(2)(g)');
    expect(byId.get('ESERV-CONT-04')?.guidance?.anchor.nb).toContain('§§ 13–14');
    expect(byId.get('QUAL-EC-02')?.role).toBe('contract');
    for (const r of requirements) expect(r.guidance?.anchor.nb ?? '', r.id).not.toMatch(/direktiv \(EU\) 2022\/2555 \(NIS2\)/u);
  });

  it('Norwegian rules: the act threshold stays at NOK 100 000 marked verify, the 2024 EEA amounts apply from 14 March 2024, and negotiation cites § 13-2', () => {
    const no = rules.find((rule) => rule.jurisdiction === 'no');
    const act = no?.thresholds.filter((t) => t.kind === 'act-applies-from') ?? [];
    expect(act.map((t) => [t.amount, t.validTo, t.verify])).toEqual([[100_000, null, true]]);
    for (const id of ['no-state-2024', 'no-others-2024', 'no-works-2024']) expect(no?.thresholds.find((t) => t.id === id)?.validFrom, id).toBe('2024-03-14');
    for (const id of ['negotiated', 'competitive-dialogue']) expect(no?.procedures.find((p) => p.id === id)?.anchor.nb, id).toContain('§ 13-2');
  });
});
