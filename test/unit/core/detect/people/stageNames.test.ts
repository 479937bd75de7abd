import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// One-word stage names shown by their own sentence (stageNames.ts). All names are made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: one-word stage names shown by a verb and a pronoun later in the sentence', () => {
  it('a word opening a clause, a verb, and "his"/"her"/"he"/"she" after "that" or a comma', () => {
    assert.deepEqual(people('Late on Friday, Quenby announced that her new album was finished.'), ['Quenby']);
    assert.deepEqual(people('Tickets sold out. Later, Marrowjack said on Monday that he would add two dates.'), ['Marrowjack']);
    // (after an auxiliary any verb: "will host his show")
    assert.deepEqual(people('At midnight, Quenby will host his first radio show, the station said.'), ['Quenby']);
    // (every mention alone is then the person)
    assert.deepEqual(people('Quenby toured Asia. In May, Quenby cancelled her shows after an illness.'), ['Quenby', 'Quenby']);
  });

  it('the next sentence opening with "She" or "He" where this one names no one else', () => {
    assert.deepEqual(people('Fans cheered as, at last, Quenby won the prize for best song. She thanked her mother.'), ['Quenby']);
  });

  it('not where another name, a pronoun before it, "it"/"they", or a noun for people may own the pronoun', () => {
    assert.deepEqual(people('On Monday, Quenby signed Dara Fenwick to her label.').includes('Quenby'), false);
    assert.deepEqual(people('Given her grades, Lakemoor agreed to waive her fees.'), []);
    assert.deepEqual(people('On Monday, Quenby announced that it would close its stores and that the founder would keep his post.'), []);
    assert.deepEqual(people('On Monday, Quenby fans said his show was late.'), []);
    assert.deepEqual(people('The deal, Quenby reported, lifted their profits before his exit.'), []);
  });

  it('not a word the article writes in lower case, nor one only ever opening a sentence, nor an outlet', () => {
    assert.deepEqual(people('In the end, Harvest gave her a reason to stay. The harvest was poor.'), []);
    assert.deepEqual(people('Eliminating waste takes time, he says.'), []);
    assert.deepEqual(people('On Monday, Quillmark reported that her album had sold well, the singer told Quillmark in June.'), []);
    // (the same sentence without the outlet's use)
    assert.deepEqual(people('On Monday, Quillmark reported that her album had sold well.'), ['Quillmark']);
  });

  it('not a racehorse: words of a race in the sentence that showed the name or the next', () => {
    assert.deepEqual(people('At the last turn, Windmere surged past the leaders to win by a neck. He paid $14.20 to win.'), []);
    assert.deepEqual(people('Late on Saturday, Windmere finished ahead by two lengths. She is now unbeaten in four starts.'), []);
    assert.deepEqual(people('Last year, Windmere won over six furlongs before his owners sold him. Windmere runs again.'), []);
    // (the same shape with no word of a race: a performer)
    assert.deepEqual(people('Late on Saturday, Windmere closed the festival. She is now booked for four dates.'), ['Windmere']);
  });
});
