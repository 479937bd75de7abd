import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// Made-up press releases and the news written from them (press pass): legal forms, credentials, trade terms, a
// release's dateline place, a headline's name and a firm "now owned by" another.
describe('people in press releases', () => {
  it('finds no person in a championship named "All-" and a capital, nor in the mentions linked to it', () => {
    const found = texts("It's All-Connacht Football final week as Galway and Sligo fans gear up for Sunday. Our correspondent "
      + 'Ciara Dolan explained where the tickets go.\n\nThe All-Connacht final is sold out, said Sean Tully.');
    assert.deepEqual(found, ['Ciara Dolan', 'Sean Tully']);
  });

  it('finds no person in a legal form cut at its particle, a credential or an initialism glued to "&"', () => {
    const found = texts('Grupo Torrena, S.A.B. de C.V. (BMV: TORR) today paid a dividend, said Lucia Marrero.\n\n'
      + 'Jon A. Wendrick, R.Ph., president of Osk Labs, announced today that the drug is sold out.\n\n'
      + 'Agency Gives $9M for Tidewave R&D Projects\n\nThe fund grew, said Tomas Brill.\n');
    assert.deepEqual(found, ['Lucia Marrero', 'Jon A. Wendrick', 'Tomas Brill']);
    // (a singer's short name keeps its point: "J.Lo")
    assert.deepEqual(texts('Fans cheered when J.Lo sang at the port on Friday.'), ['J.Lo']);
  });

  it('reads a release\'s dateline place in title case as the place it is', () => {
    const text = 'FOR IMMEDIATE RELEASE\nORBIS NAMES LEE MARSH VICE PRESIDENT OF SALES; DANA ORR RESIGNS AS CHIEF FINANCIAL OFFICER\n'
      + 'Ashborough, MA, October 27, 2003 — Orbis Corporation (Nasdaq:ORBX) announced today that Lee Marsh has been named '
      + 'vice president of sales. Mr. Marsh brings more than 20 years of experience.\n';
    assert.ok(!texts(text).includes('Ashborough'), texts(text).join(', '));
  });

  it('joins a headline\'s name written in capitals or without the middle initial the body gives', () => {
    const caps = 'ORBIS CORP. NAMES BRETT A. HOLLOWAY CHAIRMAN\n\nOrbis Corp. said that Brett A. Holloway is chairman. Brett has led its board since 2010.\n';
    assert.ok(texts(caps).includes('BRETT A. HOLLOWAY'), texts(caps).join(', '));
    const bare = 'Orbis Labs Appoints Dana Kettleby as Interim Chief Executive Officer\n\nOrbis Labs said that Dana W. Kettleby is interim chief.\n';
    assert.ok(texts(bare).includes('Dana Kettleby'), texts(bare).join(', '));
  });

  it('reads a name "now owned by" a bank as a firm\'s, in every mention', () => {
    const text = 'Bond insurer sues\n\nThe insurer said it lost money because of Hallam Pryce.\n\n'
      + 'Hallam Pryce, now owned by Orbis Bank Corp., sold the bonds to clients.\n\nHallam Pryce declined comment. Jo Bell, a trader, said the deal was poor.\n';
    assert.deepEqual(texts(text), ['Jo Bell']);
  });
});
