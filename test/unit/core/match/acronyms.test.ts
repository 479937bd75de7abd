import assert from 'node:assert/strict';
import { abbreviationsIn, learnAcronyms } from '../../../../src/core/match/acronyms';

describe('abbreviations learnt from the verdicts', () => {
  it('reads an abbreviation spelled out in brackets, without the article before the name', () => {
    const acronyms = learnAcronyms(['Officials of the Office for Coastal Works (OCW) said so.']);
    assert.equal(acronyms.expand('ocw'), 'office for coastal works');
    assert.equal(acronyms.expand('cw'), undefined);
  });

  it('reads initials from names the verdicts write often enough, connectors or not', () => {
    const texts = [
      'The Northern Apiarists Guild held its show in Vessby.',
      'A speaker of the Northern Apiarists Guild said hives were allowed.',
      'Members left the Northern Apiarists Guild after the swarm.',
      'The Board of Harbour Pilots opened an inquiry.',
    ];
    const acronyms = learnAcronyms(texts);
    assert.equal(acronyms.expand('nag'), 'northern apiarists guild');
    assert.equal(acronyms.expand('bhp'), undefined, 'one name is not evidence enough');
    const morePilots = learnAcronyms([...texts, 'The Board of Harbour Pilots said no.', 'A Board of Harbour Pilots lawyer spoke.']);
    assert.equal(morePilots.expand('bohp'), 'board of harbour pilots');
    assert.equal(morePilots.expand('bhp'), 'board of harbour pilots');
  });

  it('takes no reading from headlines, which capitalise every word, nor one the names disagree on', () => {
    const headlines = ['Is This Clip Real?', 'Is This Clip Fake?', 'Is This Clip From Vessby?', 'Is This Clip Old?'];
    assert.equal(learnAcronyms(headlines).expand('itc'), undefined);
    const split = ['Grand Prix winner', 'the Grand Parade', 'Grand Prix results', 'the Grand Parade again', 'the Grand Prix'];
    assert.equal(learnAcronyms(split).expand('gp'), undefined);
  });

  it('finds abbreviations in a text, but not a shouted sentence nor a function word in capitals', () => {
    assert.deepEqual(abbreviationsIn("The NAG's ban, two ATMs and the U.K. ferries"), ['nag', 'atm', 'uk']);
    assert.deepEqual(abbreviationsIn('MAYOR QUINT MUMBLES THROUGH HARBOUR BRIEFING'), []);
    assert.deepEqual(abbreviationsIn('We said NO to the HQ plan'), ['hq']);
  });
});
