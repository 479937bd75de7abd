import assert from 'node:assert/strict';
import { abbreviationsIn, learnAcronyms } from '../../../../src/core/match/acronyms';

describe('abbreviations learnt from the verdicts', () => {
  it('reads an abbreviation spelled out in brackets, without the article before the name', () => {
    const acronyms = learnAcronyms(['Officials of the Centers for Disease Control (CDC) said so.']);
    assert.equal(acronyms.expand('cdc'), 'centers for disease control');
    assert.equal(acronyms.expand('dc'), undefined);
  });

  it('reads initials from names the verdicts write often enough, connectors or not', () => {
    const texts = [
      'The National Rifle Association held its meeting in Dallas.',
      'A speaker of the National Rifle Association said guns were allowed.',
      'Members left the National Rifle Association after the shooting.',
      'The Department of Justice opened an inquiry.',
    ];
    const acronyms = learnAcronyms(texts);
    assert.equal(acronyms.expand('nra'), 'national rifle association');
    assert.equal(acronyms.expand('doj'), undefined, 'one name is not evidence enough');
    const moreJustice = learnAcronyms([...texts, 'The Department of Justice said no.', 'A Department of Justice lawyer spoke.']);
    assert.equal(moreJustice.expand('doj'), 'department of justice');
    assert.equal(moreJustice.expand('dj'), 'department of justice');
  });

  it('takes no reading from headlines, which capitalise every word, nor one the names disagree on', () => {
    const headlines = ['Is This Video Real?', 'Is This Video Fake?', 'Is This Video From Texas?', 'Is This Video Old?'];
    assert.equal(learnAcronyms(headlines).expand('itv'), undefined);
    const split = ['Grand Prix winner', 'the Grand Parade', 'Grand Prix results', 'the Grand Parade again', 'the Grand Prix'];
    assert.equal(learnAcronyms(split).expand('gp'), undefined);
  });

  it('finds abbreviations in a text, but not a shouted sentence nor a function word in capitals', () => {
    assert.deepEqual(abbreviationsIn("The NRA's ban, two DUIs and the U.S. economy"), ['nra', 'dui', 'us']);
    assert.deepEqual(abbreviationsIn('PELOSI STAMMERS THROUGH NEWS CONFERENCE'), []);
    assert.deepEqual(abbreviationsIn('We said NO to the WH plan'), ['wh']);
  });
});
