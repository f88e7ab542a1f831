/**
 * The simulator's checks and figures in words, in the user's language, with
 * money, points and percentages written the language's way. The Evaluation
 * step and the command line say the same thing.
 */
import { catalogues, lookup } from '../i18n/catalogues';
import { formatMoney, formatPercent, formatPoints } from '../format/numbers';
import { localeOf, type UiLanguage } from '../languages';
import type { ItemRef, SimulationCheck, SweepSwitch } from './checks';
import { toHundredths, toOre, type Exact } from './exact';
import type { ImpliedPointPrice } from './implied-price';
import type { EvaluationSetup, SimulationModel } from './setup';

export interface MessageContext {
  language: UiLanguage;
  /** The procurement's currency (ISO 4217). */
  currency: string;
}

export function simulatorText(language: UiLanguage, key: string, values: Record<string, string> = {}): string {
  return lookup(catalogues[language], `steps.simulator.${key}`, values);
}

/** Money to the öre/øre, the language's way. */
export function moneyText(value: Exact, context: MessageContext): string {
  return formatMoney(Number(toOre(value)), context.currency, context.language);
}

/** Points with two decimals, the language's way. */
export function pointsText(value: Exact, language: UiLanguage): string {
  return formatPoints(Number(toHundredths(value)), language);
}

export function percentText(value: Exact, language: UiLanguage): string {
  return formatPercent(Number(toHundredths(value)), language);
}

export function modelName(model: SimulationModel, language: UiLanguage): string {
  return simulatorText(language, `model.${model}`);
}

function list(names: readonly string[], language: UiLanguage): string {
  return new Intl.ListFormat(localeOf[language], { type: 'conjunction' }).format(names);
}

const order = (bids: readonly { name: string }[]): string => bids.map((bid) => bid.name).join(' › ');

function itemName(item: ItemRef | null, language: UiLanguage): string {
  return item === null ? simulatorText(language, 'priceWeight') : item.name;
}

function switchText(point: SweepSwitch, subject: 'weight' | 'amount', context: MessageContext): string {
  const at = subject === 'weight' ? percentText(point.at, context.language) : moneyText(point.at, context);
  return simulatorText(context.language, 'check.switchPoint', { at, from: point.from.name, to: point.to.name });
}

/** One check as a sentence with its figures. */
export function checkMessage(check: SimulationCheck, setup: EvaluationSetup, context: MessageContext): string {
  const { language } = context;
  const say = (key: string, values: Record<string, string>): string => simulatorText(language, `check.${key}`, values);
  const money = (value: Exact): string => moneyText(value, context);
  switch (check.kind) {
    case 'rank-reversal':
      return say(check.winnerChanges ? 'rankReversal' : 'rankReversalBelow', { bid: check.decidingBid.name, with: order(check.orderWith), without: order(check.orderWithout) });
    case 'break-even':
      if (check.subject === 'price') return say('breakEvenPrice', { bid: check.bid.name, price: money(check.breakEvenPrice), current: money(check.price), winner: check.winner.name });
      return say(check.subject === 'weight' ? 'breakEvenWeight' : 'breakEvenAmount', {
        item: itemName(check.item, language),
        current: check.subject === 'weight' ? percentText(check.current, language) : money(check.current),
        points: check.switches.map((point) => switchText(point, check.subject, context)).join('; '),
      });
    case 'sensitivity': {
      const values = { bid: check.bid.name, item: check.item.name, from: pointsTextPlain(check.from, language), to: pointsTextPlain(check.to, language), winner: check.winner.name };
      return check.newWinner === null ? say('sensitivityTie', values) : say('sensitivity', { ...values, newWinner: check.newWinner.name });
    }
    case 'price-cannot-matter':
      return setup.model === 'deduction' || setup.model === 'addition'
        ? say('priceCannotMatterMoney', { bid: check.bid.name, winner: check.winner.name, lead: money(check.lead), most: money(check.mostFromPrice) })
        : say('priceCannotMatterPoints', { bid: check.bid.name, winner: check.winner.name, lead: pointsText(check.lead, language), most: pointsText(check.mostFromPrice, language) });
    case 'price-floor':
      return say('priceFloor', { cap: money(check.cap), bids: list(check.bids.map((bid) => bid.name), language) });
    case 'negative-points':
      return check.of === 'price-points'
        ? say('negativePricePoints', { bid: check.bid.name, value: pointsText(check.value, language) })
        : say('negativeComparisonPrice', { bid: check.bid.name, value: money(check.value) });
    case 'weights':
      return say('weights', { sum: percentText(check.sumPercent, language) });
  }
}

/** A score as typed: up to two decimals, no trailing zeros. */
function pointsTextPlain(value: Exact, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: 2 }).format(Number(toHundredths(value)));
}

/** What one point on an item is worth, in words. */
export function impliedPriceMessage(implied: ImpliedPointPrice, itemNameText: string, context: MessageContext): string {
  if (implied.atLowestPrice === null) return simulatorText(context.language, 'implied.priceless', { item: itemNameText });
  return simulatorText(context.language, 'implied.value', { item: itemNameText, value: moneyText(implied.atLowestPrice, context) });
}
