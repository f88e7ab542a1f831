/**
 * How the Review step names the items that keep a check open: requirements
 * by their number in the document and their id ("5.1.2 K-ARE-02"), needs,
 * goals and criteria by their text, shortened, or their place in the list.
 */
import type { TFunction } from 'i18next';
import type { CheckId } from '../../../../shared/builder/completeness';
import type { Specification } from '../../../../shared/specification/model';

const longest = 48;

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= longest ? line : `${line.slice(0, longest - 1).trimEnd()}…`;
}

export function requirementLabel(id: string, numberOf: ReadonlyMap<string, string>): string {
  const number = numberOf.get(id);
  return number === undefined ? id : `${number} ${id}`;
}

export function itemLabel(check: CheckId, id: string, spec: Specification, numberOf: ReadonlyMap<string, string>, t: TFunction): string {
  const named = (list: readonly { id: string }[], text: (index: number) => string, key: string): string => {
    const index = list.findIndex((item) => item.id === id);
    if (index < 0) return id;
    return shorten(text(index)) || t(`steps.review.items.${key}`, { position: index + 1 });
  };
  switch (check) {
    case 'needsComplete':
      return named(spec.needs, (index) => spec.needs[index]?.statement ?? '', 'need');
    case 'goalsMeasurable':
      return named(spec.goals, (index) => spec.goals[index]?.description ?? '', 'goal');
    case 'criteriaNamed':
      return named(spec.evaluation.criteria, (index) => spec.evaluation.criteria[index]?.name ?? '', 'criterion');
    default:
      return requirementLabel(id, numberOf);
  }
}
