/**
 * Units of the values a buyer sets in a library requirement ("5 dagar",
 * "5 dager", "5 days"): a closed set of codes, each with its name in sv, nb
 * and en in the forms Intl.PluralRules asks for, and the one function that
 * writes a value with its unit in a language. A unit that is not a code (a
 * user's own pack, or a unit typed by hand) is shown as written; the English
 * words the shipped library used before the codes (e.g. "working days") are
 * still understood, so older packs and documents read in every language.
 */
import { z } from 'zod';
import { localeOf } from '../languages';
import type { DocumentLanguage } from '../specification/model/common';
import { formatNumber } from './numbers';

/** A word that changes with the count: its form for one, and for every other count. */
interface Word {
  one: string;
  other: string;
}

/** A unit written as a word per language, or as a symbol (the same everywhere). */
type UnitName =
  | { kind: 'word'; sv: Word; nb: Word; en: Word }
  | {
      kind: 'symbol';
      symbol: string;
      /** The languages that write it without a space after the number ("5%"). */
      tight?: readonly DocumentLanguage[];
    };

const word = (sv: [string, string], nb: [string, string], en: [string, string]): UnitName => ({
  kind: 'word',
  sv: { one: sv[0], other: sv[1] },
  nb: { one: nb[0], other: nb[1] },
  en: { one: en[0], other: en[1] },
});

const symbol = (text: string, tight?: readonly DocumentLanguage[]): UnitName => (tight === undefined ? { kind: 'symbol', symbol: text } : { kind: 'symbol', symbol: text, tight });

const unitNames = {
  // Time
  millisecond: symbol('ms'),
  second: word(['sekund', 'sekunder'], ['sekund', 'sekunder'], ['second', 'seconds']),
  minute: word(['minut', 'minuter'], ['minutt', 'minutter'], ['minute', 'minutes']),
  hour: word(['timme', 'timmar'], ['time', 'timer'], ['hour', 'hours']),
  day: word(['dag', 'dagar'], ['dag', 'dager'], ['day', 'days']),
  'working-day': word(['arbetsdag', 'arbetsdagar'], ['arbeidsdag', 'arbeidsdager'], ['working day', 'working days']),
  week: word(['vecka', 'veckor'], ['uke', 'uker'], ['week', 'weeks']),
  month: word(['månad', 'månader'], ['måned', 'måneder'], ['month', 'months']),
  year: word(['år', 'år'], ['år', 'år'], ['year', 'years']),
  sprint: word(['sprint', 'sprintar'], ['sprint', 'sprinter'], ['sprint', 'sprints']),
  // Shares
  percent: symbol('%', ['en']),
  'per-mille': symbol('‰', ['en']),
  // Size and speed
  kilobyte: symbol('kB'),
  gigabyte: symbol('GB'),
  'megabit-per-second': symbol('Mbit/s'),
  // Rates
  'call-per-minute': word(['anrop/min', 'anrop/min'], ['kall/min', 'kall/min'], ['call/min', 'calls/min']),
  'login-per-hour': word(['inloggning/timme', 'inloggningar/timme'], ['pålogging/time', 'pålogginger/time'], ['login/hour', 'logins/hour']),
  'document-per-year': word(['dokument per år', 'dokument per år'], ['dokument per år', 'dokumenter per år'], ['document per year', 'documents per year']),
  'case-per-year': word(['ärende per år', 'ärenden per år'], ['sak per år', 'saker per år'], ['case per year', 'cases per year']),
  'per-sprint': word(['per sprint', 'per sprint'], ['per sprint', 'per sprint'], ['per sprint', 'per sprint']),
  // Counts
  user: word(['användare', 'användare'], ['bruker', 'brukere'], ['user', 'users']),
  person: word(['person', 'personer'], ['person', 'personer'], ['person', 'persons']),
  individual: word(['individ', 'individer'], ['individ', 'individer'], ['individual', 'individuals']),
  identity: word(['identitet', 'identiteter'], ['identitet', 'identiteter'], ['identity', 'identities']),
  employment: word(['anställning', 'anställningar'], ['arbeidsforhold', 'arbeidsforhold'], ['employment', 'employments']),
  pupil: word(['elev', 'elever'], ['elev', 'elever'], ['pupil', 'pupils']),
  recipient: word(['mottagare', 'mottagare'], ['mottaker', 'mottakere'], ['recipient', 'recipients']),
  organisation: word(['organisation', 'organisationer'], ['organisasjon', 'organisasjoner'], ['organisation', 'organisations']),
  site: word(['plats', 'platser'], ['lokasjon', 'lokasjoner'], ['site', 'sites']),
  area: word(['område', 'områden'], ['område', 'områder'], ['area', 'areas']),
  server: word(['server', 'servrar'], ['server', 'servere'], ['server', 'servers']),
  workstation: word(['arbetsplats', 'arbetsplatser'], ['arbeidsstasjon', 'arbeidsstasjoner'], ['workstation', 'workstations']),
  assignment: word(['uppdrag', 'uppdrag'], ['oppdrag', 'oppdrag'], ['assignment', 'assignments']),
  document: word(['dokument', 'dokument'], ['dokument', 'dokumenter'], ['document', 'documents']),
  page: word(['sida', 'sidor'], ['side', 'sider'], ['page', 'pages']),
  dataset: word(['datamängd', 'datamängder'], ['datasett', 'datasett'], ['dataset', 'datasets']),
  defect: word(['fel', 'fel'], ['feil', 'feil'], ['defect', 'defects']),
  level: word(['nivå', 'nivåer'], ['nivå', 'nivåer'], ['level', 'levels']),
  step: word(['steg', 'steg'], ['trinn', 'trinn'], ['step', 'steps']),
  run: word(['körning', 'körningar'], ['kjøring', 'kjøringer'], ['run', 'runs']),
  // Not 'time': in Norwegian that word is an hour, and a buyer may have typed it as one.
  occurrence: word(['gång', 'gånger'], ['gang', 'ganger'], ['time', 'times']),
} as const satisfies Record<string, UnitName>;

