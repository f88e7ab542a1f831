import { describe, expect, it } from 'vitest';
import { answerFindingMessage, checkAnswers } from '../../../shared/response/answer-checks';
import { goodAnswers, smallTender } from '../../support/supplier-responses';

describe('answer checks', () => {
  it('finds nothing binding wrong in good answers, and notes the attachment asked for', () => {
    const findings = checkAnswers({ specification: smallTender(), answers: goodAnswers() });
    expect(findings).toEqual([{ kind: 'attachment-missing', requirementId: 'R5', fileName: null }]);
  });

  it('puts a mandatory "no" and an unanswered mandatory requirement first, then a value out of range', () => {
    const answers = { ...goodAnswers(), R1: { kind: 'yes-no' as const, value: false }, R3: { kind: 'number' as const, value: 97, unit: '%' } };
    delete (answers as Record<string, unknown>)['R2'];
    const findings = checkAnswers({ specification: smallTender(), answers, attachedFiles: new Set() });
    expect(findings.map((finding) => finding.kind)).toEqual(['mandatory-not-met', 'mandatory-unanswered', 'attachment-missing', 'value-out-of-range']);
  });

  it('says "does not comply" and names an attachment named but not attached', () => {
    const answers = { ...goodAnswers(), R2: { kind: 'compliance' as const, complies: 'no' as const }, R5: { kind: 'attachment' as const, file: { fileName: 'pentest.pdf', sha256: 'a'.repeat(64) } } };
    const findings = checkAnswers({ specification: smallTender(), answers, attachedFiles: new Set(['other.pdf']) });
    expect(findings).toEqual([
      { kind: 'mandatory-not-met', requirementId: 'R2', answer: 'does-not-comply' },
      { kind: 'attachment-missing', requirementId: 'R5', fileName: 'pentest.pdf' },
    ]);
  });

  it('words each finding in Swedish, Norwegian and English, with numbers per locale', () => {
    const finding = { kind: 'value-out-of-range' as const, requirementId: 'R3', value: 97.5, min: 99, max: 100 };
    expect(answerFindingMessage(finding, 'sv', 'K3')).toBe('K3: värdet 97,5 ligger utanför det tillåtna (mellan 99 och 100).');
    expect(answerFindingMessage(finding, 'nb', 'K3')).toBe('K3: verdien 97,5 ligger utenfor det tillatte (mellom 99 og 100).');
    expect(answerFindingMessage(finding, 'en', 'K3')).toBe('K3: the value 97.5 is outside what is allowed (between 99 and 100).');
    expect(answerFindingMessage({ kind: 'mandatory-not-met', requirementId: 'R1', answer: 'no' }, 'sv')).toBe('R1 är ett ska-krav och besvaras med ”nej”: anbudet kan förkastas.');
  });
});
