import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// Made-up letters to the editor, each ending on its writer's line; names and places are invented.

describe('a letter\'s sign-off line', () => {
  it('names its writer after initials without full stops, a title or "From:", and in capitals after a dash', () => {
    assert.deepEqual(texts('SIR - The new lane on Quarry Road is never used.\n\nT Marsh, Quarry Lane, Eastholme\n'), ['T Marsh']);
    assert.deepEqual(texts('The council should think again.\n\nR J Pellow, Oxley\n'), ['R J Pellow']);
    assert.deepEqual(texts('From: Ann Vellacott, Hill Road, Stowe.\n\nThe bins were not emptied for three weeks.'), ['Ann Vellacott']);
    assert.deepEqual(people('Look past the advertisements. Vote for them.\n— ROSA TEMPLEMAN'), [['ROSA TEMPLEMAN', 'Rosa Templeman']]);
  });

  it('drops the street or the house of the address, and keeps the people of a line that lists them', () => {
    assert.deepEqual(texts('I have asked twice.\n\nDr M W Harrowby, Ashcombe Grange, Greetholme\n'), ['M W Harrowby']);
    assert.deepEqual(texts('Tomas Reyna said the prize was deserved.\n\nHelen Carrow, Tomas Reyna\n\n(for their work on tides)'),
      ['Tomas Reyna', 'Helen Carrow', 'Tomas Reyna']);
  });

  it('reads no line inside a paragraph, nor a place written like a name', () => {
    assert.deepEqual(texts('The lane cost too much.\nT Marsh, Quarry Lane, Eastholme\nwrote to the council.'), []);
    assert.deepEqual(texts('The fair moved.\n\nNew Harbour, Eastholme\n'), []);
  });

  it('names the writer of a name line over an address line, and drops the street taken for a name', () => {
    assert.deepEqual(texts('The bins were not emptied for three weeks.\n\nK Dunmore\n\nQuarry Hill\n'), ['K Dunmore']);
    assert.deepEqual(texts('The fares went up again.\n\nMr B. Tollard\n\nOrchard Street\n'), ['B. Tollard']);
    // (a surname that is a word of the language, over a plain address or a note that one was given)
    assert.deepEqual(texts('Why is the tax rising?\n\nR Short\n\nAddress supplied\n'), ['R Short']);
  });

  it('reads no name line with no address under it, nor a credit line of initials and a word', () => {
    assert.deepEqual(texts('The bins were not emptied.\n\nK Dunmore went to the council about it.\n\nQuarry Hill\n'), []);
    assert.deepEqual(texts('The harbour at dawn.\n\nAP Photo\n\nHarbour Times\n'), []);
  });
});
