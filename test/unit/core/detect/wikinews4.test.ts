import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/detect/analyze';
import { detectDates } from '../../../../src/core/detect/dates';
import { isSiteChrome } from '../../../../src/core/detect/claims/siteChrome';
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
    assert.deepEqual(units('May 16, 2007 The Harbor Corporation said it will buy Osk Ferries.'),
      ['May 16, 2007 The Harbor Corporation said it will buy Osk Ferries.']);
  });

  it('keeps the stories of a list of dated teasers as claims, without their date lines', () => {
    const page = 'Blog\n\nWednesday, May 16, 2007 The Harbor Corporation announced Tuesday that it has agreed to buy two rival firms for $40 million.\n\n'
      + 'Read more\n\nWednesday, February 12, 2014 State news today declared the rover damaged beyond repair after 40 days.\n\nRead more\n';
    assert.deepEqual(claims(page), ['The Harbor Corporation announced Tuesday that it has agreed to buy two rival firms for $40 million.',
      'State news today declared the rover damaged beyond repair after 40 days.']);
  });

  it('knows a fuller story\'s link and an issue\'s list of contents', () => {
    for (const line of ['Full report: Osk ferry captain sentenced', 'Full story: Port strike ends', 'In the current issue: Editor\'s note · Featured content · Shorts',
      'In this issue: Budget row · Tram delays']) assert.ok(isSiteChrome(line), line);
    for (const line of ['The full report: was never published by the port.', 'In the current year the port moved 4 million tonnes.']) assert.ok(!isSiteChrome(line), line);
  });

  it('reads a dotted clock time with its zone ("02.00 local time (03.00 UTC)"), not a length in hours', () => {
    assert.deepEqual(detectDates('Evacuations began at about 02.00 local time (03.00 UTC) today.', '2010-04-14').map(d => [d.text, d.value]),
      [['02.00 local time', '2010-04-14T02:00'], ['03.00 UTC', '2010-04-14T03:00'], ['today', '2010-04-14']]);
    assert.ok(!detectDates('The drill lasted 02.30 hours.', '2010-04-14').some(d => d.type === 'TIME'));
  });
});