export type UnitCode = keyof typeof unitNames;
export const unitCodes = Object.keys(unitNames) as UnitCode[];
export const UnitCode = z.enum(unitCodes as [UnitCode, ...UnitCode[]]);

/**
 * The unit of a value as stored: one of the codes (shipped packs use only
 * these), or any other text, which is shown as written.
 */
export const ValueUnit = z
  .union([UnitCode, z.string()])
  .describe('A unit code, written in the reader\'s language with the right plural; any other text is shown as written.');
export type ValueUnit = z.infer<typeof ValueUnit>;

/** The English words the shipped library wrote before the codes, so that packs and documents made then still read in every language. */
const legacyWords: Readonly<Record<string, UnitCode>> = {
  ms: 'millisecond',
  s: 'second',
  seconds: 'second',
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
  'working days': 'working-day',
  weeks: 'week',
  months: 'month',
  years: 'year',
  sprints: 'sprint',
  '%': 'percent',
  '‰': 'per-mille',
  kB: 'kilobyte',
  GB: 'gigabyte',
  'Mbit/s': 'megabit-per-second',
  'calls/min': 'call-per-minute',
  'logins/hour': 'login-per-hour',
  'documents per year': 'document-per-year',
  'cases per year': 'case-per-year',
  'per sprint': 'per-sprint',
  users: 'user',
  persons: 'person',
  individuals: 'individual',
  identities: 'identity',
  employments: 'employment',
  pupils: 'pupil',
  recipients: 'recipient',
  organisations: 'organisation',
  sites: 'site',
  areas: 'area',
  servers: 'server',
  workstations: 'workstation',
  assignments: 'assignment',
  documents: 'document',
  pages: 'page',
  datasets: 'dataset',
  defects: 'defect',
  levels: 'level',
  steps: 'step',
  runs: 'run',
  times: 'occurrence',
};

/** Whether the text is one of the unit codes. */
export function isUnitCode(unit: string): unit is UnitCode {
  return Object.hasOwn(unitNames, unit);
}

/** The code a stored unit stands for: the code itself, or the code of a word the library used before; undefined for a unit of the user's own. */
export function unitCodeOf(unit: string): UnitCode | undefined {
  const trimmed = unit.trim();
  if (isUnitCode(trimmed)) return trimmed;
  return Object.hasOwn(legacyWords, trimmed) ? legacyWords[trimmed] : undefined;
}

const pluralRules = new Map<DocumentLanguage, Intl.PluralRules>();

function pluralOf(count: number, language: DocumentLanguage): 'one' | 'other' {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(localeOf[language]);
    pluralRules.set(language, rules);
  }
  // Swedish, Norwegian and English have only these two cardinal forms.
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * The unit's name in a language, in the form for `count` (the plural when no
 * count is given, as in a field's label: "Rättningstid (arbetsdagar)"). A unit
 * of the user's own is returned as written.
 */
export function unitName(unit: string, language: DocumentLanguage, count?: number): string {
  const code = unitCodeOf(unit);
  if (code === undefined) return unit.trim();
  const name: UnitName = unitNames[code];
  if (name.kind === 'symbol') return name.symbol;
  return name[language][count === undefined ? 'other' : pluralOf(count, language)];
}

/**
 * A value with its unit as the language writes it: "1 dag", "5 dagar",
 * "5 dager", "1 day", "99,5 %", "99.5%". A number is formatted for the
 * language; a text value is kept as written, and when it is a plain number
 * ("20", "1,5") it still decides the plural. No unit: the value alone.
 */
export function formatWithUnit(value: string | number, unit: string | undefined, language: DocumentLanguage): string {
  const shown = typeof value === 'number' ? formatNumber(value, language) : value.trim();
  if (unit === undefined || unit.trim() === '' || shown === '') return shown;
  const count = typeof value === 'number' ? value : plainNumber(value);
  const name = unitName(unit, language, count);
  const code = unitCodeOf(unit);
  const entry: UnitName | undefined = code === undefined ? undefined : unitNames[code];
  const tight = entry?.kind === 'symbol' && entry.tight?.includes(language) === true;
  return tight ? `${shown}${name}` : `${shown} ${name}`;
}

/** The number a text stands for when it is only a number ("20", "1,5"); undefined otherwise. */
function plainNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}
