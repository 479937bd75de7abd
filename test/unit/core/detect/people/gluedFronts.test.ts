import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up captions and lists of pages whose furniture runs a word into the given name after it, no space between.
const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: a page\'s word glued to the given name after it', () => {
  it('cuts a list\'s label and a caption\'s icon off the front of a name', () => {
    assert.deepEqual(linked('Winners: Actress in a Supporting RoleMarta Quill, “Harbour Lights”.'), [['Marta Quill', 'Marta Quill']]);
    assert.deepEqual(linked('Camera IconFather Owen Tully and the club president.\n\nOwen Tully said the hall is full.')[0],
      ['Owen Tully', 'Owen Tully']);
  });

  it('grows a surname over the given name glued to the word before it, and takes that given name\'s person', () => {
    assert.deepEqual(linked('The vote went ahead. (AP PhotoMarta Quill)\n\nMarta Quill is a photographer. Quill said no.'),
      [['Marta Quill', 'Marta Quill'], ['Marta Quill', 'Marta Quill'], ['Quill', 'Marta Quill']]);
  });

  it('keeps a name\'s own inner capital after a short particle', () => {
    assert.deepEqual(linked('Coach Darren MacKenzie praised Paul McCartney and LaVerne Osgood.').map(p => p[0]),
      ['Darren MacKenzie', 'Paul McCartney', 'LaVerne Osgood']);
  });
});
