import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up pages: a photographer's middle "V." and "Ph:" label, a rank's grade in a credit, and a section's heading
// alone on its line (no byline). Every name is made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);
const story = 'Floods closed the coast road on Tuesday, the council said.\n\n';

describe('people: credits and headings left over', () => {
  it('a "V." after a photographer\'s first name is a middle initial in a credit, "versus" elsewhere', () => {
    assert.deepEqual(people(story + 'Crowds gathered. (Photo by Quan V. Hollis/Harbour News Group)\n'), ['Quan V. Hollis']);
    assert.deepEqual(people(story + 'The singer at the gala (Photo: Nhal V. Tesk/Pixstock)\n'), ['Nhal V. Tesk']);
    assert.equal(people(story + 'The court cited Orr V. Kell in its ruling.\n').includes('Orr V. Kell'), false);
  });

  it('"Ph:" labels a photographer, after an agency\'s name too', () => {
    assert.deepEqual(people(story + 'The singer at the gala (Picture: AGNC Ph: Lorvan Tesk/Pixstock)\n'), ['Lorvan Tesk']);
    assert.deepEqual(people(story + 'The singer at the gala. Ph: Lorvan Tesk\n'), ['Lorvan Tesk']);
  });

  it('a rank\'s grade, "2nd Class", ends the rank before the name', () => {
    assert.deepEqual(people(story + 'Image: Petty Officer 2nd Class Darren Welk.\n'), ['Darren Welk']);
    assert.deepEqual(people('The drill went well, said Airman First Class Mara Quell.'), ['Mara Quell']);
    assert.deepEqual(people('She graduated with 2nd Class Honours in law.'), []);
  });

  it('a heading of two words alone on its line, ending in a plural or a page\'s furniture, is no byline', () => {
    assert.deepEqual(people('Results day\nEconomic Indicators\n\nThe figures rose in May.\n'), []);
    assert.deepEqual(people('The press secretary held her first briefing.\n\nVideo Transcript\n\nWell, let me say first that I am glad.\n'), []);
    assert.deepEqual(people('Log In\n\nReset Password\nMENU\n'), []);
    // (a byline of a given name and a surname, or an unknown surname, stays)
    assert.deepEqual(people('Harbour talks resume\n\nOrla Vettik\n\nThe talks went on.\n'), ['Orla Vettik']);
    assert.deepEqual(people('Harbour talks resume\n\nBy Kemi Adeyoka\n\nThe talks went on.\n'), ['Kemi Adeyoka']);
  });
});

describe('people: a photographer credited to a picture agency', () => {
  it('a name, a slash and the agency alone on a line or in brackets is the photographer', () => {
    assert.deepEqual(people('Vale hit an eagle at the 15th hole on Sunday.\nEzra Vannet/Getty Images\nA bogey followed.\n'), ['Ezra Vannet']);
    assert.deepEqual(people('The coroner said Friday the crew survived. (Marco Jose Sanderi / AP)\nA statement followed.\n'), ['Marco Jose Sanderi']);
  });

  it('a title-case line with a slash and no agency is still a headline', () => {
    assert.deepEqual(people('Harbour Talks Resume As Unions Meet/Strike Looms\n\nThe talks went on.\n'), []);
  });
});
