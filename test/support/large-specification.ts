/**
 * Large, realistic specification documents for benchmarks and stress tests.
 * Everything but the requirements and the outline comes from the rich
 * fixture; the outline becomes 25 sections (5 areas of 4 subsections each)
 * and the requirements are generated: Swedish and English text of 15–60
 * words, every answer kind, parameters, standards, tracing to needs.
 * The output depends only on the arguments: the same count and seed always
 * give the same document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSpecificationBytes } from '../../shared/specification/document-file';
import {
  type AnswerKind,
  type AnswerType,
  answerKinds,
  type Requirement,
  type RequirementParameter,
  type Section,
  type Specification,
  verificationMethods,
} from '../../shared/specification/model';

/** Where the rich fixture lives; the default base of every generated document. */
export const richFixturePath = path.join(import.meta.dirname, '..', 'fixtures', 'documents', 'rich.kravspec');

/** Reads a specification through the real pipeline; throws if it does not read. */
export function loadSpecification(filePath: string): Specification {
  const result = parseSpecificationBytes(readFileSync(filePath));
  if (!result.ok) throw new Error(`${filePath}: ${result.problem.message}`);
  return result.specification;
}

let richFixture: Specification | undefined;

/**
 * A document with `requirementCount` generated requirements, built on the rich
 * fixture. Pass `base` to build on another document (a bundled script that
 * cannot find the fixture next to itself, for instance).
 */
export function makeLargeSpecification(requirementCount: number, seed = 1, base?: Specification): Specification {
  if (base !== undefined) return largeSpecificationFrom(base, requirementCount, seed);
  richFixture ??= loadSpecification(richFixturePath);
  return largeSpecificationFrom(richFixture, requirementCount, seed);
}

type Random = () => number;

/** mulberry32: small, fast, and good enough to vary test data. */
function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = choices.at(-1);
  if (last === undefined) throw new Error('weighted() with no choices');
  return last[0];
}

/** A version 4 UUID drawn from the generator, so that documents made with different seeds differ in id. */
function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

type Pair = readonly [sv: string, en: string];

interface Area {
  code: string;
  title: Pair;
  role: Requirement['role'];
  subsections: readonly (readonly [code: string, title: Pair])[];
}

const areas: readonly Area[] = [
  {
    code: 'ALL',
    title: ['Allmänt om tjänsten', 'About the service'],
    role: 'specification',
    subsections: [
      ['OMF', ['Omfattning och volymer', 'Scope and volumes']],
      ['INF', ['Införande och migrering', 'Implementation and migration']],
      ['UTB', ['Utbildning och dokumentation', 'Training and documentation']],
      ['FOR', ['Förvaltning och vidareutveckling', 'Maintenance and further development']],
    ],
  },
  {
    code: 'LEV',
    title: ['Krav på leverantören', 'Requirements on the supplier'],
    role: 'qualification',
    subsections: [
      ['EKO', ['Ekonomisk ställning', 'Economic standing']],
      ['ERF', ['Erfarenhet och referenser', 'Experience and references']],
      ['KVA', ['Kvalitetsledning', 'Quality management']],
      ['HAL', ['Hållbarhet och sociala hänsyn', 'Sustainability and social considerations']],
    ],
  },
  {
    code: 'FUN',
    title: ['Funktionella krav', 'Functional requirements'],
    role: 'specification',
    subsections: [
      ['ARE', ['Ärendehantering', 'Case management']],
      ['ARK', ['E-arkiv och bevarande', 'E-archive and preservation']],
      ['SOK', ['Sökning och rapporter', 'Search and reports']],
      ['BEH', ['Behörigheter och roller', 'Permissions and roles']],
    ],
  },
  {
    code: 'KVL',
    title: ['Icke-funktionella krav', 'Non-functional requirements'],
    role: 'specification',
    subsections: [
      ['TIL', ['Tillgänglighet och användbarhet', 'Accessibility and usability']],
      ['SAK', ['Informationssäkerhet och dataskydd', 'Information security and data protection']],
      ['DRI', ['Drift, support och servicenivåer', 'Operations, support and service levels']],
      ['INT', ['Integration och standarder', 'Integration and standards']],
    ],
  },
  {
    code: 'AVT',
    title: ['Avtalsvillkor och avslut', 'Contract terms and exit'],
    role: 'contract',
    subsections: [
      ['PRI', ['Priser och fakturering', 'Prices and invoicing']],
      ['UPP', ['Uppföljning och rapportering', 'Follow-up and reporting']],
      ['ANS', ['Ansvar och försäkring', 'Liability and insurance']],
      ['EXI', ['Avslut och exit', 'Termination and exit']],
    ],
  },
];

