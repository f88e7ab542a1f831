/**
 * Small Word specifications for the import flow's tests, one per language,
 * each with what a real one has: headings, prose, a requirement table with
 * the buyer's numbers and obligations, a response instruction, a
 * cross-reference, and a few rows the import cannot understand (so that the
 * report has notices with their places).
 */
import { heading, paragraph, table, wordDocument } from './word-builder';

export function swedishSpecification(): Uint8Array {
  return wordDocument(
    [
      heading(1, 'Bakgrund'),
      paragraph('Kommunen ska upphandla ett system för ärendehantering. Leverantören ska beskriva hur tjänsten levereras och att den är tillgänglig för alla användare.'),
      paragraph('Det är viktigt att systemet också kan användas av medborgare och att det inte kräver någon särskild programvara.'),
      heading(1, 'Krav på tjänsten'),
      table([
        ['Nr', 'Krav', 'Ska/Bör', 'Verifiering'],
        ['K1', 'Tjänsten ska vara tillgänglig dygnet runt.', 'Ska', 'Bifoga en beskrivning av driften.'],
        ['K2', 'Tjänsten bör ha ett öppet API, se K1.', 'Bör', ''],
        ['K3', 'Leverantören ska utbilda användarna.', 'Kanske', ''],
        ['K4', '', '', ''],
        ['K5', 'Data ska lagras inom EU.', 'Ska', 'Ange var data lagras.'],
      ]),
      heading(1, 'Kontaktuppgifter'),
      table([
        ['Roll', 'Namn'],
        ['Beställare', 'Anna Andersson'],
      ]),
    ].join(''),
  );
}

export function norwegianSpecification(): Uint8Array {
  return wordDocument(
    [
      heading(1, 'Innledning'),
      paragraph('Kommunen skal anskaffe et system for saksbehandling. Leverandøren skal beskrive hvordan tjenesten leveres og at den er tilgjengelig for alle brukere.'),
      paragraph('Det er viktig at systemet også kan brukes av innbyggere og at det ikke krever egen programvare.'),
      heading(1, 'Krav til tjenesten'),
      table([
        ['Nr', 'Krav', 'Skal/Bør', 'Krav til besvarelse'],
        ['1.1', 'Tjenesten skal være tilgjengelig hele døgnet.', 'Skal', 'Beskriv driften.'],
        ['1.2', 'Tjenesten bør ha et åpent API, se 1.1.', 'Bør', ''],
        ['1.3', 'Leverandøren skal lære opp brukerne.', 'Skal', ''],
        ['1.4', 'Data skal lagres i EØS.', 'Skal', 'Oppgi hvor data lagres.'],
      ]),
    ].join(''),
  );
}

/** A document with no language the text can tell (too little of it). */
export function wordlessSpecification(): Uint8Array {
  return wordDocument([heading(1, 'X'), table([['ID', 'Requirement', 'Type'], ['A1', 'API', 'A'], ['A2', 'SSO', 'V']])].join(''));
}

/** A Word document with prose only: no requirement table, no numbered requirement. */
export function proseOnlyDocument(): Uint8Array {
  return wordDocument([heading(1, 'Bakgrund'), paragraph('Kommunen vill veta mer om marknaden och att den är öppen för alla, och det är inte ett krav.')].join(''));
}
