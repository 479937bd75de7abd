import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Issue 14, second leftover pass: the last words of a long name written alone later, opened by a given name.
// Every name is made up.
const entities = (text: string): string[] => detectPeople(text).map(p => `${p.text} = ${p.entity}`);

describe('people: the last three words of a longer name', () => {
  it('link to the longer name where two words or more of it are left before them', () => {
    assert.deepEqual(entities('President Joao Carlos Maria da Costa spoke on Monday. Later Maria da Costa said the talks would go on.'),
      ['Joao Carlos Maria da Costa = Joao Carlos Maria da Costa', 'Maria da Costa = Joao Carlos Maria da Costa']);
  });

  it('stay apart where one given name is left before them, or where they are two words', () => {
    assert.deepEqual(entities('Ana Maria da Costa spoke on Monday. Later Maria da Costa said the talks would go on.'),
      ['Ana Maria da Costa = Ana Maria da Costa', 'Maria da Costa = Maria da Costa']);
    assert.deepEqual(entities('Mary Ellen Voss spoke on Monday. Later Ellen Voss said the talks would go on.'),
      ['Mary Ellen Voss = Mary Ellen Voss', 'Ellen Voss = Ellen Voss']);
  });
});
