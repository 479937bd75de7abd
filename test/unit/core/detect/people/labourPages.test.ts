import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// Made-up lines of union and university pages (issue 14, labour pass): a school's terms, a union's branch, a court of
// appeals and a title in the plural read as names.

describe('people: union and university pages', () => {
  it('reads a term of a school\'s year as no one', () => {
    assert.deepEqual(texts('Term dates\n\nAutumn Term: Monday 5 October\n\nSummer Term: Monday 26 April'), []);
    assert.deepEqual(texts('Spring Semester starts in January, Carla Novak said.'), ['Carla Novak']);
  });

  it('reads a union\'s numbered branch and a court of appeals as no one', () => {
    assert.deepEqual(texts('This week, Teamsters Local 412 rejected the offer, union chief Dan Morley said.'), ['Dan Morley']);
    assert.deepEqual(texts('The D.C. Circuit upheld the order of Judge Mara Quill.'), ['Mara Quill']);
  });

  it('reads a title in the plural after "General" as no name', () => {
    assert.deepEqual(texts('Ann Pole and Ken Marsh, Joint General Secretaries of the teaching union, said: "Members have spoken."'),
      ['Ann Pole', 'Ken Marsh']);
  });
});
