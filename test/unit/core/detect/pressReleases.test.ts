import assert from 'node:assert/strict';
import { referenceFor, statedDate } from '../../../../src/core/detect/reference';

// Made-up press releases as the wires and filings set them out (press pass): a release's own day, read where the
// wire's dashes are closed up, under a contact block or highlights, and where its dateline has no year.
const TODAY = '2026-12-01';

describe('the reference date of a press release', () => {
  it('reads the dateline whose wire stands in closed-up dashes', () => {
    const text = 'Harbor Mills Names Treasurer\nPORTVALE--(HARBOR WIRE)--March 3, 2016--Harbor Mills Inc. (NYSE: HMI) today named Jo Bell treasurer.\n';
    assert.equal(statedDate(text)?.date, '2016-03-03');
    // (the dashes closed up on the place's side only, or an open space after them: no such dateline)
    assert.equal(statedDate('Harbor Mills Names Treasurer\nPORTVALE--(HARBOR WIRE)--march 3, 2016 was cold.\n'), undefined);
  });

  it('reads it under a contact block, a letterhead copied cell by cell, or the release\'s highlights', () => {
    const contacts = [
      'Exhibit 99.1', 'Contact:', 'Dana Orr, Chief Financial Officer', 'Orbis Corp.', '(555) 010-2233',
      'Investor Relations:', 'Lee Marsh / Ana Ruiz', 'ir@orbis.example', 'ORBIS NAMES NEW CHAIRMAN',
      'HOLTON, Ore., May 22, 2007 — Orbis Corp. (NASDAQ: ORBX) today announced a new chairman.',
    ].join('\n');
    assert.equal(statedDate(contacts)?.date, '2007-05-22');
    const hyphen = contacts.replace('HOLTON, Ore., May 22, 2007 —', 'HOLTON - May 22, 2007 -');
    assert.equal(statedDate(hyphen)?.date, '2007-05-22');
    const letterhead = ['Exhibit 99.1', '|Department of Harbours', '|Office of the Secretary', '|12 Quay Street',
      '|www.harbours.example', '|FOR IMMEDIATE RELEASE', '|', 'CONTACT PRESS OFFICE', 'Wednesday, July 22, 2009',
      'Secretary names deputy', 'The secretary today named a deputy.'].join('\n');
    assert.equal(statedDate(letterhead)?.date, '2009-07-22');
    const highlights = ['Daily Markets', 'Continue to site', 'ADVERTISEMENT', 'Sign in to read more.', 'Register for free.',
      'Orbis Reports Third Quarter Results', '  • Revenue grew 12%', '  • Margins widened',
      'HOLTON, Oregon, Nov. 12, 2010 (ORBIS WIRE) -- Orbis Corp. reported results for the third quarter.'].join('\n');
    assert.equal(statedDate(highlights)?.date, '2010-11-12');
    // (past the first lines, a date in a sentence of prose is no dateline)
    const prose = ['Daily Markets', 'Continue to site', 'ADVERTISEMENT', 'Sign in to read more.', 'Register for free.',
      'Orbis Reports Third Quarter Results', 'The firm said on May 2, 2010 — a Sunday — that sales rose.'].join('\n');
    assert.equal(statedDate(prose), undefined);
  });

  it('gives a newswire dateline without its year the year its opening names most', () => {
    const text = 'HOLTON, Ore., Oct. 16 /Harbor Newswire/ -- The agency today cleared the 2009 strain test of Orbis '
      + 'Labs. The 2009 strain has spread since 2009, and Orbis has sold kits since 2004.\n';
    assert.deepEqual(referenceFor(text, { fileDate: '2026-11-02', today: TODAY }), { date: '2009-10-16', from: 'dateline' });
    // (an agency's dateline in brackets keeps the file's year: a history piece names many years)
    const agency = text.replace('/Harbor Newswire/ --', '(Harbor Wire) -');
    assert.deepEqual(referenceFor(agency, { fileDate: '2026-11-02', today: TODAY }), { date: '2026-10-16', from: 'dateline' });
    // (nor a year after the file's day)
    const ahead = 'HOLTON, Ore., Oct. 16 /Harbor Newswire/ -- Orbis will open a plant in 2030 and a second in 2030.\n';
    assert.deepEqual(referenceFor(ahead, { fileDate: '2026-11-02', today: TODAY }), { date: '2026-10-16', from: 'dateline' });
  });
});
