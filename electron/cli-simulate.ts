/**
 * `kravstudio simulate SPEC --bids BIDS.json`: the evaluation simulator on
 * the command line. Reads the fictitious bids (bounded, checked with zod and
 * against the specification's criteria and scales), runs the same engine as
 * the Evaluation step and prints the ranking, the winner under every model,
 * what a quality point is worth and every check — as text, or as JSON.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';
import { checkMessage, impliedPriceMessage, modelName, moneyText, pointsText, simulatorText, type MessageContext } from '../shared/evaluation/check-messages';
import { toHundredths } from '../shared/evaluation/exact';
import { bidInput, setupFromSpecification, simulationModels, type BidEntry, type EvaluationSetup, type SimulationModel } from '../shared/evaluation/setup';
import { simulate, type SimulationOutcome } from '../shared/evaluation/simulation';
import { readJsonBytes } from '../shared/file-reading/json-bytes';
import { documentIssuesFromZod, documentProblem, type DocumentIssue } from '../shared/file-reading/problem';
import type { ParseBudget } from '../shared/file-reading/budget';
import { isScored, maxSimulatedBids, type Specification } from '../shared/specification/model';
import { DocumentReadError } from './services/document-file';
import { readRegularFile } from './services/file-system';

/** A bids file is a few kilobytes; a megabyte is far beyond ten bids with twenty criteria. */
export const maxBidsFileBytes = 1024 * 1024;

const bidsBudget: ParseBudget = { maxValues: 50_000, maxListLength: 1_000, maxTextLength: 1_000, maxFields: 1_000 };

const twoDecimals = /^\d{1,13}(\.\d{1,2})?$/;

/** A price: a number or a decimal string, above 0, with at most two decimals. */
const BidPrice = z
  .union([z.number(), z.string()])
  .transform((value) => String(value).trim())
  .refine((value) => twoDecimals.test(value) && !new Decimal(value).isZero(), 'A price is a number above 0 with at most two decimals, such as 125000 or 99.50');

const BidLine = z
  .object({
    name: z.string().trim().min(1).max(200),
    price: BidPrice,
    scores: z.record(z.string().max(100), z.number().finite()).optional(),
    answers: z.record(z.string().max(100), z.boolean()).optional(),
  })
  .strict();

/** The bids file: 2–10 bids, each with a name, a price and scores per criterion (or answers per evaluated requirement). */
export const BidsFile = z.array(BidLine).min(2).max(maxSimulatedBids);
export type BidsFile = z.infer<typeof BidsFile>;

/** Reads and checks a bids file; a problem is thrown as a DocumentReadError naming the file, as a specification's would be. */
export async function readBidsFile(filePath: string): Promise<BidsFile> {
  const bytes = await readRegularFile(filePath, maxBidsFileBytes, (size) => new DocumentReadError(filePath, documentProblem('too-large', `The file is ${size} bytes, more than the ${maxBidsFileBytes} bytes a bids file may be.`)));
  const json = readJsonBytes(bytes, maxBidsFileBytes, 'a bids file', bidsBudget);
  if (!json.ok) throw new DocumentReadError(filePath, json.problem);
  const parsed = BidsFile.safeParse(json.value);
  if (!parsed.success) throw new DocumentReadError(filePath, documentProblem('invalid', 'The bids file is not a list of 2–10 bids with name, price and scores.', documentIssuesFromZod(parsed.error)));
  return parsed.data;
}

/** What in the bids does not fit the specification: unknown criteria or requirements, scores outside a scale. */
export function bidsProblems(bids: BidsFile, setup: EvaluationSetup, spec: Specification): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const scored = new Set(spec.requirements.filter((requirement) => isScored(requirement.obligation)).map((requirement) => requirement.id));
  bids.forEach((bid, index) => {
    for (const [id, score] of Object.entries(bid.scores ?? {})) {
      const item = setup.items.find((candidate) => candidate.id === id);
      if (item === undefined) issues.push({ path: `$[${index}].scores.${id}`, message: `No quality criterion "${id}" in the specification` });
      else if (item.scaleMin.gt(score) || item.scaleMax.lt(score)) issues.push({ path: `$[${index}].scores.${id}`, message: `${score} is outside the scale ${item.scaleMin.toString()}–${item.scaleMax.toString()}` });
    }
    for (const id of Object.keys(bid.answers ?? {})) {
      if (!scored.has(id)) issues.push({ path: `$[${index}].answers.${id}`, message: `No evaluated requirement "${id}" in the specification` });
    }
  });
  return issues;
}