const subjects: readonly Pair[] = [
  ['Tjänsten', 'The service'],
  ['Systemet', 'The system'],
  ['Lösningen', 'The solution'],
  ['Leverantören', 'The supplier'],
  ['Den som handlägger ärendet', 'The case officer'],
];

const actions: readonly Pair[] = [
  ['stödja sökning i samtliga ärenden, handlingar och anteckningar', 'support searching all cases, documents and notes'],
  ['logga varje ändring av personuppgifter', 'log every change to personal data'],
  ['exportera all information i ett öppet och dokumenterat format', 'export all information in an open and documented format'],
  ['skicka en avisering till ansvarig handläggare', 'send a notification to the responsible case officer'],
  ['hantera behörigheter per roll och organisatorisk enhet', 'manage permissions per role and organisational unit'],
  ['leverera avslutade ärenden till e-arkivet', 'deliver closed cases to the e-archive'],
  ['erbjuda support på svenska via telefon och e-post', 'offer support in Swedish by phone and email'],
  ['rapportera driftstörningar till beställaren', 'report outages to the buyer'],
  ['tillhandahålla en testmiljö som speglar produktionsmiljön', 'provide a test environment that mirrors production'],
  ['genomföra en årlig penetrationstest av tjänsten', 'carry out a yearly penetration test of the service'],
  ['ta fram statistik över handläggningstider per ärendetyp', 'produce statistics on handling times per case type'],
  ['kryptera all information vid överföring och lagring', 'encrypt all information in transit and at rest'],
  ['visa ärendets status för den enskilde i e-tjänsten', 'show the status of a case to the resident in the e-service'],
  ['utbilda beställarens nyckelanvändare före driftstart', "train the buyer's key users before go-live"],
  ['dokumentera tjänstens gränssnitt i en öppen specifikation', "document the service's interfaces in an open specification"],
  ['ersätta beställaren för fel som leverantören orsakat', 'compensate the buyer for faults the supplier caused'],
];

/** Clauses that carry a parameter, with the parameter they bring. */
const parameterClauses: readonly { text: Pair; parameter: RequirementParameter }[] = [
  { text: ['inom {responseTime} timmar', 'within {responseTime} hours'], parameter: { name: 'responseTime', type: 'duration', unit: 'timmar', value: 4, min: 1, max: 48 } },
  { text: ['för minst {userCount} samtidiga användare', 'for at least {userCount} concurrent users'], parameter: { name: 'userCount', type: 'number', unit: 'användare', value: 400, min: 50 } },
  {
    text: ['med en tillgänglighet på minst {availability} procent', 'with an availability of at least {availability} per cent'],
    parameter: { name: 'availability', type: 'percentage', unit: '%', value: 99.5, min: 95, max: 100 },
  },
  { text: ['under tiden {serviceHours}', 'during {serviceHours}'], parameter: { name: 'serviceHours', type: 'time', value: 'vardagar 07:00–18:00' } },
  { text: ['med lägst {protocol}', 'using at least {protocol}'], parameter: { name: 'protocol', type: 'text', value: 'TLS 1.2' } },
  { text: ['senast {exportDays} dagar efter begäran', 'no later than {exportDays} days after a request'], parameter: { name: 'exportDays', type: 'duration', unit: 'dagar', value: 30, min: 10, max: 90 } },
  { text: ['för {casesPerYear} nya ärenden per år', 'for {casesPerYear} new cases per year'], parameter: { name: 'casesPerYear', type: 'number', unit: 'ärenden', value: 30000 } },
];

