import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Issue 14, second leftover pass: photo credits whose photographer was missed. A caption and its credit on one line,
// "© Photograph:" and "Image:" labels, a slash and the outlet after "Photo by", a full stop ending a credit line.
// Every name is made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);
const story = 'Floods closed the coast road on Tuesday, the council said.\n\n';

describe('people: caption credits', () => {
  it('a caption of a name and its credit on one line is no title-case headline', () => {
    assert.deepEqual(people(story + 'Marta Quell. Photo by Ilse Varnow\n'), ['Marta Quell', 'Ilse Varnow']);
    assert.deepEqual(people(story + 'Mayor of the Harbour Ward, Tomas Reyne. Image: Ola Brisk\n'), ['Tomas Reyne', 'Ola Brisk']);
  });

  it('a caption ending in a slashed credit ("AGNC/Name", "Name/Pool via AGNC") is no title-case headline', () => {
    assert.deepEqual(people(story + 'Marta Quell. HARBOURWIRE/Ilse Varnow\n'), ['Marta Quell', 'Ilse Varnow']);
    assert.deepEqual(people(story + 'Tomas Reyne and Ola Brisk. Ilse Varnow/Pool via HARBOURWIRE\n'), ['Tomas Reyne', 'Ola Brisk', 'Ilse Varnow']);
  });

  it('a credit line of a name, a bar or a slash, and an agency named for its pictures', () => {
    assert.deepEqual(people(story + 'Ilse Varnow | Getty Images\n\nThe road reopened on Friday.\n'), ['Ilse Varnow']);
    assert.deepEqual(people(story + 'Ilse Varnow/Harbour Images\n\nThe road reopened on Friday.\n'), ['Ilse Varnow']);
    // a bar between two words of a title-case line is no credit without an agency after it
    assert.deepEqual(people(story + 'Ilse Varnow | Harbour Talks\n\nThe road reopened on Friday.\n'), []);
  });

  it('a title-case headline without a credit still gives no names', () => {
    assert.deepEqual(people(story + 'Marta Quell Says Harbour Talks Will Resume\n'), []);
  });

  it('"Photograph:" and "Image:" label a credit line, after "©" too', () => {
    assert.deepEqual(people(story + '© Photograph: Pavla Dřevická/Harbour Wire\n'), ['Pavla Dřevická']);
    assert.deepEqual(people(story + 'Photograph: Ilse Varnow/Coast Agency\n'), ['Ilse Varnow']);
  });

  it('the outlet after a slash ends a credit after "Photo by", and is no person', () => {
    assert.deepEqual(people(story + 'Crowds gathered on Friday. (Photo by Quon Ardley/Valley News Group)\n'), ['Quon Ardley']);
  });

  it('a full stop may end a credit line', () => {
    assert.deepEqual(people(story + 'Image: Quon Ardley.\n'), ['Quon Ardley']);
  });
});
