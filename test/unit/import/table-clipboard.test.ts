/**
 * Rows pasted into the Requirements step: cells from a Word table (its
 * paragraphs one line each), tab-separated text from Excel, with or without
 * a header row; added to a section as one edit.
 */
import { describe, expect, it } from 'vitest';
import { addPastedRequirements, requirementsFromClipboard } from '../../../shared/import/table';
import { createSpecification } from '../../../shared/specification/create';
import { Specification } from '../../../shared/specification/model';

describe('requirements from the clipboard', () => {
  it('reads a Word table whose cells hold several paragraphs, with its header', () => {
    const rows = [
      ['Nr.', 'Krav', 'Type', 'Krav til besvarelse'],
      ['1.1', 'Løsningen skal støtte:\n·  ID-porten\n·  BankID', 'A', 'Beskriv innloggingen.'],
      ['1.2', 'Løsningen bør ha mørkt tema.', 'V', ''],
    ];
    const { requirements, notices } = requirementsFromClipboard({ kind: 'cells', rows }, 'nb');
    expect(notices).toEqual([]);
    expect(requirements.map((requirement) => [requirement.fixedNumber, requirement.text.nb, requirement.obligation, requirement.responseInstruction?.nb])).toEqual([
      ['1.1', 'Løsningen skal støtte:\n\n- ID-porten\n- BankID', 'mandatory', 'Beskriv innloggingen.'],
      ['1.2', 'Løsningen bør ha mørkt tema.', 'evaluated', undefined],
    ]);
  });

  it('reads tab-separated rows from Excel without a header, a quoted cell with a line break included', () => {
    const text = 'K1\t"Systemet ska logga åtkomst\nper användare"\tSka\r\nK2\tSystemet bör visa historik\tBör\r\nK3\tExport till PDF\tAV\r\n';
    const { requirements } = requirementsFromClipboard({ kind: 'text', text }, 'sv');
    expect(requirements.map((requirement) => [requirement.fixedNumber, requirement.text.sv, requirement.obligation])).toEqual([
      ['K1', 'Systemet ska logga åtkomst\n\nper användare', 'mandatory'],
      ['K2', 'Systemet bör visa historik', 'evaluated'],
      ['K3', 'Export till PDF', 'minimum-and-evaluated'],
    ]);
  });

  it('takes plain lines as requirements, their obligation from the wording, and lists rows it cannot read', () => {
    const { requirements, notices } = requirementsFromClipboard({ kind: 'text', text: 'The service shall log in users.\nThe service should export data.\n' }, 'en');
    expect(requirements.map((requirement) => requirement.obligation)).toEqual(['mandatory', 'evaluated']);
    expect(notices).toEqual([]);
    const unread = requirementsFromClipboard({ kind: 'cells', rows: [['ID', 'Requirement', 'Type'], ['R1', 'Dark theme', '?'], ['R2', 'The service shall log', 'A']] }, 'en');
    expect(unread.requirements).toHaveLength(1);
    expect(unread.notices).toEqual([{ place: 'row 2', at: { kind: 'row', row: 2 }, code: 'obligation-not-imported', values: { obligation: '?' }, reason: 'The obligation "?" is not one we know and the text has no ska/skal/shall: not imported.', text: 'Dark theme' }]);
  });

  it('adds the pasted requirements at the end of the section, in order, in one edit', () => {
    const base = createSpecification({ id: '6f1c2a52-4a8e-4a55-9d61-3b0f0c6f4e10', title: 'T', jurisdiction: 'se', languages: ['sv', 'en'], primaryLanguage: 'sv', now: new Date('2026-12-07T12:00:00Z') });
    const spec: Specification = { ...base, sections: [{ id: 's1', parentId: null, order: 0, title: { sv: 'Krav' } }] };
    const { requirements } = requirementsFromClipboard({ kind: 'text', text: 'K1\tSystemet ska logga\tA\nK2\tSystemet bör visa\tV\n' }, 'sv');
    const first = addPastedRequirements(spec, 's1', requirements);
    expect(first.ids).toEqual(['own-1', 'own-2']);
    const second = addPastedRequirements(first.specification, 's1', requirements);
    expect(second.ids).toEqual(['own-3', 'own-4']);
    const result = Specification.parse(second.specification);
    expect(result.requirements.map((requirement) => [requirement.id, requirement.order, requirement.fixedNumber ?? null, requirement.text])).toEqual([
      ['own-1', 0, 'K1', { sv: 'Systemet ska logga', en: '' }],
      ['own-2', 1, 'K2', { sv: 'Systemet bör visa', en: '' }],
      ['own-3', 2, null, { sv: 'Systemet ska logga', en: '' }],
      ['own-4', 3, null, { sv: 'Systemet bör visa', en: '' }],
    ]);
  });
});
