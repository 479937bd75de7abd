import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';
import { analyze } from '../../../../../src/core/detect/analyze';

// Issue 14, "people left" of the credit lines: a wire's "Report by", a "Contributing:" label, a place's name as a
// writer's surname after "by", and a byline in capitals after a dash. Every name is made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);
const story = 'Floods closed the coast road on Tuesday, the council said.\n\n';

describe('people: credit lines and bylines after a dash', () => {
  it('"Report by" opens a wire credit like "Reporting by"', () => {
    assert.deepEqual(people(story + 'Report by Varsha Kallur in Pune; Editing by Oren Talbee\nSource link'),
      ['Varsha Kallur', 'Oren Talbee']);
  });

  it('"Contributing:" labels a credit, with or without a space after its colon', () => {
    assert.deepEqual(people(story + 'Contributing:Dalia Wrenfield, THE HARBOUR POST;The Coast Wire\n'), ['Dalia Wrenfield']);
    assert.deepEqual(people(story + 'Contributors: Dalia Wrenfield, The Harbour Post\n'), ['Dalia Wrenfield']);
  });

  it('a place\'s name is a surname in a credit after "by", but not after a label or in prose', () => {
    assert.deepEqual(people(story + '(Reporting by Ivo Stanek; Writing by Ossery Holland; Editing by Tamsin Rook)\n'),
      ['Ivo Stanek', 'Ossery Holland', 'Tamsin Rook']);
    assert.deepEqual(people(story + 'The line was run by Ossery Holland, the operator.\n'), []);
  });

  it('a name in capitals alone on its line after a dash is a byline or a signature', () => {
    assert.deepEqual(people('Charges laid after the riot\n\n- DORIAN VELLACOTT\n\nSeveral people now face charges.\n'),
      ['DORIAN VELLACOTT']);
    assert.deepEqual(people('They address the issues. Vote for them.\n— MAREK DOLSEN\n'), ['MAREK DOLSEN']);
  });

  it('the writer\'s e-mail address may follow the name in capitals (the reading view blanks it)', () => {
    const text = 'Test preview\n\n- DORIAN VELLACOTT dorian.vellacott@paper.example COAST RECORD AT RISK\n\nThe side must win.\n';
    assert.deepEqual(analyze(text).people.map(p => p.text), ['DORIAN VELLACOTT']);
  });

  it('list items in capitals after a dash are no bylines', () => {
    assert.deepEqual(people('Inside today\n\n- TOM REED WINS AGAIN\n- FRONT PAGE\n- MEET THE PRESS\n- DORIAN VELLACOTT SAYS NO\n'), []);
  });
});