const clauses: readonly Pair[] = [
  ['utan extra kostnad för beställaren', 'at no extra cost to the buyer'],
  ['i enlighet med gällande lagstiftning och beställarens riktlinjer', "in accordance with applicable law and the buyer's guidelines"],
  ['och resultatet ska redovisas i en månadsrapport', 'and the result shall be reported in a monthly report'],
  ['för samtliga användargrupper, även användare med funktionsnedsättning', 'for all user groups, including users with disabilities'],
  ['via ett öppet och versionshanterat API', 'through an open and versioned API'],
  ['under hela avtalstiden', 'throughout the contract period'],
  ['så att ingen uppgift behöver registreras två gånger', 'so that no information has to be entered twice'],
  ['med spårbarhet till den person som gjort ändringen', 'with traceability to the person who made the change'],
  ['även när tjänsten används från en mobil enhet', 'also when the service is used from a mobile device'],
  ['och utan att handlingarnas metadata går förlorad', "and without losing the documents' metadata"],
  ['enligt en plan som beställaren har godkänt i förväg', 'according to a plan the buyer has approved in advance'],
  ['på ett sätt som går att följa upp vid avtalsuppföljningen', 'in a way that can be checked at contract follow-up'],
];

const sentences: readonly Pair[] = [
  ['Beställaren ska kunna följa upp detta löpande.', 'The buyer shall be able to follow this up continuously.'],
  ['Kravet gäller även för underleverantörer.', 'The requirement also applies to subcontractors.'],
  ['Eventuella avvikelser ska meddelas beställaren skriftligen utan dröjsmål.', 'Any deviation shall be reported to the buyer in writing without delay.'],
  ['Lösningen ska beskrivas i anbudet så att beställaren kan bedöma den.', 'The tender shall describe the solution so that the buyer can assess it.'],
  ['Detta är särskilt viktigt för förvaltningens handläggare i socialtjänsten.', 'This matters most for the case officers in social services.'],
];

const standards = ['iso-iec-27001', 'en-301-549', 'wcag-2-1', 'iso-19005-pdf-a', 'fgs-package-structure', 'e-ark-sip', 'openapi-3', 'saml-2-0', 'openid-connect', 'rfc-5246-tls-1-2'];

const choiceOptions: readonly string[][] = [
  ['Kommunens e-tjänsteplattform', 'Funktionsbrevlåda för e-post', 'Skannad post', 'Öppet API för andra system'],
  ['Webbläsare', 'Mobilapp för iOS', 'Mobilapp för Android'],
  ['Sverige', 'EU/EES', 'Land utanför EU/EES med beslut om adekvat skyddsnivå'],
];

const notes = ['Stämd av med dataskyddsombudet.', 'Fråga från marknadsdialogen; se protokollet.', 'Formuleringen ses över inför remissen.', 'Samma krav som i förra upphandlingen.'];

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word !== '' && word !== '.').length;
const maxWords = 60;

