/**
 * The buyer's requirement numbers as an import keeps them, shared by the
 * Word and the spreadsheet import: which labels can be kept as a fixed
 * number, and which id each imported requirement gets.
 */
import { FixedRequirementNumber, ItemId } from '../specification/model';

/** A label such as "K3", "1.11." or "(7)" as a fixed requirement number, or null when it cannot be one. */
export function buyersNumber(label: string): string | null {
  const trimmed = label.trim().replace(/[.)]+$/, '').replace(/^[(]/, '');
  return FixedRequirementNumber.safeParse(trimmed).success ? trimmed : null;
}

/**
 * A requirement's id is printed beside its number as the designation that
 * stays the same across versions, so an imported requirement keeps the
 * buyer's number as its id where that number is unique, and is "REQ-n"
 * (its place in the source) otherwise.
 */
export function assignRequirementIds(requirements: readonly { id: string; fixedNumber: string | null }[]): void {
  const counts = new Map<string, number>();
  for (const requirement of requirements) if (requirement.fixedNumber !== null) counts.set(requirement.fixedNumber, (counts.get(requirement.fixedNumber) ?? 0) + 1);
  const used = new Set<string>();
  requirements.forEach((requirement, index) => {
    const number = requirement.fixedNumber;
    let id = number !== null && counts.get(number) === 1 && ItemId.safeParse(number).success ? number : `REQ-${index + 1}`;
    while (used.has(id)) id = `${id}-${index + 1}`;
    used.add(id);
    requirement.id = id;
  });
}
