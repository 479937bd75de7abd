import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isEventNotice } from '../../../../../src/core/detect/claims/eventNotices';

// Made-up lines of community notices: a supper's tickets, a fair's admission, whom to call.
describe('claims: the practical lines of an event notice', () => {
  const notices = [
    'Tickets are $8 at the door for adults and $4 for children under 12.', 'Advance tickets from members are $1 less.',
    'Admission is free and the hall opens at 9 a.m.', 'Tickets, $12 or $30 for a family, go on sale after Sunday services.',
    'For more information, contact the Harbour Lions Club at 555-0142.', 'To register, call Ina Pell at 555-0199 by Friday.',
    'Call Ina Pell by phone to book a stall.',
    'Anyone with information is asked to call the tip line at 555-0100.', 'Contact Marta at marta@example.org with questions.',
    // a telephone number the reader is told to ring (claims pass on new excerpts)
    'Sign up online or by calling 608-555-0142.', 'If you see a stray dog in Elm County, call the shelter at (608) 555-0199.',
    'Vendors who want a stall can contact the library at 608-555-0171 for details.',
  ];
  const news = [
    'Tickets sold out within an hour of going on sale.', 'Ticket prices rose 20% from last year, to $24.',
    'Admission was free until the council cut its grant by $40,000.', 'The club raised $14,000 for the food bank this year.',
    'For more than 20 years, the club has run the breakfast, which raised $9,000 in 2024.',
    'The mayor is running radio ads asking people to call 608-555-0110 and back the levy.',
    // (a vote's margin after "by": a headline on a resolution's text, not whom to text)
    'Text Passes by 120 Votes in Favour to 9 against',
  ];

  it('recognises a line of a ticket\'s price or of whom to ask', () => {
    for (const line of notices) assert.ok(isEventNotice(line), line);
  });

  it('does not where the line tells of a sale, a change of price or what was raised', () => {
    for (const line of news) assert.ok(!isEventNotice(line), line);
  });

  it('gives such a line no claim score', () => {
    for (const line of notices) assert.equal(claimScore(line), 0, line);
  });
});
