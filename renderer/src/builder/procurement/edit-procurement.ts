import { changeProcurement } from '../../../../shared/builder/procurement-edits';
import type { Procurement } from '../../../../shared/specification/model';
import type { DocumentEditor } from '../../open-document/useDocumentEditor';

export type ProcurementEdit = (group: string, change: (procurement: Procurement) => Procurement) => void;

/** Edits the procurement part of the document; `group` names the field, so typing in it is one undo step. */
export function procurementEdit(editor: DocumentEditor): ProcurementEdit {
  return (group, change) => editor.edit(`procurement.${group}`, (spec) => changeProcurement(spec, change));
}