/** The bids as the engine takes them; names on one line each. */
export function bidEntries(bids: BidsFile): BidEntry[] {
  return bids.map((bid, index) => ({ id: `bid-${index + 1}`, name: bid.name.replace(/\s+/g, ' '), price: bid.price, scores: bid.scores ?? {}, answers: bid.answers }));
}

export function runSimulation(spec: Specification, bids: BidsFile, model: SimulationModel | undefined): SimulationOutcome {
  const setup = setupFromSpecification(spec, model);
  return simulate(setup, bidEntries(bids).map((entry) => bidInput(setup, entry)));
}

export const SimulationModelOption = z.enum(simulationModels);

const figure = (value: Decimal): number => Number(toHundredths(value));

/** Figures for JSON: exact decimals become numbers with two decimals; everything else as it is. */
function jsonFigures(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return figure(value as Decimal);
  if (Array.isArray(value)) return value.map(jsonFigures);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, jsonFigures(entry)]));
  return value;
}

/** The outcome as the --json output: ranking, the winner under every model, the implied prices and the checks. */
export function simulationJson(outcome: SimulationOutcome, context: MessageContext): unknown {
  const { setup } = outcome;
  const names = new Map(setup.items.map((item) => [item.id, item.name]));
  return {
    model: setup.model,
    currency: context.currency,
    ranking: outcome.ranking.map(({ rank, result }) => ({
      name: result.name,
      rank,
      price: figure(result.price),
      ...(result.total !== null ? { total: figure(result.total), pricePoints: figure(result.pricePoints ?? result.total) } : {}),
      ...(result.comparisonPrice !== null ? { comparisonPrice: figure(result.comparisonPrice) } : {}),
    })),
    models: outcome.models.map((entry) => ({ model: entry.model, winner: entry.winner?.name ?? null })),
    impliedPointPrices: outcome.impliedPrices.map((implied) => ({
      criterionId: implied.itemId,
      name: names.get(implied.itemId) ?? implied.itemId,
      value: implied.atLowestPrice === null ? null : figure(implied.atLowestPrice),
    })),
    checks: outcome.checks.map((check) => ({ ...(jsonFigures(check) as Record<string, unknown>), kind: check.kind, message: checkMessage(check, setup, context) })),
  };
}

/** The outcome as text, one line per fact. */
export function simulationText(outcome: SimulationOutcome, context: MessageContext): string {
  const { setup } = outcome;
  const { language } = context;
  const say = (key: string, values: Record<string, string> = {}): string => simulatorText(language, `cli.${key}`, values);
  const lines: string[] = [say('rankingTitle', { model: modelName(setup.model, language) })];
  for (const { rank, result } of outcome.ranking) {
    const standing = result.total !== null ? say('points', { value: pointsText(result.total, language) }) : say('comparisonPrice', { value: moneyText(result.comparisonPrice ?? result.price, context) });
    lines.push(`  ${rank}. ${result.name}: ${standing} (${say('price', { value: moneyText(result.price, context) })})`);
  }
  lines.push('', say('modelsTitle'));
  for (const entry of outcome.models) lines.push(`  ${say('winnerUnder', { model: modelName(entry.model, language), winner: entry.winner?.name ?? simulatorText(language, 'tie') })}`);
  if (outcome.impliedPrices.length > 0) {
    lines.push('', say('impliedTitle', { model: modelName(setup.model, language) }));
    const names = new Map(setup.items.map((item) => [item.id, item.name]));
    for (const implied of outcome.impliedPrices) lines.push(`  ${impliedPriceMessage(implied, names.get(implied.itemId) ?? implied.itemId, context)}`);
  }
  lines.push('', say('checksTitle'));
  if (outcome.checks.length === 0) lines.push(`  ${say('noChecks')}`);
  for (const check of outcome.checks) lines.push(`  ${check.kind}: ${checkMessage(check, setup, context)}`);
  return `${lines.join('\n')}\n`;
}

