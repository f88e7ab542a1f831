/**
 * The requirement-quality checker: pure code that runs on one requirement's
 * text (as the user types) or on a whole document (the CLI, the review).
 * Each finding names the rule, its severity and the characters it is about.
 * Only requirement text is checked, never guidance, notes or headings.
 */
import type { DocumentLanguage } from '../specification/model/common';
import type { Obligation } from '../specification/model/requirements';
import { anyOf, escape, findAll, lexicon, listMatches, listOccursIn, listPattern, screenFor, type Match, type PhraseList } from './lexicon';
import { ruleById, type Severity } from './rules';

/** Why a rule fired when it can fire for more than one reason: PP05 for a missing verification method rather than for the wording. */
export type FindingCause = 'noVerification';

export interface Finding {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  cause?: FindingCause;
}

/** The catalogue key of the sentence that explains a finding: its cause's when it has one, else its rule's. */
export function findingMessageKey(finding: Pick<Finding, 'ruleId' | 'cause'>): string {
  return finding.cause === undefined ? `quality.rules.${finding.ruleId}` : `quality.causes.${finding.cause}`;
}

export interface CheckedRequirement {
  text: string;
  language: DocumentLanguage;
  /** A minimum-and-evaluated requirement is checked as a mandatory one: it must be met, and "ska" is right in it. */
  obligation: Obligation;
  role: 'qualification' | 'specification' | 'contract';
}

export interface CheckContext {
  /** Terms defined in the specification's glossary: exempt from the vagueness rules. */
  glossaryTerms?: readonly string[];
  /** How many annexes the specification lists ("se bilaga 7" beyond that is a dangling reference); unknown: not checked. */
  annexCount?: number;
  /** The estimated contract value, for the turnover rule. */
  estimatedValue?: number | null;
  /** Rules to run; the catalogue's default-on rules when absent. */
  enabledRules?: ReadonlySet<string>;
}

/**
 * RQ17's lengths. Real specifications often state one demand in 40–50 words (a function and the
 * conditions it holds under), so length alone is a note only from `alone` words on; from `joined`
 * words it is one when the text also holds a second sentence or a second obligation.
 */
const wordCountLimit: Record<DocumentLanguage, { joined: number; alone: number }> = {
  sv: { joined: 35, alone: 55 },
  nb: { joined: 35, alone: 55 },
  en: { joined: 30, alone: 50 },
};

function overlaps(match: Match, spans: readonly Match[]): boolean {
  return spans.some((span) => match.start < span.end && span.start < match.end);
}

/** Money amounts written with spaces or dots as thousands separators: "5 000 000", "10.000.000". */
function amounts(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:[ \u00a0.]\d{3})+|\d{4,}/g)].map((m) => Number(m[0].replace(/[ \u00a0.]/g, '')));
}

/** By language, the patterns built from its word lists (looked up per requirement, so without building a key). */
const builtPatterns: Record<DocumentLanguage, Map<string, RegExp>> = { sv: new Map(), nb: new Map(), en: new Map() };

/** A pattern built from a language's word lists once, not for every requirement. */
function built(language: DocumentLanguage, name: string, build: () => RegExp): RegExp {
  const cache = builtPatterns[language];
  let pattern = cache.get(name);
  if (pattern === undefined) {
    pattern = build();
    cache.set(name, pattern);
  }
  return pattern;
}

/** A quick test for a language's obligation words ("ska", "skal", "shall") anywhere: the patterns built around them need one. */
const mayHoldObligation = (text: string, language: DocumentLanguage): boolean => built(language, 'obligationScreen', () => screenFor(lexicon(language).obligation)).test(text);

/** Glossary terms as whole-word patterns, kept across requirements (a document's glossary is checked against every one). */
const glossaryPatterns = new Map<string, RegExp>();

function glossaryPattern(term: string): RegExp {
  let pattern = glossaryPatterns.get(term);
  if (pattern === undefined) {
    // A bound on what is kept: glossaries are tens of terms, but a long session sees many documents.
    if (glossaryPatterns.size >= 2000) glossaryPatterns.clear();
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu');
    glossaryPatterns.set(term, pattern);
  }
  return pattern;
}

/** Every match of a global pattern, with its groups, running the shared pattern in place. */
function execAll(text: string, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    out.push(match);
    if (match[0] === '') pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return out;
}

