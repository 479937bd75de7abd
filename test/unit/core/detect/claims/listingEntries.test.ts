import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { readSignals } from '../../../../../src/core/detect/claims/cues';
import { isListingEntry } from '../../../../../src/core/detect/claims/listingEntries';

const entry = (line: string) => isListingEntry(line, readSignals(line));

// A listings page's entries (listings pass, 6 December): made-up events, places and numbers.
describe('claims: the entries of a listings page', () => {
  it('knows an entry by its time, price, phone or address after a name, with no verb', () => {
    for (const line of ['Chess Club, 10 a.m. to 12:30 p.m., Ada Hale Community Hall, 14 Orchard F. Lane.',
      'Quiz Night: 7 p.m.; The Anchor Inn, 4 Quay Road, Portvale.', 'Saturday 8 p.m. Corn Exchange, 9 Mill St. $12-$14.',
      '$3 entry fee.', '(Jo Bell), 9 p.m., $8 ADV, $10 DOS.', 'Information at 555-014-2233, desk@harbourhall.org.',
      'Ages 2 to 30 months.', 'When: 5:00 p.m.-9:00 p.m.', 'Weekend tickets from £95.',
      'July 4-6, day tickets from £40, Mill Meadow, Portvale, millmeadowfest.example.co.uk',
      'Elm Branch Library, 20 Birch St.; open 9 a.m. to 5 p.m. Monday; contact 555-014-9911.',
      'Craft Hour: 3:30-4:30 p.m.; Elm Branch Library, 20 Birch St. Paper and glue crafts; ages 5-9.'])
      assert.ok(entry(line), line);
  });

  it('leaves sentences with figures alone: a subject and its verb, a big sum, a timeline\'s news', () => {
    for (const line of ['The library lent 40,000 books last year.', 'Tickets rose to $25 from $18.',
      'Polls open at 7 a.m. on Tuesday.', 'Jo Bell, of 12 Elm St., faces charges of theft.',
      '9:40 p.m. ET - Senate passes the budget bill 70-28.', '10:05pm: Governor Hale gave a speech in Portvale.',
      'Free $100 Harbour Mall Gift Card Scam', 'Clinic Buys $2 Million Site on 4 Elm St.',
      'Then on Tuesday at 2 p.m. we’ll hear from the mayor.', 'And the $650 isn’t counted.', 'Tickets cost $1,200.',
      'Tuesday May 4 5:08 PM ET Harbour Foods Reports Loss', 'FLOOD WATCH IN EFFECT FROM 10 P.M. TUESDAY'])
      assert.ok(!entry(line), line);
  });

  it('scores an entry 0 and the story\'s claim as before', () => {
    const text = 'Chess Club, 10 a.m. to 12:30 p.m., Ada Hale Community Hall, 14 Orchard Lane.\n$3 entry fee.\n'
      + 'The club raised $4,000 for the hall last year.';
    const scores = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(scores.get('Chess Club, 10 a.m. to 12:30 p.m., Ada Hale Community Hall, 14 Orchard Lane.'), 0);
    assert.equal(scores.get('$3 entry fee.'), 0);
    assert.ok((scores.get('The club raised $4,000 for the hall last year.') ?? 0) > 0.5);
  });
});
