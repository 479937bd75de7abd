import assert from 'node:assert/strict';
import { detectPeople } from '../../../../src/core/detect/people';
import { detectDates } from '../../../../src/core/detect/dates';
import { referenceFor } from '../../../../src/core/detect/reference';

// Appointments and departures (issue 14, people-moves pass): who is named to a post, and when the move takes effect.
// Every firm, person and sentence here is made up.
const names = (text: string): string[] => detectPeople(text).map(p => p.text);
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('people moves: the one appointed and the day ahead', () => {
  it('keeps the person a firm has named (active "has named"), not a name the firm is to be called', () => {
    assert.deepEqual(names('The company has named Ilse Varga its chief executive.'), ['Ilse Varga']);
    assert.deepEqual(names('The bank had named Ilse Varga to the board before the merger.'), ['Ilse Varga']);
    // (a name a firm or a thing is given stays no person)
    assert.deepEqual(names('The combined company will be called Corven Aldis.'), []);
    assert.deepEqual(names('The airline has been renamed Corven Aldis.'), []);
  });

  it('reads a name appointed to "chief executive" as the person, a firm before its chief as the firm', () => {
    assert.deepEqual(names('Tarrow Mills named Ilse Varga chief executive on Monday.'), ['Ilse Varga']);
    assert.deepEqual(names('The board appointed Ilse Varga chief financial officer.'), ['Ilse Varga']);
    const page = 'Tarrow appoints Varga CEO after founder retires\nThe board appointed company veteran Ilse Varga as chief executive on Friday.';
    assert.deepEqual(names(page), ['Varga', 'Ilse Varga']);
    assert.deepEqual(names('Tarrow Mills named Ilse Varga CEO, replacing Otto Brand.'), ['Ilse Varga', 'Otto Brand']);
    // ("Corven Aldis chief executive Ilse Varga": the firm's officer after the firm's name)
    assert.deepEqual(names('Corven Aldis chief executive Ilse Varga said the plant would close.'), ['Ilse Varga']);
  });

  it('reads a day in a relative clause of what is to come by that clause, not by the verb after it', () => {
    const ref = '2024-03-20';
    assert.deepEqual(values('Varga, who will take up her new post on July 1, said she was delighted.', ref),
      [['July 1', '2024-07-01']]);
    assert.deepEqual(values('Varga succeeds Otto Brand, who begins serving as the group\'s chairman on July 1.', ref),
      [['July 1', '2024-07-01']]);
    // (a day gone in such a clause is gone: the clause's own past decides)
    assert.deepEqual(values('The deal, which the two firms first announced at the trade fair in June, has yet to close.', '2024-11-20'),
      [['June', '2024-06']]);
  });

  it('takes no dateline from a title-case headline whose "On" opens the day a move takes effect', () => {
    const ref = (text: string) => referenceFor(text, { fileDate: '2026-12-06', today: '2026-12-01' });
    const headline = 'Varga Named Tarrow Chief, Will Succeed Brand On Jan. 1\nTarrow Mills said on Tuesday that Ilse Varga will take over.';
    assert.deepEqual(ref(headline), { date: '2026-12-06', from: 'file date' });
    // (a byline's stamp after "On" has its year, and dates the page)
    assert.deepEqual(ref('By Desk Staff On March 3, 2021\nThe council met on Tuesday.'), { date: '2021-03-03', from: 'dateline' });
  });
});
