import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences of entertainment news: "late-night" as a kind of television is no time of a night.
const found = (text: string, ref = '2026-03-12') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: "late-night" television', () => {
  it('is no time before a show, a host, a career or a slot', () => {
    assert.deepEqual(found('Orrin Tabb built her late-night career on cable.'), []);
    assert.deepEqual(found('The network cancelled its late-night talk show after a decade.'), ['a decade=P10Y']);
    assert.deepEqual(found('She joked about it on late night TV.'), []);
    assert.deepEqual(found('Ratings for the late-night (and weekend) shows fell.'), []);
    assert.deepEqual(found('It was the most-watched late-night exit in years.'), ['years=PXY']);
  });

  it('is no time as the trade a host works in, where the sentence names television', () => {
    assert.deepEqual(found('After 30 years in late night, the host said goodbye on the network.'), ['30 years=P30Y']);
    // (with no television in the sentence it stays a time)
    assert.deepEqual(found('The rain started in late night, the police said.').length, 1);
  });

  it('keeps a late-night meeting, vote or raid a time of the night', () => {
    assert.deepEqual(found('The council held a late-night meeting on Tuesday.'), ['late-night=2026-03-12TNI', 'Tuesday=2026-03-10']);
    assert.deepEqual(found('Senators passed the bill in a late-night vote.'), ['late-night=2026-03-12TNI']);
  });
});

describe('dates: "Today" or "Tonight" before a capitalised noun of a name', () => {
  it('is a show\'s or a group\'s word ("her Tonight Show clips", "the Gulf Today Group")', () => {
    assert.deepEqual(found('Fans shared her Tonight Show clips on the bus.'), []);
    assert.deepEqual(found('The news site is owned by the Gulf Today Media Group, based in Dubai.'), []);
    // (alone, it is the day)
    assert.deepEqual(found('Fans shared the clips today.'), ['today=2026-03-12']);
  });
});