/** Swedish and English text of the same shape, each at least `target` words long (and at most 60). */
function requirementText(random: Random, obligation: Requirement['obligation'], target: number): { text: Pair; parameters: RequirementParameter[] } {
  const parameters: RequirementParameter[] = [];
  const subject = pick(random, subjects);
  const personal = subject === subjects[4];
  const modal: Pair = obligation === 'mandatory' ? (personal ? ['ska kunna', 'shall be able to'] : ['ska', 'shall']) : personal ? ['bör kunna', 'should be able to'] : ['bör', 'should'];
  const action = pick(random, actions);
  const parts: [string[], string[]] = [[`${subject[0]} ${modal[0]} ${action[0]}`], [`${subject[1]} ${modal[1]} ${action[1]}`]];
  const join = (words: string[]): string => `${words.join(' ').replaceAll(' . ', '. ')}.`;
  let sentenceStart = 0;
  const usedParameters = new Set<number>();
  const usedClauses = new Set<number>();
  const usedSentences = new Set<number>();
  const length: [number, number] = [wordCount(parts[0].join(' ')), wordCount(parts[1].join(' '))];
  /** Adds a piece unless it would take either language past 60 words. */
  const add = (pair: Pair): boolean => {
    const sv = length[0] + wordCount(pair[0]);
    const en = length[1] + wordCount(pair[1]);
    if (sv > maxWords || en > maxWords) return false;
    parts[0].push(pair[0]);
    parts[1].push(pair[1]);
    length[0] = sv;
    length[1] = en;
    return true;
  };
  for (let attempt = 0; Math.min(...length) < target && attempt < 100; attempt += 1) {
    const roll = random();
    const clausesInSentence = parts[0].length - sentenceStart;
    if (roll < 0.12) {
      const index = Math.floor(random() * parameterClauses.length);
      const clause = parameterClauses[index];
      if (clause === undefined || usedParameters.has(index) || !add(clause.text)) continue;
      usedParameters.add(index);
      parameters.push({ ...clause.parameter });
    } else if (clausesInSentence < 2 || (roll < 0.75 && clausesInSentence < 4)) {
      const index = Math.floor(random() * clauses.length);
      const clause = clauses[index];
      if (clause === undefined || usedClauses.has(index) || !add(clause)) continue;
      usedClauses.add(index);
    } else {
      const index = Math.floor(random() * sentences.length);
      const sentence = sentences[index];
      if (sentence === undefined || usedSentences.has(index) || !add([`. ${sentence[0].slice(0, -1)}`, `. ${sentence[1].slice(0, -1)}`])) continue;
      usedSentences.add(index);
      sentenceStart = parts[0].length;
    }
  }
  return { text: [join(parts[0]), join(parts[1])], parameters };
}

function answerTypeOf(kind: AnswerKind, random: Random): AnswerType {
  switch (kind) {
    case 'yes-no':
    case 'confirmation':
      return { kind };
    case 'number':
      return random() < 0.5 ? { kind, unit: '%', min: 0, max: 100 } : { kind, unit: pick(random, ['timmar', 'dagar', 'användare']), min: 0 };
    case 'text':
      return random() < 0.7 ? { kind, maxLength: pick(random, [1000, 2000, 4000]) } : { kind };
    case 'choice':
      return { kind, options: [...pick(random, choiceOptions)], multiple: random() < 0.5 };
    case 'date':
      return { kind, period: random() < 0.5 };
    case 'attachment':
      return random() < 0.6 ? { kind, description: pick(random, ['Giltigt certifikat eller likvärdig bevisning', 'Granskningsrapport mot EN 301 549', 'Exempel på månadsrapport']) } : { kind };
    case 'compliance':
      return random() < 0.5 ? { kind, additionPriceAnnex: 'Bilaga 3 Prisbilaga' } : { kind };
  }
}

const answerWeights: readonly (readonly [AnswerKind, number])[] = [
  ['confirmation', 40],
  ['yes-no', 15],
  ['number', 12],
  ['text', 12],
  ['choice', 8],
  ['date', 5],
  ['attachment', 8],
  ['compliance', 5],
];

