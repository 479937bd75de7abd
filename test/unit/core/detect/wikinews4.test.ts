import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/detect/analyze';
import { detectPeople } from '../../../../src/core/detect/people';
import { detectDates } from '../../../../src/core/detect/dates';
import { isSiteChrome } from '../../../../src/core/detect/claims/siteChrome';
import { isPageNotice } from '../../../../src/core/detect/claims/pageNotices';
import { splitSentences } from '../../../../src/core/text/sentences';

// Pages in the manner of Wikinews and its mirrors as a reader pastes them (made up: places, firms and people invented):
// what the fourth Wikinews pass found left.
const units = (text: string) => splitSentences(text).map(s => s.text);
const claims = (text: string) => analyze(text).claims.map(c => c.text);

describe('Wikinews pages (fourth pass)', () => {
  it('sets a date line run into its story\'s first sentence apart from the sentence', () => {
    assert.deepEqual(units('Wednesday, May 16, 2007 The Harbor Corporation said Tuesday it will buy Osk Ferries.'),
      ['Wednesday, May 16, 2007', 'The Harbor Corporation said Tuesday it will buy Osk Ferries.']);
    // glued to the capital after it, as a copy that lost the line break writes it
    assert.deepEqual(units('March 4, 2008The port authority approved a new quay.'),
      ['March 4, 2008', 'The port authority approved a new quay.']);
    // a sentence that opens with its date, and a date without its weekday before a blank, stay whole
    assert.deepEqual(units('May 16, 2007 was the day the ferry sank.'), ['May 16, 2007 was the day the ferry sank.']);
    // without its weekday, before a sentence's capitalised first word and a small one
    assert.deepEqual(units('January 24, 2005 In the north of the valley, snow closed the pass.'),
      ['January 24, 2005', 'In the north of the valley, snow closed the pass.']);
    assert.deepEqual(units('May 16, 2007 Harbor Corporation Results'), ['May 16, 2007 Harbor Corporation Results']);
    // after another sentence of its block, as a list of stories run together writes it
    assert.deepEqual(units('See the page for details. Monday, October 30, 2006 On November 13, voters in Osk elect a mayor.'),
      ['See the page for details.', 'Monday, October 30, 2006', 'On November 13, voters in Osk elect a mayor.']);
  });

  it('keeps the stories of a list of dated teasers as claims, without their date lines', () => {
    const page = 'Blog\n\nWednesday, May 16, 2007 The Harbor Corporation announced Tuesday that it has agreed to buy two rival firms for $40 million.\n\n'
      + 'Read more\n\nWednesday, February 12, 2014 State news today declared the rover damaged beyond repair after 40 days.\n\nRead more\n';
    assert.deepEqual(claims(page), ['The Harbor Corporation announced Tuesday that it has agreed to buy two rival firms for $40 million.',
      'State news today declared the rover damaged beyond repair after 40 days.']);
  });

  it('takes a national branch or an NGO named so for no person, nor its short form', () => {
    const people = (text: string) => detectPeople(text).map(p => p.text);
    assert.deepEqual(people('The court lifted its injunction against Harbourwiki Deutschland. The chairman of Harbourwiki Deutschland, Kurt Vell, said they are happy.'),
      ['Kurt Vell']);
    assert.deepEqual(people('Ines Mora interviewed Jon Bals from the German NGO Klimawacht on the outcome. Jon is a director of Klimawacht.'),
      ['Ines Mora', 'Jon Bals', 'Jon']);
    // a person's name with a country's English name stays a person's
    assert.deepEqual(people('The novelist Anatole France wrote it.'), ['Anatole France']);
  });

  it('does not run a name across a line break into a short label line ("… Osk, Harbournews⏎Subscribe to:")', () => {
    const people = (text: string) => detectPeople(text).map(p => p.text);
    const page = 'Posted by Ines Mora at 9:56 AM. The reporter said the trip was long and the roads were closed by the snow, Harbournews\nSubscribe to:\nPost Comments\n';
    assert.ok(!people(page).some(p => p.includes('Subscribe')), people(page).join('|'));
  });

  it('knows a fuller story\'s link and an issue\'s list of contents', () => {
    for (const line of ['Full report: Osk ferry captain sentenced', 'Full story: Port strike ends', 'In the current issue: Editor\'s note · Featured content · Shorts',
      'In this issue: Budget row · Tram delays']) assert.ok(isSiteChrome(line), line);
    for (const line of ['The full report: was never published by the port.', 'In the current year the port moved 4 million tonnes.']) assert.ok(!isSiteChrome(line), line);
  });

  it('knows a blog post\'s tags and a wiki page\'s notes on how a story was made or reviewed', () => {
    assert.ok(isSiteChrome('Labels: Osk, floods and storms, original reporting, Harbournews'));
    for (const line of ['This article features first-hand journalism by Harbournews members.',
      'This exclusive interview features first-hand journalism by a Harbournews reporter.',
      'This article requires pre-publication review by an uninvolved reviewer (one not substantially involved in writing the article).']) assert.ok(isPageNotice(line), line);
    for (const line of ['This article features an interview with the mayor of Osk.', 'The labels on the crates were changed in 2019.',
      'This article requires a correction, the council said on Monday.']) assert.ok(!isPageNotice(line) && !isSiteChrome(line), line);
  });

  it('reads a dotted clock time with its zone ("02.00 local time (03.00 UTC)"), not a length in hours', () => {
    assert.deepEqual(detectDates('Evacuations began at about 02.00 local time (03.00 UTC) today.', '2010-04-14').map(d => [d.text, d.value]),
      // ("about" read with it, as with a colon's clock: "about 02:00 local time")
      [['about 02.00 local time', '2010-04-14T02:00'], ['03.00 UTC', '2010-04-14T03:00'], ['today', '2010-04-14']]);
    assert.ok(!detectDates('The drill lasted 02.30 hours.', '2010-04-14').some(d => d.type === 'TIME'));
  });
});