export function checkRequirement(requirement: CheckedRequirement, context: CheckContext = {}): Finding[] {
  const { text, language, role } = requirement;
  const obligation = requirement.obligation === 'evaluated' ? 'evaluated' : 'mandatory';
  const words = lexicon(language);
  const findings: Finding[] = [];
  // Set phrases ("när som helst", "et enkelt datasett") are not the vague words they contain.
  const neutral = listMatches(text, language, 'neutral');
  // Each list is matched once per text, however many rules ask for it.
  const matchesByList = new Map<PhraseList, Match[]>();
  const has = (list: PhraseList): Match[] => {
    let matches = matchesByList.get(list);
    if (matches === undefined) {
      matches = listMatches(text, language, list).filter((m) => list === 'neutral' || !overlaps(m, neutral));
      matchesByList.set(list, matches);
    }
    return matches;
  };
  const glossary = (context.glossaryTerms ?? []).filter((term) => term.trim() !== '').flatMap((term) => findAll(text, glossaryPattern(term)));
  const add = (ruleId: string, matches: readonly Match[] | Match, options: { exemptGlossary?: boolean } = {}): void => {
    const rule = ruleById.get(ruleId);
    if (rule === undefined) return;
    if (context.enabledRules !== undefined ? !context.enabledRules.has(ruleId) : !rule.defaultOn) return;
    if (rule.scope !== 'all' && rule.scope !== obligation) return;
    const severity = obligation === 'mandatory' && rule.mandatorySeverity !== undefined ? rule.mandatorySeverity : rule.severity;
    for (const match of Array.isArray(matches) ? matches : [matches]) {
      if (options.exemptGlossary === true && overlaps(match, glossary)) continue;
      findings.push({ ruleId, severity, start: match.start, end: match.end });
    }
  };
  const equivalence = has('equivalence').length > 0;
  // A placeholder where the value goes ("TBD Gbit/s") is RQ14's finding, not a missing number.
  const hasDigit = /\d/.test(text);
  const hasNumber = hasDigit || /\{[a-z][a-zA-Z0-9]*\}/.test(text) || has('placeholder').length > 0;

  add('RQ01', weakModality(text, language, has('weakModal')));
  add('RQ02', has('escape'));
  add('RQ03', has('subjective'), { exemptGlossary: true });
  const openEnded = has('openEnded');
  add('RQ04', openEnded);
  // "med flera", "and others" close an open list (RQ04); they are not a vague count.
  add('RQ05', has('vagueQuantifier').filter((m) => !overlaps(m, openEnded)), { exemptGlossary: true });
  if (!hasNumber) add('RQ06', unmeasuredAttributes(text, language, has('qualityAttribute')));
  add('RQ07', unitlessNumbers(text, language));
  add('RQ08', has('comparative'), { exemptGlossary: true });
  add('RQ09', has('absolute'));
  const obligations = has('obligation');
  const joinedDemand = obligations.length >= 2 ? secondObligationJoin(text, language, obligations[1] as Match) : joinedVerbs(text, language);
  if (joinedDemand !== undefined) add('RQ10', joinedDemand);
  const andOr = has('andOr');
  add('RQ11', [...andOr, ...slashAlternatives(text, language, [...andOr, ...has('slashTerms')])]);
  add('RQ12', passives(text, language));
  const opener = has('actorlessOpener').filter((m) => text.slice(0, m.start).trim() === '' || /[.!?]\s*$/.test(text.slice(0, m.start)));
  add('RQ16', opener);
  const startPronoun = built(language, 'startPronoun', () => new RegExp(`(?:^|[.!?]\\s+)(${anyOf(words.ambiguousStart)})\\s+(?:${anyOf(words.obligation)})(?![\\p{L}])`, 'giu'));
  const ambiguous = (mayHoldObligation(text, language) ? execAll(text, startPronoun) : [])
    .map((m) => {
      const word = m[1] ?? '';
      const start = m.index + m[0].indexOf(word);
      return { start, end: start + word.length, text: word };
    })
    .filter((m) => !overlaps(m, opener) && !isDummySubject(text, language, m));
  add('RQ13', [...ambiguous, ...has('asAbove')]);
  const annexes = has('annexReference').flatMap((m) => {
    const number = /^\s*(\d+)/.exec(text.slice(m.end));
    if (number === null) return [];
    const n = Number(number[1]);
    // Only when the document's annexes are known: "se bilaga 7" when it lists fewer than seven.
    return context.annexCount === undefined || n <= context.annexCount ? [] : [{ start: m.start, end: m.end + (number[0]?.length ?? 0), text: '' }];
  });
  // "[ange antal]", "[angi dato]", "[insert amount]": a bracketed instruction to the writer, left in the text.
  const bracketed = (text.includes('[') ? findAll(text, /\[(?:ange|angi|insert|fyll i|fyll inn|enter|date|dato|datum)(?:\s[^\]]{0,40})?\]/giu) : []).filter((m) => !overlaps(m, has('placeholder')));
  const rq14 = [...has('placeholder'), ...bracketed, ...annexes];
  add('RQ14', rq14);
  // "utan dröjsmål och senast inom 24 timmar": the vague word is bounded by a time with its unit.
  const vagueTime = timeBound(text, language) ? [] : has('vagueTime');
  add('RQ15', vagueTime);
  if (isOverLong(text, language, obligations.length)) add('RQ17', { start: 0, end: text.length, text });
  // Contract terms state consequences as facts ("vite utgår"), so only what the bidder must offer is checked.
  if (role !== 'contract') add('RQ18', missingObligation(text, language, obligation, obligations));
  if (obligation === 'evaluated') add('RQ19', scoredAsMandatory(text, language, obligations));

  const formats = has('proprietaryFormat');
  if (!equivalence) {
    // "Excel file" is a format question (PP03), not a product demand.
    add('PP01', productDemands(text, language, has('brands').filter((m) => !overlaps(m, formats)), has('infrastructureNames')));
    const standardReference = built(language, 'standard', () => {
      const prefixes = anyOf(words.standardPrefix);
      return new RegExp(`(?<![\\p{L}])(?:${prefixes})(?:[ -](?:${prefixes}))*[ -]?\\d{3,5}(?:-\\d+)?`, 'gu');
    });
    const standards = hasDigit ? findAll(text, standardReference) : [];
    const rule = ruleById.get('PP02');
    if (rule !== undefined && standards.length > 0) {
      if (obligation === 'mandatory' && role === 'specification') add('PP02', standards);
      else for (const s of standards) if (context.enabledRules?.has('PP02') ?? rule.defaultOn) findings.push({ ruleId: 'PP02', severity: 'warning', start: s.start, end: s.end });
    }
  }
  add('PP03', formats);
  if (has('interfaceReference').length === 0) add('PP04', existingSystems(text, language, has('existingSystem')));
  add('PP06', asMuchAsPossible(text, language, has('asMuchAsPossible'), [...has('escape'), ...vagueTime]));
  add('PP07', internalDocuments(text, language, has('internalDocuments')));
  if (role === 'specification') add('PP08', has('supplierAttributes'));
  const turnover = has('supplierAttributes').filter((m) => /oms|turnover|revenue/i.test(m.text));
  if (turnover.length > 0 && context.estimatedValue !== undefined && context.estimatedValue !== null && context.estimatedValue > 0) {
    const limit = 2 * context.estimatedValue;
    if (amounts(text).some((amount) => amount > limit)) add('PP09', turnover);
  }
  // PP05: a mandatory requirement that cannot be verified as written.
  if (obligation === 'mandatory' && findings.some((f) => f.severity === 'error' && (f.ruleId === 'RQ06' || f.ruleId === 'RQ14' || f.ruleId === 'RQ15'))) {
    add('PP05', { start: 0, end: text.length, text });
  }
  return findings.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}

