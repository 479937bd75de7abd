import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences in the shape of international wire copy: names of other traditions, shared family names, a
// country's name that is also a minister's given name.
const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: names in international news', () => {
  it('reads a country that is also a minister\'s given name as the country', () => {
    const text = 'Mediators met envoys of Hamas and Israel on Tuesday. Defence Minister Israel Korvin said a deal was close. '
      + 'Israel is also facing a case at the court.';
    assert.deepEqual(linked(text), [['Israel Korvin', 'Israel Korvin']]);
    // (a person named by a place's word that is his surname still links: "Washington" of "Denzel Washington")
    assert.deepEqual(linked('Actor Denzel Washington spoke first. Washington said the film mattered.').map(m => m[1]),
      ['Denzel Washington', 'Denzel Washington']);
  });

  it('links a Korean family name to the leader named before it, not to a byline\'s writer named after it', () => {
    const text = 'President Ellis Ward agreed to meet North Korean leader Kim Jong Un by May. Seoul also plans a summit with '
      + 'Kim in April.\n\nBy Hana Kim and Joel Berry';
    assert.deepEqual(linked(text).slice(0, 3), [['Ellis Ward', 'Ellis Ward'], ['Kim Jong Un', 'Kim Jong Un'], ['Kim', 'Kim Jong Un']]);
    assert.deepEqual(linked('Envoy Chung Eui-yong met President Moon Jae-in. Later Moon thanked Chung.').map(m => m[1]),
      ['Chung Eui-yong', 'Moon Jae-in', 'Moon Jae-in', 'Chung Eui-yong']);
  });

  it('links a shared family name after a title to the one the article named with that title', () => {
    const text = 'Spokesperson Zhao Wenjun briefed reporters.\n\nOn Monday, Foreign Minister Zhao Lin attended the meeting. '
      + 'Zhao Wenjun said the talks went well.\n\nIn the second session, Foreign Minister Zhao called for calm.';
    assert.deepEqual(linked(text).at(-1), ['Zhao', 'Zhao Lin']);
  });

  it('reads "San" inside a Burmese name as the name\'s', () => {
    assert.deepEqual(linked('Troops detained elected leader Aung San Khin Thet on Monday. Khin Thet urged protests.'),
      [['Aung San Khin Thet', 'Aung San Khin Thet'], ['Khin Thet', 'Aung San Khin Thet']]);
    // (a town with a saint's name keeps it: no person there)
    assert.deepEqual(linked('Pilgrims walked from Borgo San Lorenzo to the abbey.'), []);
  });

  it('reads a firm\'s noun used as a verb after a surname as what the person does', () => {
    const text = 'Opposition leader Lucía Ferrando Ibarra\'s aides said she was detained.\n\n'
      + 'It was unclear what happened after Ibarra bid farewell to supporters.';
    assert.deepEqual(linked(text), [['Lucía Ferrando Ibarra', 'Lucía Ferrando Ibarra'], ['Ibarra', 'Lucía Ferrando Ibarra']]);
  });
});
