/**
 * What evaluating supplier responses costs (issue 19): 20 `.kravsvar` files
 * answering every requirement of a 1,000-requirement specification, read
 * from their bytes (zip, JSON pipeline, attachment hashes) and evaluated
 * (fingerprint, conformance, binding requirements, points, ranking), against
 * parsing the same files alone in the same run. Budget: evaluating ≤ 1 s.
 */
import { test } from 'vitest';
import type { Answer } from '../../shared/response/answers';
import { evaluateResponses } from '../../shared/response/evaluate';
import { sha256Hex } from '../../shared/response/fingerprint';
import { readResponseBytes, writeResponseBytes } from '../../shared/response/package';
import { parseSpecificationBytes, serializeSpecification } from '../../shared/specification/document-file';
import { isBinding, type Requirement } from '../../shared/specification/model';
import { makeLargeSpecification } from '../support/large-specification';
import { responseTo } from '../support/supplier-responses';
import { recordComparison, toCase } from './record';

const requirementCount = 1000;
const responseCount = 20;
const time = 2000;
const evidence = new TextEncoder().encode('%PDF-1.7 evidence');

function answerTo(requirement: Requirement, supplier: number): Answer {
  const type = requirement.answerType;
  switch (type.kind) {
    case 'yes-no':
    case 'confirmation':
      // Suppliers differ on evaluated requirements only, so that every one qualifies and is ranked.
      return { kind: 'yes-no', value: isBinding(requirement.obligation) || (supplier + requirement.order) % 7 !== 0 };
    case 'compliance':
      return { kind: 'compliance', complies: 'yes' };
    case 'number':
      return { kind: 'number', value: type.min ?? type.max ?? 1, unit: type.unit };
    case 'text':
      return { kind: 'text', text: 'Vi uppfyller kravet, se bilaga.'.slice(0, type.maxLength ?? 1000) };
    case 'choice':
      return { kind: 'choice', selected: type.options.slice(0, 1) };
    case 'date':
      return type.period ? { kind: 'date', from: '2027-01-01', to: '2027-12-31' } : { kind: 'date', from: '2027-01-01' };
    case 'attachment':
      return { kind: 'attachment', file: { fileName: `${requirement.id}.pdf`, sha256: sha256Hex(evidence) } };
  }
}

test('responses: evaluating 20 responses to a 1,000-requirement specification', { timeout: 600_000 }, async ({ bench }) => {
  const spec = makeLargeSpecification(requirementCount);
  const specBytes = new TextEncoder().encode(serializeSpecification(spec));
  const files = Array.from({ length: responseCount }, (_, supplier) => {
    const answers = Object.fromEntries(spec.requirements.map((requirement) => [requirement.id, answerTo(requirement, supplier)]));
    const attachments = new Map(Object.values(answers).flatMap((answer) => (answer.kind === 'attachment' ? [[answer.file.fileName, evidence] as const] : [])));
    return writeResponseBytes(responseTo(spec, `Leverantör ${supplier + 1}`, answers, 1_000_000 + supplier * 25_000), attachments);
  });

  const parse = (): ReturnType<typeof readResponseBytes>[] => {
    const read = parseSpecificationBytes(specBytes);
    if (!read.ok) throw new Error(read.problem.message);
    return files.map((bytes, index) => readResponseBytes(bytes, `r${index}.kravsvar`));
  };
  const parseOnly = 'parsing: the specification and the 20 .kravsvar files (zip, JSON, hashes)';
  const whole = 'evaluating: parsing + evaluateResponses (fingerprint, checks, points, ranking)';
  const evaluateOnly = 'evaluateResponses alone (responses in memory)';
  const parsed = parse().flatMap((result, index) => (result.ok ? [{ source: `r${index}`, response: result.response }] : []));
  if (parsed.length !== responseCount) throw new Error('a generated response does not read back');
  const check = evaluateResponses(spec, parsed);
  const unranked = check.suppliers.find((s) => s.rank === null);
  if (unranked !== undefined) throw new Error(`not ranked: ${unranked.flags.map((flag) => flag.message).join(' ')}`);

  const results = await bench.compare(
    bench(parseOnly, () => {
      parse();
    }),
    bench(whole, () => {
      const read = parse();
      evaluateResponses(spec, read.flatMap((result, index) => (result.ok ? [{ source: `r${index}`, response: result.response }] : [])));
    }),
    bench(evaluateOnly, () => {
      evaluateResponses(spec, parsed);
    }),
    { time },
  );
  await recordComparison('responses-evaluate', {
    title: `Evaluating ${responseCount} supplier responses to a ${requirementCount.toLocaleString('en')}-requirement specification`,
    baseline: parseOnly,
    cases: [toCase(results.get(parseOnly)), toCase(results.get(whole)), toCase(results.get(evaluateOnly))],
    budgets: { [whole]: '≤ 1 s (issue 19)' },
    extra: { responseBytes: files.reduce((sum, bytes) => sum + bytes.byteLength, 0) },
  });
});