/** A phrase list as a whole-word alternation source, for patterns built around it. */
const listSource = (language: DocumentLanguage, list: PhraseList): string => listPattern(language, list).source;

/** The clause a match stands in: from the last comma, semicolon, colon, dash or sentence end before it. */
function clauseBefore(text: string, match: Match): string {
  const before = text.slice(0, match.start);
  const cut = Math.max(before.search(/[^,;:–—.!?]*$/u), 0);
  return before.slice(cut);
}

/**
 * RQ01 with the senses of "kan / may / can" told apart. Not weak modality: a prohibition ("kan inte",
 * "kan ikke", "may not"), a right or a choice of the buyer ("Kunden kan …", "the agency may …"), and a
 * "kan" inside a subordinate clause ("en konsult som kan systemet", "beskriv hur felt kan skjules"),
 * where it describes what is possible or known rather than weakening the demand.
 */
function weakModality(text: string, language: DocumentLanguage, found: readonly Match[]): Match[] {
  const soft = built(language, 'softModal', () => new RegExp(`^(?:${listSource(language, 'softModal')})$`, 'iu'));
  const negated = built(language, 'negatedAfter', () => new RegExp(`^\\s+(?:${listSource(language, 'negation')})`, 'iu'));
  const buyer = built(language, 'buyerBefore', () => new RegExp(`(?:${listSource(language, 'buyerSubject')})\\s*$`, 'iu'));
  const subordinate = built(language, 'subordinator', () => new RegExp(listSource(language, 'subordinator'), 'iu'));
  return found.filter((m) => {
    if (!soft.test(m.text)) return true;
    if (negated.test(text.slice(m.end)) || buyer.test(text.slice(0, m.start))) return false;
    return !subordinate.test(clauseBefore(text, m));
  });
}