/** `base` with its outline replaced by 25 sections and its requirements by `requirementCount` generated ones. */
export function largeSpecificationFrom(base: Specification, requirementCount: number, seed = 1): Specification {
  if (!Number.isInteger(requirementCount) || requirementCount < 0) throw new Error(`requirementCount must be a whole number ≥ 0, not ${requirementCount}`);
  const random = seededRandom(seed);

  const sections: Section[] = [];
  const placements: { sectionId: string; code: string; role: Requirement['role'] }[] = [];
  areas.forEach((area, areaIndex) => {
    const areaId = `sec-${area.code.toLowerCase()}`;
    sections.push({ id: areaId, parentId: null, order: areaIndex, title: { sv: area.title[0], en: area.title[1] } });
    // Requirements sit mostly in subsections, a few directly under the area.
    placements.push({ sectionId: areaId, code: area.code, role: area.role });
    area.subsections.forEach(([code, title], subIndex) => {
      const id = `${areaId}-${code.toLowerCase()}`;
      const section: Section = { id, parentId: areaId, order: subIndex, title: { sv: title[0], en: title[1] } };
      if (random() < 0.4) {
        section.intro = {
          sv: `Avsnittet innehåller krav om ${title[0].toLowerCase()}.`,
          en: `This section holds the requirements on ${title[1].toLowerCase()}.`,
        };
      }
      sections.push(section);
      placements.push({ sectionId: id, code, role: area.role });
      placements.push({ sectionId: id, code, role: area.role });
      placements.push({ sectionId: id, code, role: area.role });
    });
  });

  const needIds = base.needs.map((need) => need.id);
  const nextOrder = new Map<string, number>();
  const requirements: Requirement[] = [];
  for (let index = 0; index < requirementCount; index += 1) {
    const place = pick(random, placements);
    const order = nextOrder.get(place.sectionId) ?? 0;
    nextOrder.set(place.sectionId, order + 1);
    const obligation = random() < 0.75 ? 'mandatory' : 'evaluated';
    const { text, parameters } = requirementText(random, obligation, between(random, 15, 55));
    // The first seven requirements show every answer kind; then the kinds come as often as in real documents.
    const kind = answerKinds[index] ?? weighted(random, answerWeights);
    const linked = needIds.length > 0 && place.role !== 'qualification' && random() < 0.7;
    const requirement: Requirement = {
      id: `K-${place.code}-${String(index + 1).padStart(4, '0')}`,
      sectionId: place.sectionId,
      order,
      text: { sv: text[0], en: text[1] },
      obligation,
      role: place.role,
      verification: random() < 0.1 ? { method: null } : { method: pick(random, verificationMethods) },
      answerType: answerTypeOf(kind, random),
      parameters,
      level: weighted(random, [
        ['basic', 6],
        ['advanced', 3],
        ['leading', 1],
      ] as const),
      standards: random() < 0.2 ? [...new Set([pick(random, standards), pick(random, standards)])] : [],
      needIds: linked ? [...new Set([pick(random, needIds), ...(random() < 0.3 ? [pick(random, needIds)] : [])])] : [],
      tracing: linked ? 'linked' : 'not-needed',
      tracingReason: linked ? '' : pick(random, ['Kvalificeringskrav om leverantörens förmåga.', 'Följer av lag, inte av ett enskilt behov.', 'Formellt avtalskrav.']),
      provenance: random() < 0.3 ? { packId: 'se-saas-common', requirementId: `req-${between(random, 1, 400)}`, packVersion: '1.2.0' } : null,
      dismissedFindings: obligation === 'evaluated' && random() < 0.2 ? [{ ruleId: 'RQ01', reason: 'Utvärderat krav; "bör" är avsiktligt.', at: base.updatedAt }] : [],
      notes: random() < 0.08 ? pick(random, notes) : '',
    };
    if (random() < 0.3) requirement.verification.description = 'Styrks på beställarens begäran.';
    if (obligation === 'evaluated') requirement.evaluation = { points: pick(random, [5, 10, 15, 20]) };
    requirements.push(requirement);
  }

  // Evaluated requirements count towards the criteria that already had requirements in the base.
  const evaluated = requirements.filter((requirement) => requirement.obligation === 'evaluated').map((requirement) => requirement.id);
  const scoring = base.evaluation.criteria.filter((criterion) => criterion.requirementIds.length > 0);
  const criteria = base.evaluation.criteria.map((criterion) => {
    const slot = scoring.indexOf(criterion);
    if (slot === -1) return { ...criterion, requirementIds: [] };
    return { ...criterion, requirementIds: evaluated.filter((_, index) => index % scoring.length === slot) };
  });

  return {
    ...structuredClone(base),
    id: seededUuid(random),
    sections,
    requirements,
    evaluation: { ...structuredClone(base.evaluation), criteria },
  };
}
