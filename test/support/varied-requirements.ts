/**
 * Requirement texts as a very large real document has them: the shipped
 * library's requirements (a few hundred distinct texts) as buyers adapt them
 * — parameters filled in with their own values or left as placeholders,
 * numbers changed, the part of the service they apply to named, and words
 * swapped for the synonyms buyers use — plus about one in twenty that nearly
 * repeats an earlier requirement (the copy-and-tweak that SET01 exists for).
 * The output depends only on the arguments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentLanguage } from '../../shared/specification/model/common';
import type { Requirement, Specification } from '../../shared/specification/model';
import { parameterDefault, TemplatePack, type TemplateParameter, type TemplateRequirement } from '../../shared/templates/model';
import { makeLargeSpecification } from './large-specification';

const templatesRoot = path.resolve(import.meta.dirname, '..', '..', 'templates');

let library: TemplateRequirement[] | undefined;

/** Every requirement of the shipped packs and modules, in file order. */
export function libraryRequirements(): TemplateRequirement[] {
  library ??= ['packs', 'modules'].flatMap((folder) =>
    readdirSync(path.join(templatesRoot, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .flatMap((name) => TemplatePack.parse(JSON.parse(readFileSync(path.join(templatesRoot, folder, name), 'utf8'))).requirements),
  );
  return library;
}

type Random = () => number;

/** mulberry32, as in large-specification.ts: small, fast, and good enough to vary test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** Words buyers write for the same thing; each occurrence may become any word of its group. */
const synonyms: Record<DocumentLanguage, readonly (readonly string[])[]> = {
  sv: [
    ['Leverantören', 'Anbudsgivaren', 'Tjänsteleverantören'],
    ['Beställaren', 'Kunden', 'Myndigheten', 'Kommunen'],
    ['Beställarens', 'Kundens', 'Myndighetens', 'Kommunens'],
    ['Tjänsten', 'Systemet', 'Lösningen', 'Plattformen'],
    ['tjänsten', 'systemet', 'lösningen', 'plattformen'],
    ['ska', 'skall'],
    ['användare', 'brukare', 'handläggare'],
    ['varje', 'var', 'samtliga'],
    ['rapport', 'redovisning', 'sammanställning'],
    ['uppgifter', 'data', 'information'],
  ],
  nb: [
    ['Leverandøren', 'Tilbyderen', 'Tjenesteleverandøren'],
    ['Kunden', 'Oppdragsgiveren', 'Virksomheten', 'Kommunen'],
    ['Kundens', 'Oppdragsgiverens', 'Virksomhetens', 'Kommunens'],
    ['Tjenesten', 'Systemet', 'Løsningen', 'Plattformen'],
    ['tjenesten', 'systemet', 'løsningen', 'plattformen'],
    ['skal', 'må'],
    ['brukere', 'saksbehandlere', 'ansatte'],
    ['hver', 'alle'],
    ['rapport', 'oversikt', 'sammenstilling'],
    ['opplysninger', 'data', 'informasjon'],
  ],
  en: [
    ['The Supplier', 'The Contractor', 'The Provider'],
    ['the Buyer', 'the Customer', 'the contracting authority', 'the Agency'],
    ["the Buyer's", "the Customer's", "the Agency's"],
    ['The service', 'The system', 'The solution', 'The platform'],
    ['the service', 'the system', 'the solution', 'the platform'],
    ['shall', 'must'],
    ['users', 'case officers', 'staff'],
    ['every', 'each'],
    ['report', 'summary', 'statement'],
    ['data', 'information', 'records'],
  ],
};

/** The parts of a service a requirement can be said to apply to ("för e-arkivet"). */
const scopes: Record<DocumentLanguage, { lead: string; parts: readonly string[] }> = {
  sv: {
    lead: 'Kravet gäller',
    parts: [
      'ärendehanteringen',
      'e-arkivet',
      'e-tjänsterna',
      'socialtjänsten',
      'skolan',
      'löneadministrationen',
      'kartverktyget',
      'journalsystemet',
      'driftmiljön',
      'testmiljön',
      'integrationsplattformen',
      'kundtjänsten',
      'diariet',
      'fakturahanteringen',
      'behörighetssystemet',
      'rapportverktyget',
    ],
  },
  nb: {
    lead: 'Kravet gjelder',
    parts: [
      'saksbehandlingen',
      'arkivet',
      'e-tjenestene',
      'barnevernet',
      'skolen',
      'lønnsadministrasjonen',
      'kartverktøyet',
      'journalsystemet',
      'driftsmiljøet',
      'testmiljøet',
      'integrasjonsplattformen',
      'kundesenteret',
      'postjournalen',
      'fakturabehandlingen',
      'tilgangsstyringen',
      'rapportverktøyet',
    ],
  },
  en: {
    lead: 'This applies to',
    parts: [
      'case management',
      'the e-archive',
      'the e-services',
      'social services',
      'the schools',
      'payroll',
      'the map viewer',
      'the patient record',
      'production',
      'the test environment',
      'the integration platform',
      'the service desk',
      'the registry',
      'invoice handling',
      'access management',
      'the reporting tool',
    ],
  },
};

/** A value for a parameter as a buyer would set it: near its default, within its bounds. */
function parameterValue(random: Random, parameter: TemplateParameter, language: DocumentLanguage): string {
  const fallback = parameterDefault(parameter, language);
  if (typeof fallback === 'string') return fallback;
  const low = parameter.min ?? Math.max(0, Math.floor(fallback / 4));
  const high = parameter.max ?? Math.max(low + 1, fallback * 4);
  const value = low + random() * (high - low);
  return Number.isInteger(fallback) ? String(Math.round(value)) : value.toFixed(1);
}

/** One buyer's version of a library text. */
function adapt(random: Random, requirement: TemplateRequirement, language: DocumentLanguage): string {
  let text = requirement.text[language] ?? '';
  // Parameters: most buyers keep the placeholder and set the value beside it; some write the value in.
  for (const parameter of requirement.parameters) {
    if (random() < 0.6) text = text.replaceAll(`{${parameter.name}}`, parameterValue(random, parameter, language));
  }
  // Small numbers (counts, days, hours) changed; standard numbers ("ISO 27001") left as they are.
  text = text.replace(/(?<![\p{L}\p{N}.-])\d{1,3}(?![\p{N}])/gu, (number) => (random() < 0.5 ? String(1 + Math.floor(random() * 4 * (Number(number) + 5))) : number));
  for (const group of synonyms[language]) {
    for (const word of group) {
      if (!text.includes(word)) continue;
      const pattern = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      text = text.replace(pattern, (found) => (random() < 0.5 ? pick(random, group) : found));
    }
  }
  const scope = scopes[language];
  const roll = random();
  if (roll < 0.35) text = `${text} ${scope.lead} ${pick(random, scope.parts)}.`;
  else if (roll < 0.5) text = `${text} ${scope.lead} ${pick(random, scope.parts)} ${language === 'en' ? 'and' : 'och'} ${pick(random, scope.parts)}.`;
  return text;
}

/**
 * A copy of an earlier text with a change too small to make it a different
 * requirement: other punctuation or case, a repeated word, or one more word
 * in a long text.
 */
function nearCopy(random: Random, text: string, language: DocumentLanguage): string {
  const roll = random();
  if (roll < 0.3) return text.replace(/[.!?]?$/u, '!');
  if (roll < 0.5) return text.toLowerCase();
  if (roll < 0.7) return text.replace(/(\p{L}{4,})/u, '$1, $1');
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2);
  if (new Set(words).size < 10) return `${text} `;
  const extra = language === 'en' ? 'additionally' : language === 'nb' ? 'dessuten' : 'dessutom';
  return `${text.replace(/[.!?]?$/u, '')} ${extra}.`;
}

export interface VariedText {
  text: string;
  /** Which library requirement it was adapted from, by index in `libraryRequirements()`. */
  source: number;
  /** For a deliberate near-copy: the position of the text it copies. */
  copyOf?: number;
}

/** `count` requirement texts in `language`, about 5 % of them near-copies of an earlier one. */
export function variedRequirementTexts(count: number, language: DocumentLanguage = 'sv', seed = 1): VariedText[] {
  const requirements = libraryRequirements();
  const random = seededRandom(seed);
  const out: VariedText[] = [];
  for (let position = 0; position < count; position += 1) {
    if (position > 0 && random() < 0.05) {
      const copyOf = Math.floor(random() * position);
      const original = out[copyOf] as VariedText;
      out.push({ text: nearCopy(random, original.text, language), source: original.source, copyOf });
      continue;
    }
    const source = Math.floor(random() * requirements.length);
    out.push({ text: adapt(random, requirements[source] as TemplateRequirement, language), source });
  }
  return out;
}

/**
 * A generated large document (see large-specification.ts) whose requirement
 * texts in `language` are `variedRequirementTexts`; the other fields stay as
 * generated.
 */
export function makeVariedSpecification(count: number, language: DocumentLanguage = 'sv', seed = 1): Specification {
  const spec = makeLargeSpecification(count, seed);
  const texts = variedRequirementTexts(count, language, seed);
  const requirements: Requirement[] = spec.requirements.map((requirement, index) => ({
    ...requirement,
    text: { ...requirement.text, [language]: texts[index]?.text ?? '' },
  }));
  return { ...spec, primaryLanguage: language, languages: spec.languages.includes(language) ? spec.languages : [...spec.languages, language], requirements };
}