/**
 * RQ13's dummy subjects: "Det ska vara möjligt att …", "Det skal jevnlig foretas test", "Det ska finnas …",
 * "It must be possible to …" point at nothing, so nothing is ambiguous. Only "det / it"; "detta / this"
 * always point back.
 */
function isDummySubject(text: string, language: DocumentLanguage, pronoun: Match): boolean {
  if (!/^(?:det|it)$/iu.test(pronoun.text)) return false;
  const words = lexicon(language);
  const follower = built(language, 'dummy', () => {
    const obligation = anyOf(words.obligation);
    // Impersonal passives, short ones too: "Det skal tas", "Det ska göras".
    const passive = words.passiveSuffix === '' ? '' : `|\\p{L}{2,}s`;
    return new RegExp(
      `^\\s+(?:${obligation})\\s+(?:\\p{L}+\\s+)?(?:${listSource(language, 'dummyFollower')}|(?:vara|være|be)\\s+\\p{L}+\\s+(?:att|å|at|to)(?![\\p{L}])${passive}(?![\\p{L}]))`,
      'iu',
    );
  });
  return follower.test(text.slice(pronoun.end));
}

/**
 * RQ06 leaves alone the terms where no number belongs: "konfidentialitet, riktighet och tillgänglighet"
 * (the security triad) and availability in the sense of accessibility (WCAG, universell utforming).
 */
