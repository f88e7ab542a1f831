import type { Procurement } from '../../../../shared/specification/model';
import type { DocumentEditor } from '../../open-document/useDocumentEditor';

export type ProcurementEdit = (group: string, change: (procurement: Procurement) => Procurement) => void;

/** Edits the procurement part of the document; `group` names the field, so typing in it is one undo step. */
export function procurementEdit(editor: DocumentEditor): ProcurementEdit {
  return (group, change) => editor.edit(`procurement.${group}`, (spec) => ({ ...spec, procurement: change(spec.procurement) }));
}

/** An object without the optional key when the value is null (the schema has no nulls there). */
export function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | null): T {
  if (value !== null && value !== undefined) return { ...item, [key]: value };
  return Object.fromEntries(Object.entries(item).filter(([name]) => name !== key)) as T;
}
