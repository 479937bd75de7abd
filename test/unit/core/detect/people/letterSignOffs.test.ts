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
});
