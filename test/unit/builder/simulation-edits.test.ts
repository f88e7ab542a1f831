import { describe, expect, it } from 'vitest';
import { addSimulatedBid, readBidPrice, readBidScore, removeSimulatedBid, setSimulatedBidName, setSimulatedBidPrice, setSimulatedBidScore } from '../../../shared/builder/simulation-edits';
import { Specification } from '../../../shared/specification/model';
import { loadFixture } from '../specification/fixtures';

describe('editing the saved simulation', () => {
  const spec = loadFixture('rich.kravspec');

  it('adds bids with ids of their own up to ten, and keeps at least two', () => {
    let edited = spec;
    for (let number = 1; number <= 12; number += 1) edited = addSimulatedBid(edited, `Bid ${number}`, '1000000');
    const bids = edited.evaluation.simulation?.bids ?? [];
    expect(bids.map((bid) => bid.id)).toEqual(Array.from({ length: 10 }, (_, index) => `bid-${index + 1}`));
    let fewer = edited;
    for (const bid of bids) fewer = removeSimulatedBid(fewer, bid.id);
    expect(fewer.evaluation.simulation?.bids.map((bid) => bid.id)).toEqual(['bid-9', 'bid-10']);
    // A removed id is used again for the next bid.
    expect(addSimulatedBid(fewer, 'New', '5').evaluation.simulation?.bids.at(-1)?.id).toBe('bid-1');
  });

  it('keeps prices to the öre as decimal strings, and the document stays valid', () => {
    let edited = addSimulatedBid(addSimulatedBid(spec, 'A', '1000000'), 'B', '1150000');
    edited = setSimulatedBidPrice(edited, 'bid-1', 99.5);
    edited = setSimulatedBidPrice(edited, 'bid-2', 1_250_000);
    edited = setSimulatedBidName(edited, 'bid-2', 'Anbud B');
    edited = setSimulatedBidScore(edited, 'bid-2', 'crit-funktion', 7.5);
    expect(edited.evaluation.simulation?.bids).toEqual([
      { id: 'bid-1', name: 'A', price: '99.50', scores: {} },
      { id: 'bid-2', name: 'Anbud B', price: '1250000', scores: { 'crit-funktion': 7.5 } },
    ]);
    expect(Specification.safeParse(edited).success).toBe(true);
  });

  it('reads prices and scores typed in the user\'s language', () => {
    expect(readBidPrice('1 250 000,50', 'sv')).toEqual({ ok: true, value: 1_250_000.5 });
    expect(readBidPrice('0', 'en')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(readBidPrice('abc', 'nb')).toEqual({ ok: false, problem: 'notANumber' });
    expect(readBidScore('7,5', 'sv', 0, 10)).toEqual({ ok: true, value: 7.5 });
    expect(readBidScore('11', 'en', 0, 10)).toEqual({ ok: false, problem: 'outOfRange' });
  });
});
