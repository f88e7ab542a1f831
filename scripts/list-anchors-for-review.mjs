/**
 * Adds every anchor that cites a section and is not yet in
 * templates/anchors-reviewed.json to that list, marked "verify" with the
 * sources of the requirement, procedure or criterion it belongs to, so a new
 * pack passes the content test while making plain that nobody has checked its
 * citations yet. Anchors that changed since their review are reported, never
 * overwritten: review them again and update the entry by hand.
 *
 *   node scripts/list-anchors-for-review.mjs 2026-12-07
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const date = process.argv[2];
if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('Usage: node scripts/list-anchors-for-review.mjs YYYY-MM-DD (the date of the listing)');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..', 'templates');
const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const jsonFiles = (dir) =>
  readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${dir}/${name}`);

// Keep in step with citesSection() in shared/templates/anchor-review.ts.
const sectionCitation =
  /§|\b\d+\s*kap\.|\b(?:kap|kapittel|kapitel|ch|chapter|art|arts|artikel|artikkel|article|bilag|bilaga|vedlegg|annex|appendix|appendices|s|ss)\.?\s+[0-9IVX]/iu;
const citesSection = (anchor) => ['sv', 'nb', 'en'].some((language) => sectionCitation.test(anchor[language] ?? ''));
const isHomePage = (url) => {
  const { pathname, search } = new URL(url);
  return (pathname === '' || pathname === '/') && search === '';
};

const places = [];
for (const file of [...jsonFiles('packs'), ...jsonFiles('modules')]) {
  for (const requirement of read(file).requirements) {
    if (requirement.guidance !== undefined) places.push({ where: `requirement:${requirement.id}`, anchor: requirement.guidance.anchor, sources: requirement.sources ?? [] });
  }
}
for (const jurisdiction of ['se', 'no', 'eu']) {
  const rules = read(`rules/${jurisdiction}.json`);
  for (const procedure of rules.procedures) places.push({ where: `procedure:${jurisdiction}:${procedure.id}`, anchor: procedure.anchor, sources: rules.sources });
}
for (const criterion of read('innovation-criteria.json').criteria) places.push({ where: `criterion:${criterion.id}`, anchor: criterion.anchor, sources: criterion.sources });

const list = read('anchors-reviewed.json');
const known = new Map(list.reviews.map((review) => [review.where, review]));
const added = [];
const changed = [];
const withoutSource = [];
for (const place of places) {
  if (!citesSection(place.anchor)) continue;
  const review = known.get(place.where);
  if (review !== undefined) {
    if (JSON.stringify(review.anchor) !== JSON.stringify(place.anchor)) changed.push(place.where);
    continue;
  }
  const sources = place.sources.filter((source) => !isHomePage(source.url));
  if (sources.length === 0) {
    withoutSource.push(place.where);
    continue;
  }
  list.reviews.push({
    where: place.where,
    anchor: place.anchor,
    status: 'verify',
    reviewed: date,
    confirmed: [],
    sources,
    note: 'Listed for review: the citations have not yet been checked against the source.',
  });
  added.push(place.where);
}
writeFileSync(path.join(root, 'anchors-reviewed.json'), `${JSON.stringify(list, null, 2)}\n`);
console.log(`Added ${added.length} anchor(s) to verify.`);
if (changed.length > 0) console.log(`Changed since their review (update by hand):\n  ${changed.join('\n  ')}`);
if (withoutSource.length > 0) console.log(`No source to list (add one to the requirement first):\n  ${withoutSource.join('\n  ')}`);
