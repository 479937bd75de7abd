import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';
import { exchangeTickerAfter } from '../../../../../src/core/detect/people/tickerLists';
import { andCoAfter } from '../../../../../src/core/detect/people/drugMakers';

// Made-up sentences of pharma and biotech news (pharma pass): listed drugmakers named like people, conditions written
// in capitals, a trade's noun after a wire's dateline.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: pharma and biotech pages', () => {
  it('reads an exchange and its ticker in brackets after a name as a listed firm', () => {
    assert.ok(exchangeTickerAfter('Harlan Voss (NYSE:HVS) rose.', 'Harlan Voss'.length));
    assert.ok(exchangeTickerAfter('Marta Quell (OTC: MQLLY) fell.', 'Marta Quell'.length));
    assert.ok(exchangeTickerAfter('Orrin Dale (Nasdaq: ODL.B) said.', 'Orrin Dale'.length));
    // a party's letters or a bare ticker are no exchange's
    assert.ok(!exchangeTickerAfter('Ana Ruiz (DLP) voted.', 'Ana Ruiz'.length));
    assert.ok(!exchangeTickerAfter('Ana Ruiz (D-Ohio) voted.', 'Ana Ruiz'.length));
    const text = 'Harlan Voss (NYSE:HVS) and Marta Quell (OTC:MQLLY) await a ruling on their blood thinner.';
    assert.deepEqual(names(text), []);
    // a person beside them stays
    assert.deepEqual(names('Analyst Tom Brill said Harlan Voss (NYSE:HVS) would gain.'), ['Tom Brill']);
  });

  it('reads " and Co.\'s" before a listed firm\'s figures as the firm\'s', () => {
    assert.ok(andCoAfter('Harlan Voss and Co.\'s second-quarter earnings rose.', 'Harlan Voss'.length));
    assert.ok(andCoAfter('Harlan Voss and Co\'s shares fell.', 'Harlan Voss'.length));
    // a band's or a side's "and Co.'s" before anything else is not
    assert.ok(!andCoAfter('Tallis and Co.\'s hopes faded.', 'Tallis'.length));
    assert.deepEqual(names('Harlan Voss and Co.\'s second-quarter earnings beat estimates, chief executive Dan Ricks said.'), ['Dan Ricks']);
  });

  it('reads a condition\'s name in capitals as no person', () => {
    assert.deepEqual(names('The agency approved the pill for treatment of Heart Failure on May 26.'), []);
    assert.deepEqual(names('The drug is approved for adults with Cystic Fibrosis and Muscular Dystrophy.'), []);
    assert.deepEqual(names('A decision on the eye drug for Geographic Atrophy is due, said Lena Frost.'), ['Lena Frost']);
  });

  it('reads a trade\'s noun after a wire\'s dateline as no part of the name', () => {
    assert.deepEqual(names('WASHINGTON (AP) Drugmaker Harlan Voss asked regulators on Thursday to approve a booster.'), []);
    assert.deepEqual(names('BOSTON (AP) — Chipmaker Velmora Dunn said on Monday it would cut 200 jobs.'), []);
  });
});

describe('people: pharma pages, a listed drugmaker before what it sells', () => {
  it('reads a ticker after a name\'s \'s before a brand, not a party\'s letters before an office', () => {
    assert.deepEqual(names('Trials showed that rival Harlan Voss’s (HVS) Velquro and Dormiva work better.'), []);
    assert.deepEqual(names('Ana Ruiz\'s (DLP) government fell on Tuesday.'), ['Ana Ruiz']);
  });

  it('reads a place\'s "-based" right before a full name as a firm\'s, not one with a noun between', () => {
    assert.deepEqual(names('Sales lifted Indianapolis-based Harlan Voss and Co. to a better quarter.'), []);
    assert.deepEqual(names('London-based painter Ada Quill said she would finish the mural.'), ['Ada Quill']);
  });

  it('reads a treatment\'s brand after a name\'s \'s as the maker\'s, not a patient\'s treatment on a weekday', () => {
    assert.deepEqual(names('Harlan Voss’s diabetes treatment Velquro earned $1 billion in the quarter.'), []);
    assert.deepEqual(names('Marta Quell\'s cancer treatment Monday went well, her husband said.'), ['Marta Quell']);
    assert.deepEqual(names('Approvals of Harlan Voss\'s blockbuster immunotherapy, Dormiva, heat up the market.'), []);
  });
});
