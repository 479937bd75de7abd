import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);
const BODY = '\n\nThe council voted on Monday to close the old ferry pier for repairs.';

describe('people: credit lines', () => {
  it('reads a full name of unfamiliar words after a credit label and a colon as a person', () => {
    assert.deepEqual(linked('**Harbour Court** | Court reporter: Morag Tullibardine' + BODY),
      [['Morag Tullibardine', 'Morag Tullibardine']]);
    assert.deepEqual(linked('*Crowds at the pier. Photo: Ottilie Brack / Nordpress*' + BODY), [['Ottilie Brack', 'Ottilie Brack']]);
  });

  it('reads both names of a title-case credit line with labels, which is no headline', () => {
    assert.deepEqual(linked('Text: Quill Marrow | Pictures: Dervla Kinch' + BODY),
      [['Quill Marrow', 'Quill Marrow'], ['Dervla Kinch', 'Dervla Kinch']]);
  });

  it("reads the name in a wire dateline's brackets as the agency's, a person's elsewhere in brackets", () => {
    assert.deepEqual(linked('CALDER FORD, England (Tessa Wire) — The ferry pier closed on Monday, said Ana Ruiz.'),
      [['Ana Ruiz', 'Ana Ruiz']]);
    assert.deepEqual(linked('OSSLER, March 3 (Pell Moran) - Grain exports fell, Ana Ruiz said.'), [['Ana Ruiz', 'Ana Ruiz']]);
    assert.deepEqual(linked('The harbour master (Pell Moran) said the pier was unsafe.'), [['Pell Moran', 'Pell Moran']]);
  });

  it("reads every name of a wire's closing credits, unfamiliar words and all; not a firm credited", () => {
    assert.deepEqual(linked('Grain exports fell.\n\n(Reporting by Ferenc Tollasy and Ana Ruiz; Additional reporting by Gergely Omkar in Pécs; Editing by Tom Bell)').map(([t]) => t),
      ['Ferenc Tollasy', 'Ana Ruiz', 'Gergely Omkar', 'Tom Bell']);
    assert.deepEqual(linked('Grain exports fell.\n\nWriting by Gergely Omkar; editing by Tom Bell').map(([t]) => t), ['Gergely Omkar', 'Tom Bell']);
    assert.deepEqual(linked('Grain exports fell.\n\nReporting by Harbour Wire staff'), []);
  });

  it('reads the names of a title-case line of photo credits in the plural, which is no headline', () => {
    assert.deepEqual(linked('Photo Credits: Mike Dorrel (Jasmyn), Kevin Arlo (Tavi)' + BODY),
      [['Mike Dorrel', 'Mike Dorrel'], ['Kevin Arlo', 'Kevin Arlo']]);
  });

  it('leaves an agency credited, and a name after a label that credits nobody', () => {
    assert.deepEqual(linked('Credit: Pressline Images' + BODY), []);
    assert.deepEqual(linked('Venue: Morag Tullibardine' + BODY), []);
  });
});

describe('people: short forms of names', () => {
  it('links an Irish surname opened by Ó or Ní to the full name', () => {
    const text = 'The winner, Aoife Ní Cheallaigh, thanked the crew. Later Ní Cheallaigh said the race was hard. '
      + 'Her coach, Donncha Ó Braonáin, agreed; Mr Ó Braonáin said she trained daily.';
    assert.deepEqual(linked(text), [
      ['Aoife Ní Cheallaigh', 'Aoife Ní Cheallaigh'], ['Ní Cheallaigh', 'Aoife Ní Cheallaigh'],
      ['Donncha Ó Braonáin', 'Donncha Ó Braonáin'], ['Ó Braonáin', 'Donncha Ó Braonáin'],
    ]);
  });

  it('links a full name without its middle name to the one longer name that has it, not to one of two', () => {
    const one = 'Edwin Tobias Quarrie, a printer, died on Friday. Edwin Quarrie was born in Leith.';
    assert.deepEqual(linked(one).map(([, entity]) => entity), ['Edwin Tobias Quarrie', 'Edwin Tobias Quarrie']);
    const two = 'Edwin Tobias Quarrie, a printer, met Edwin Mungo Quarrie, a baker. Edwin Quarrie said he was late.';
    assert.equal(linked(two).find(([t]) => t === 'Edwin Quarrie')?.[1], 'Edwin Quarrie');
  });

  it('keeps the lower-case particle of a surname that opens a clause, only where the full name has it', () => {
    const text = 'Henrike van Oosterwijk won the seat. "We did it," van Oosterwijk told supporters.';
    assert.deepEqual(linked(text), [
      ['Henrike van Oosterwijk', 'Henrike van Oosterwijk'], ['van Oosterwijk', 'Henrike van Oosterwijk'],
    ]);
    const without = 'Ilse Tammerkamp runs a bakery. The delivery van Tammerkamp drives is new, said Tammerkamp.';
    assert.ok(linked(without).every(([t]) => !t.startsWith('van')));
  });
});

describe('people: firms named after their founders', () => {
  it('reads a name before "Tools", "Research" or "Equity" as a firm, and the founder\'s surname alone as the founder', () => {
    const text = 'Oswin Karnholt, who founded Karnholt Tools in 1960, died on Sunday. Karnholt Tools now employs 900 people. '
      + 'Analyst Tamsin Reay of Quillon Research said Karnholt had built it alone. Fenwick Equity owns a stake.';
    assert.deepEqual(linked(text), [
      ['Oswin Karnholt', 'Oswin Karnholt'], ['Tamsin Reay', 'Tamsin Reay'], ['Karnholt', 'Oswin Karnholt'],
    ]);
  });
});
