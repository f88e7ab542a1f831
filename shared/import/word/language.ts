/**
 * Which language a Word document is written in, guessed from the small
 * words every sentence has: Swedish "och, att, är, inte", Norwegian "og, å,
 * er, ikke", English "the, and, of, is". Only a clear majority counts; a
 * document with too little text, or an even mix, is left for the user to say.
 */
import type { DocumentLanguage } from '../../specification/model';
import type { WordBlock } from './body';

const markers: Record<DocumentLanguage, ReadonlySet<string>> = {
  sv: new Set(['och', 'att', 'är', 'inte', 'för', 'ska', 'skall', 'bör', 'kunna', 'leverantören', 'leverantör', 'också', 'från', 'vid', 'enligt', 'måste', 'även']),
  nb: new Set(['og', 'å', 'er', 'ikke', 'skal', 'bør', 'kunne', 'leverandøren', 'leverandør', 'også', 'fra', 'ved', 'iht', 'må', 'være', 'av', 'kunden', 'løsningen']),
  en: new Set(['the', 'and', 'of', 'is', 'to', 'shall', 'should', 'must', 'be', 'with', 'supplier', 'contractor', 'or', 'from', 'by', 'which', 'will', 'this', 'that', 'for']),
};

/** How many words are read at most: enough for any document to show its language. */
const maxWords = 20_000;
/** Fewer marker words than this is too little text to tell. */
const minimumHits = 12;

function* textsOf(blocks: readonly WordBlock[]): Generator<string> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') yield block.text;
    else for (const row of block.rows) for (const cell of row.cells) yield* textsOf(cell.blocks);
  }
}

/** The document's language when its text says so clearly, otherwise null. */
export function detectWordDocumentLanguage(blocks: readonly WordBlock[]): DocumentLanguage | null {
  return detectTextLanguage(textsOf(blocks));
}

/** The language of some texts (a Word document's, a spreadsheet's cells) when they say so clearly, otherwise null. */
export function detectTextLanguage(texts: Iterable<string>): DocumentLanguage | null {
  const hits: Record<DocumentLanguage, number> = { sv: 0, nb: 0, en: 0 };
  let words = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word === '') continue;
      words += 1;
      if (markers.sv.has(word)) hits.sv += 1;
      if (markers.nb.has(word)) hits.nb += 1;
      if (markers.en.has(word)) hits.en += 1;
    }
    if (words >= maxWords) break;
  }
  const ranked = (Object.entries(hits) as [DocumentLanguage, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || second === undefined) return null;
  if (first[1] < minimumHits || first[1] < second[1] * 1.5) return null;
  return first[0];
}