function unmeasuredAttributes(text: string, language: DocumentLanguage, found: readonly Match[]): Match[] {
  // "continue performance under the contract", "performance standards": the contract's execution, not the system's speed.
  const contractSense = (m: Match): boolean =>
    language === 'en' && /^performance$/iu.test(m.text) && (/(?:continue|timely|contract(?:or)?'s|satisfactory)\s+$/iu.test(text.slice(0, m.start)) || /^\s+(?:under|of the contract|standards?|period|bond)/iu.test(text.slice(m.end)));
  const measurable = found.filter((m) => !contractSense(m));
  if (!listOccursIn(text, language, 'confidentialityTriad')) return measurable;
  return measurable.filter((m) => !/^(?:tillgänglighet|tilgjengelighet|availability|integritet|integrity|användbarhet|usability)$/iu.test(m.text));
}

/**
 * PP01 flags a name only where it demands a product. Not national e-ID, signing, payment and message
 * infrastructure (the infrastructureNames list: BankID, ID-porten, Altinn …), and not a system the
 * buyer already has and wants integrated with ("integrasjon mot Elements", "kundens sak-/arkivsystem
 * (Elements)", "inloggning via kommunens Entra ID").
 */
function productDemands(text: string, language: DocumentLanguage, brands: readonly Match[], infrastructure: readonly Match[]): Match[] {
  const cue = built(language, 'integrationCue', () => new RegExp(listSource(language, 'integrationCue'), 'iu'));
  return brands.filter((m) => {
    if (overlaps(m, infrastructure)) return false;
    const before = clauseBefore(text, m).split(/\s+/).slice(-7).join(' ');
    if (/\(\s*$/u.test(text.slice(0, m.start))) return false;
    // "via Elements API", "Visma-grensesnittet": the name of what is integrated with.
    if (/^(?:\s*-?\s*(?:API|REST-API)|-?(?:grensesnitt|gränssnitt|interface)\p{L}*)(?![\p{L}])/u.test(text.slice(m.end))) return false;
    return !cue.test(before);
  });
}

/** A number followed by a unit of time ("24 timmar", "5 arbeidsdager", "48 hours"). */
function timeBound(text: string, language: DocumentLanguage): boolean {
  const pattern = built(language, 'timeBound', () => new RegExp(`\\d+\\s*(?:${anyOf(['timm', 'timme', 'timmar', 'timer', 'time', 'hours', 'hour', 'dagar', 'dager', 'dag', 'days', 'day', 'arbetsdagar', 'arbeidsdager', 'working days', 'business days', 'minuter', 'minutter', 'minutes', 'veckor', 'uker', 'weeks'])})(?![\\p{L}])`, 'iu'));
  return /\d/.test(text) && pattern.test(text);
}

/** RQ17: long, and more than one sentence or obligation in it — or simply very long. */
function isOverLong(text: string, language: DocumentLanguage, obligationCount: number): boolean {
  const count = text.trim().split(/\s+/).length;
  const { joined, alone } = wordCountLimit[language];
  if (count > alone) return true;
  if (count <= joined) return false;
  return obligationCount > 1 || text.trim().split(/[.!?;]\s+(?=\p{Lu})/u).length > 1;
}

/**
 * RQ18: a requirement with no verb of obligation at all ("Stöd för SAML", "The user will see …",
 * "Leverandøren tilbyr …"). A mandatory one needs ska / skal / shall or another obligation
 * ("måste", "må", "is required to"); an evaluated one may also say bör / bør / should, name the
 * credit ("meriterande", "fordel", "credit") or ask the bidder to describe ("Beskriv hur …").
 */
function missingObligation(text: string, language: DocumentLanguage, obligation: 'mandatory' | 'evaluated', obligations: readonly Match[]): Match[] {
  if (obligations.length > 0 || listOccursIn(text, language, 'otherObligation')) return [];
  if (listOccursIn(text, language, 'weakModal')) return [];
  if (obligation === 'evaluated') {
    if (listOccursIn(text, language, 'evaluatedMarker')) return [];
    const asks = built(language, 'asks', () => new RegExp(`^\\s*(?:${listSource(language, 'describeVerb')})`, 'iu'));
    if (asks.test(text)) return [];
  }
  return [{ start: 0, end: text.length, text }];
}

/**
 * RQ19: an evaluated requirement written as a mandatory one — "ska / skal / shall" where the award
 * scores it — unless it also says what earns credit (bör, meriterande, fordel, should, credit) or the
 * obligation only asks the bidder to describe ("Leverantören ska beskriva …").
 */
function scoredAsMandatory(text: string, language: DocumentLanguage, obligations: readonly Match[]): Match[] {
  if (obligations.length === 0 || listOccursIn(text, language, 'evaluatedMarker')) return [];
  const describes = built(language, 'describes', () => new RegExp(`^\\s+(?:\\p{L}+\\s+){0,2}?(?:${listSource(language, 'describeVerb')})`, 'iu'));
  const negated = built(language, 'negatedAfter', () => new RegExp(`^\\s+(?:${listSource(language, 'negation')})`, 'iu'));
  return obligations.filter((m) => !describes.test(text.slice(m.end)) && !negated.test(text.slice(m.end))).slice(0, 1);
}

/**
 * PP06 beyond the set phrases: "så + adjective or adverb (+ up to three words) + som möjligt / som mulig",
 * "as … as possible", and the verbs of maximising from the list (minimera, maksimere, optimise).
 * Not where an escape clause or a vague time already covers the words ("as far as possible", "as soon as possible").
 */
function asMuchAsPossible(text: string, language: DocumentLanguage, listed: readonly Match[], covered: readonly Match[]): Match[] {
  const pattern = built(language, 'asPossible', () =>
    language === 'en'
      ? /(?<![\p{L}])as\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+as\s+(?:possible|practicable)(?![\p{L}])/giu
      : language === 'nb'
        ? /(?<![\p{L}])så\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+som\s+(?:mulig|mogleg)(?![\p{L}])/giu
        : /(?<![\p{L}])så\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+som\s+möjligt(?![\p{L}])/giu,
  );
  const found = [...listed];
  for (const m of findAll(text, pattern)) if (!overlaps(m, found)) found.push(m);
  return found.filter((m) => !overlaps(m, covered));
}

const headedPhrasePatterns = new Map<string, RegExp>();

/**
 * A word from `heads`, then up to `extraWords` words, then a word ending in one of `nouns` (so a
 * compound counts: "e-handelssystem", "informationssäkerhetspolicy"). Built from the word lists.
 */
function headedPhrase(language: DocumentLanguage, heads: PhraseList, nouns: PhraseList, extraWords: number): RegExp {
  const key = `${language}:${heads}:${nouns}:${extraWords}`;
  let pattern = headedPhrasePatterns.get(key);
  if (pattern === undefined) {
    const words = lexicon(language);
    pattern = new RegExp(
      `(?<![\\p{L}])(?:${anyOf(words[heads])})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,${extraWords}}?[\\p{L}-]*(?:${anyOf(words[nouns])})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    headedPhrasePatterns.set(key, pattern);
  }
  return pattern;
}

/** Every headed phrase in a text; none without one of the head words, which a quick test tells. */
function findHeaded(text: string, language: DocumentLanguage, heads: PhraseList, nouns: PhraseList, extraWords: number): Match[] {
  const screen = built(language, `${heads}Screen`, () => screenFor(lexicon(language)[heads]));
  return screen.test(text) ? findAll(text, headedPhrase(language, heads, nouns, extraWords)) : [];
}

/** The last few words before a match. */
const wordsBefore = (text: string, match: Match): string => text.slice(0, match.start).trim().split(/\s+/).slice(-3).join(' ');

/**
 * "kommunens befintliga ärendehanteringssystem" / "dagens HR-system" / "our existing ticketing system",
 * plus the set phrases of the existingSystem list ("våra system", "our ERP"). Not when the phrase is
 * a comparison's baseline ("bättre än nuvarande lösning"), nor where migrated data comes from
 * ("migrate the records from the current system"): neither is an integration.
 */
function existingSystems(text: string, language: DocumentLanguage, listed: readonly Match[]): Match[] {
  // The buyer's own system ("kundens fagsystem", "our register") is an integration only where the text integrates.
  const integrates = listOccursIn(text, language, 'integrationVerb');
  const existing = built(language, 'existingWord', () => new RegExp(listSource(language, 'existingWord'), 'iu'));
  const found = findHeaded(text, language, 'existingQualifier', 'systemNoun', language === 'en' ? 3 : 2).filter((m) => integrates || existing.test(m.text));
  const migration = listOccursIn(text, language, 'migration');
  return [...found, ...listed.filter((match) => !overlaps(match, found))].filter((match) => {
    const before = wordsBefore(text, match);
    if (listOccursIn(before, language, 'comparisonBaseline') || (migration && listOccursIn(before, language, 'sourceOfData'))) return false;
    // "kommunens sak-/arkivsystem (Elements)", "our finance system, Agresso": named, so the bidder knows what to integrate with.
    return !/^\s*[(,:–-]?\s*["“”«]?\p{Lu}[\p{L}\p{N}]/u.test(text.slice(match.end));
  });
}

/**
 * "enligt kommunens riktlinjer för klarspråk" / "Kundens sikkerhetsinstruks" / "our travel policy":
 * the buyer's own policy, guideline or procedure, plus the set phrases of the internalDocuments list.
 * Not when the requirement says the document is attached (bilaga / vedlegg / annex).
 */
function internalDocuments(text: string, language: DocumentLanguage, listed: readonly Match[]): Match[] {
  if (listOccursIn(text, language, 'attachment')) return [];
  const found = findHeaded(text, language, 'internalOwner', 'internalDocumentNoun', 3);
  return [...found, ...listed.filter((match) => !overlaps(match, found))];
}

/** A number as written: "10 000", "99,7", "99.7", "16:30", "2.1.3". */
const numberSource = '(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+(?:[.,:]\\d+)*)';

interface NumberPatterns {
  /** An operator or copula ("minst", "innen", "vara", "at most"), a number, then the clause ends or a function word follows. */
  bounded: RegExp;
  /** A number followed by "före / før / before": a time with no unit (not "bilaga 3 före driftstart"). */
  relative: RegExp;
}

const numberPatterns = new Map<DocumentLanguage, NumberPatterns>();

function numberPatternsFor(language: DocumentLanguage): NumberPatterns {
  let patterns = numberPatterns.get(language);
  if (patterns === undefined) {
    const words = lexicon(language);
    // A full stop ends the clause, not when it makes an ordinal ("innen 4. kvartal") or a decimal.
    const clauseEnd = '\\s*(?:[;)]|,(?!\\d)|\\.(?!\\d)(?!\\s*\\p{Ll})|$)';
    const follower = `\\s+(?:${anyOf(words.numberFollower)})(?![\\p{L}\\p{N}])`;
    patterns = {
      bounded: new RegExp(`(?<![\\p{L}\\p{N}])(?:${anyOf(words.numberOperator)})\\s+${numberSource}(?=${clauseEnd}|${follower})`, 'giu'),
      relative: new RegExp(`(?<![\\p{L}\\p{N}.,:]|(?<![\\p{L}])(?:${anyOf([...words.timeOfDay, ...words.numberLabel])})\\s+)${numberSource}\\s+(?:${anyOf(words.timeRelation)})(?![\\p{L}\\p{N}])`, 'giu'),
    };
    numberPatterns.set(language, patterns);
  }
  return patterns;
}

/**
 * Numbers that are not measures as written: a year ("innen 2027"), a time of day ("før 16.00",
 * "by 16:30") or a version ("2.1.3").
 */
function isNotAMeasure(number: string, language: DocumentLanguage): boolean {
  if (/^(?:19|20)\d{2}$/.test(number) || number.includes(':') || (number.match(/[.,]/g)?.length ?? 0) > 1) return true;
  // Swedish and Norwegian write decimals with a comma, so "08.00" is a time.
  return language !== 'en' && /^\d{1,2}\.\d{2}$/.test(number);
}

/**
 * RQ07: a measure with no unit. "ska vara under 3.", "skal ha en oppetid på minst 99,7 per
 * kalendermåned", "within 12 during office hours", "48 före bokad tid". A noun after the number
 * ("5 mislykkede pålogginger", "30 dagar") is its unit and leaves it alone.
 */
function unitlessNumbers(text: string, language: DocumentLanguage): Match[] {
  const found: Match[] = [];
  // Both patterns need a digit.
  if (!/\d/.test(text)) return found;
  const { bounded, relative } = numberPatternsFor(language);
  for (const m of execAll(text, bounded)) {
    const number = m[1] ?? '';
    const start = m.index + m[0].length - number.length;
    if (!isNotAMeasure(number, language)) found.push({ start, end: start + number.length, text: number });
  }
  for (const m of execAll(text, relative)) {
    const number = m[1] ?? '';
    if (!isNotAMeasure(number, language) && !found.some((f) => f.start === m.index)) found.push({ start: m.index, end: m.index + number.length, text: number });
  }
  return found;
}

/** Words, names or numbers with slashes between them, standing alone (not in a path or a URL). */
const slashChain = /(?<![\p{L}\p{N}/.:@-])[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}](?:\/[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}])+(?![\p{L}\p{N}/]|[.:][\p{L}\p{N}])/gu;

const wholeWordPatterns = new Map<string, RegExp>();

/** Whether a word is, as a whole, one of a list's phrases ("kr", "timer", "ISO"). */
function isWholeListWord(word: string, language: DocumentLanguage, list: PhraseList): boolean {
  const key = `${language}:${list}`;
  let pattern = wholeWordPatterns.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(`^(?:${listPattern(language, list).source})$`, 'iu');
    wholeWordPatterns.set(key, pattern);
  }
  return pattern.test(word);
}

/**
 * RQ11: "e-post/SMS", "JSON/XML", "telefon/e-post/chatt", "16/32 GB" leave the reader to choose. Not
 * a unit after a number ("150 cd/m²", "50 kr/time"), a rate with a unit ("GB/month"), a standard's
 * joint prefix ("ISO/IEC"), a date, a law's number or a span of years ("2016/679", "2014/24/EU"),
 * one-letter parts ("PDF/A", "24/7") or a set term from the slashTerms list ("TCP/IP", "EU/EES").
 */
function slashAlternatives(text: string, language: DocumentLanguage, exempt: readonly Match[]): Match[] {
  const found: Match[] = [];
  if (!text.includes('/')) return found;
  for (const m of execAll(text, slashChain)) {
    const match = { start: m.index, end: m.index + m[0].length, text: m[0] };
    if (overlaps(match, exempt) || /\d\s*$/.test(text.slice(0, m.index))) continue;
    const parts = m[0].split('/');
    if (parts.some((part) => isWholeListWord(part, language, 'units'))) continue;
    if (parts.every((part) => isWholeListWord(part, language, 'standardPrefix'))) continue;
    const numbers = parts.filter((part) => /^\d+$/.test(part));
    // "1/3/2026", "2016/679", "2014/24/EU": a date or a law's number, not a choice.
    if (numbers.length >= 2 && (parts.length > 2 || numbers.some((part) => /^(?:19|20)\d{2}$/.test(part)))) continue;
    found.push(match);
  }
  return found;
}

/** "… ska logga åtkomst och ska spara loggarna": from the conjunction before the second obligation to the end. */
function secondObligationJoin(text: string, language: DocumentLanguage, second: Match): Match | undefined {
  const joiner = listMatches(text.slice(0, second.start), language, 'conjunction').at(-1);
  return joiner === undefined ? undefined : { start: joiner.start, end: text.length, text: text.slice(joiner.start) };
}

const joinedVerbPatterns = new Map<DocumentLanguage, RegExp | null>();

/**
 * Two demands under one obligation, where the language shows the verbs by their ending: passives
 * joined by a conjunction ("ska sparas i två år och granskas", "skal attesteres og anvises") or an
 * infinitive after "samt" ("ska övervaka driftmiljön samt rapportera"), or one of the verbs requirements
 * commonly use after "och / og" ("skal overvåke nettet og rapportere avvik"). Nouns joined by "och / og"
 * are left alone. Languages without the endings in their word list (English) are not checked here.
 */
function joinedVerbs(text: string, language: DocumentLanguage): Match | undefined {
  let pattern = joinedVerbPatterns.get(language);
  if (pattern === undefined) {
    const words = lexicon(language);
    const obligation = anyOf(words.obligation);
    const conjunction = anyOf(words.conjunction);
    const firstPassive = `(?:\\p{L}{3,}${words.passiveSuffix}${words.shortPassive.length > 0 ? `|${anyOf(words.shortPassive)}` : ''})`;
    pattern =
      words.passiveSuffix === '' || words.infinitiveSuffix === ''
        ? null
        : new RegExp(
            `(?<![\\p{L}])(?:${obligation})\\s+(?:\\p{L}+\\s+)?${firstPassive}(?![\\p{L}]).*?\\s((?:${conjunction})\\s+(?:\\p{L}+\\s+)?\\p{L}{3,}${words.passiveSuffix}(?![\\p{L}]))` +
              `|(?<![\\p{L}])(?:${obligation})\\s.*?\\s((?:${anyOf(words.verbJoiner)})\\s+\\p{L}{3,}${words.infinitiveSuffix}(?![\\p{L}]))` +
              // Not inside an infinitive clause: "funksjoner for å registrere og godkjenne fravær" is one function.
              (words.commonVerbs.length > 0
                ? `|(?<![\\p{L}])(?:${obligation})\\s(?:(?!(?<![\\p{L}])(?:${anyOf(words.infinitiveMarker)})\\s).)*?\\s((?:${conjunction})\\s+(?:${anyOf(words.commonVerbs)})(?![\\p{L}]))`
                : ''),
            'iu',
          );
    joinedVerbPatterns.set(language, pattern);
  }
  const match = pattern === null || !mayHoldObligation(text, language) ? null : pattern.exec(text);
  if (match === null) return undefined;
  const joined = match[1] ?? match[2] ?? match[3] ?? '';
  const start = match.index + match[0].length - joined.length;
  return { start, end: text.length, text: text.slice(start) };
}

/** "data ska sparas" / "data skal lagres" / "data shall be stored" with no "av / by" actor after it. */
function passives(text: string, language: DocumentLanguage): Match[] {
  const words = lexicon(language);
  const deponents = new Set(words.deponents.map((w) => w.toLowerCase()));
  const pattern = built(language, 'passive', () => {
    const obligation = anyOf(words.obligation);
    return language === 'en'
      ? new RegExp(`(?<![\\p{L}])(?:${obligation})\\s+be\\s+(\\p{L}+ed)(?![\\p{L}])`, 'giu')
      : new RegExp(`(?<![\\p{L}])(?:${obligation})\\s+(\\p{L}+${words.passiveSuffix})(?![\\p{L}])`, 'giu');
  });
  const agent = language === 'en' ? /^\s+by\s/i : /^\s+av\s/i;
  return (mayHoldObligation(text, language) ? execAll(text, pattern) : [])
    .filter((m) => !deponents.has((m[1] ?? '').toLowerCase()) && !agent.test(text.slice(m.index + m[0].length)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
