import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Issue 14, read on fact-check pages, whose headings ask in title case what the body then says ("Did … Say …?"). All
// names are made up.
describe('people: fact-check pages with title-case questions for headings', () => {
  it('a title-case question is a headline: its verbs join no name, and its names are those the body proves', () => {
    assert.deepEqual(people('# Did Senator Alma Reyes Say That Only Guilty People Hire Lawyers?\n\nSenator Alma Reyes said only guilty people hire lawyers.\n'),
      [['Alma Reyes', 'Alma Reyes'], ['Alma Reyes', 'Alma Reyes']]);
    assert.deepEqual(people('# Did Reyes Ban Face Veils in Harlow?\n\nGovernor Tom Reyes signed no such order.\n'),
      [['Reyes', 'Tom Reyes'], ['Tom Reyes', 'Tom Reyes']]);
    // words of the language in capitals there name no one
    assert.deepEqual(people('# Did a Harlow Doctor Say the Flu Shot Is Causing an Outbreak?\n\nNo doctor said so.\n'), []);
  });

  it('a title-case headline may leave its prepositions of four letters or more in lower case', () => {
    assert.deepEqual(people('# Was Tom Hadley Fired from the Harlow Gazette?\n\nTom Hadley left the paper in May.\n'),
      [['Tom Hadley', 'Tom Hadley'], ['Tom Hadley', 'Tom Hadley']]);
  });

  it('a headline\'s words that spell a whole name of three words are one mention of it', () => {
    assert.deepEqual(people('# What Ruth Vance Okafor Said About the Budget\n\nRuth Vance Okafor said the budget was balanced.\n'),
      [['Ruth Vance Okafor', 'Ruth Vance Okafor'], ['Ruth Vance Okafor', 'Ruth Vance Okafor']]);
  });

  it('a platform after "on", a country\'s letters, a described noun and an institution\'s plural name no one', () => {
    assert.deepEqual(people('Tom Hale wrote on Facebook that he would resign.'), [['Tom Hale', 'Tom Hale']]);
    assert.deepEqual(people('A U.S. Marine was detained at the border.'), []);
    assert.deepEqual(people('Police said a 9-Year-Old Girl was found safe.'), []);
    assert.deepEqual(people('All Christian Churches in Harlow have closed.'), []);
    // a surname that is the plural of the land's word stays a name
    assert.deepEqual(people('Mickey Rivers joined him.'), [['Mickey Rivers', 'Mickey Rivers']]);
    assert.deepEqual(people('Gerald Ford said he would run.'), [['Gerald Ford', 'Gerald Ford']]);
  });

  it('a capitalised word of the language before a known surname inside a sentence is a given name', () => {
    assert.deepEqual(people('The seat went to Alma Reyes on Tuesday.'), [['Alma Reyes', 'Alma Reyes']]);
    // not after an article, nor a trade's word or a verb's form, which open firms and headlines
    assert.deepEqual(people('The Royal Brown is a pub.'), []);
    assert.deepEqual(people('Oil giant Baker Hughes gave $100,000 to the charity.'), []);
  });

  it('a ship\'s prefix in capitals is no person\'s initials', () => {
    assert.deepEqual(people('A ship named HMS Tarrow was once used to enforce the blockade. HMS Tarrow sank in 1790.'), []);
  });
});
