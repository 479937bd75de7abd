import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Which person a title-case headline's words name. All names and stories are made up.
describe('people: what a title-case headline\'s words link to', () => {
  it('a word in curly quotation marks keeps its small letters without making the line no headline', () => {
    const body = '\n\nPresident Orrin Maltby has fired the harbour minister, his spokesman said on Tuesday.\n';
    assert.deepEqual(people('Harbourland’s Maltby Fires Minister After ‘bribery’ Row' + body),
      [['Maltby', 'Orrin Maltby'], ['Orrin Maltby', 'Orrin Maltby']]);
    assert.deepEqual(people('Harbourland’s Maltby Fires Minister After “bribery” Row' + body),
      [['Maltby', 'Orrin Maltby'], ['Orrin Maltby', 'Orrin Maltby']]);
  });

  it('a given name before a surname the body does not give is not the body\'s other person of that given name', () => {
    assert.deepEqual(people('# Letter From Owen Tarrance to Owen Kessling\n\nOwen Kessling wrote to a newspaper in 1990.\n'),
      [['Owen Kessling', 'Owen Kessling'], ['Owen Kessling', 'Owen Kessling']]);
    assert.deepEqual(people('# Owen Tarrance Pranks Owen Kessling\n\nThe actor Owen Kessling was fooled at a party.\n'),
      [['Owen Kessling', 'Owen Kessling'], ['Owen Kessling', 'Owen Kessling']]);
    // where the body names both, each is linked to his own
    assert.deepEqual(people('# Owen Tarrance Pranks Owen Kessling\n\nThe actor Owen Kessling was fooled by Owen Tarrance.\n'),
      [['Owen Tarrance', 'Owen Tarrance'], ['Owen Kessling', 'Owen Kessling'], ['Owen Kessling', 'Owen Kessling'], ['Owen Tarrance', 'Owen Tarrance']]);
    // nor is the body's person's own surname misspelt there, or a middle name the body leaves out
    assert.deepEqual(people('# Did Owen Kesling Fake His Death?\n\nOwen Kessling faked nothing.\n'),
      [['Owen', 'Owen Kessling'], ['Owen Kessling', 'Owen Kessling']]);
    assert.deepEqual(people('# Was Owen Marek Kessling Jailed?\n\nOwen Kessling was jailed in May.\n'),
      [['Owen', 'Owen Kessling'], ['Kessling', 'Owen Kessling'], ['Owen Kessling', 'Owen Kessling']]);
    // a given name before a word of the language, or a verb, is still a short form
    assert.deepEqual(people('# Owen Pleads Guilty\n\nThe actor Owen Kessling admitted the charge.\n'),
      [['Owen', 'Owen Kessling'], ['Owen Kessling', 'Owen Kessling']]);
  });

  it('a given name and a surname of the lists side by side in a headline are a person the body need not name', () => {
    assert.deepEqual(people('# The Death of Nora Walsh\n\nA woman was killed in a police sting in 2008.\n'), [['Nora Walsh', 'Nora Walsh']]);
    assert.deepEqual(people('# Did Nora Walsh Accuse Greta Hayes?\n\nAn actress accused her neighbour of theft.\n'),
      [['Nora Walsh', 'Nora Walsh'], ['Greta Hayes', 'Greta Hayes']]);
    // not two words of a longer name, nor two words the body writes as no one's ("Nora-Walsh", a brand's)
    assert.deepEqual(people('# Did Mary Ann Walsh Quit?\n\nA woman quit her job.\n'), []);
    assert.deepEqual(people('# Did Nora Walsh\'s Chief Quit?\n\nThe Nora-Walsh chain lost its chief.\n'), []);
    // nor a line that signs a report with a name and its place
    assert.deepEqual(people('The lanes were closed again on Monday.\n\nNora Walsh Quintero, Harlow\n'), []);
  });
});

describe('people: brands named like people, with a title', () => {
  it('a name counted with "a" or a number before a food or a drink is a brand, and so is its title and word elsewhere', () => {
    assert.deepEqual(people('She drank a Dr Fizzwell soda on the train. Dr Fizzwell is sold in cans.'), []);
    assert.deepEqual(people('He ate two Uncle Tobin\'s cookies.'), []);
    assert.deepEqual(people('A Papa Brandolo\'s pizza cost $12.'), []);
    assert.deepEqual(people('He ate a Krumbly Kreme doughnut.'), []);
    // the mention that says a person is one stays his; no food after, a work is the person's
    assert.deepEqual(people('Dr Fizzwell, a surgeon, said he was tired. She drank a Dr Fizzwell soda.'), [['Fizzwell', 'Fizzwell']]);
    assert.deepEqual(people('She read a Tom Garrity novel.'), [['Tom Garrity', 'Tom Garrity']]);
  });
});
