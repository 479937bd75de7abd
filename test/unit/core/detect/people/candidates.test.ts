import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up captions: a photographer credited after an agency's slash ends the line; the next caption's name is its own.
const names = (text: string) => detectPeople(text).map(p => p.entity);

describe('a credit at the end of a caption line', () => {
  it('does not run on into the name opening the next caption', () => {
    const text = 'Tamsin Rowe wears her medal after winning the final in Lisbon, Portugal, May 8, 2025. WIREPIX/Orrin Dale\n'
      + 'Tamsin Rowe hugs her coach Ida Marsh after the final in Lisbon, Portugal, May 8, 2025. WIREPIX/Orrin Dale\n';
    assert.deepEqual(names(text), ['Tamsin Rowe', 'Orrin Dale', 'Tamsin Rowe', 'Ida Marsh', 'Orrin Dale']);
  });

  it('still joins a name wrapped across lines of prose', () => {
    const text = 'The council heard on Tuesday from the head of the harbour trust, Evelyn\nHartley, who said the pier would reopen.\n';
    assert.deepEqual(names(text), ['Evelyn Hartley']);
  });
});

// Made-up headlines and captions over paragraphs that are not wrapped by width.
describe('a line break that is no wrap', () => {
  it('ends a name where the next line had room for its first word on the line before', () => {
    const text = 'Rates climb for a fourth week running, says economist Hollin Vane\n'
      + 'Rates on a thirty-year loan have risen for the past four weeks, according to the weekly survey of lenders.\n';
    assert.deepEqual(names(text), ['Hollin Vane']);
  });

  it('ends a name before a word alone on its line, a heading', () => {
    const text = 'The photograph shows the founders with their first guests Ada Quill and Ivo Marsh\nHighlights\n'
      + 'Like people, the institute grows one generation at a time, its founders said.\n';
    assert.deepEqual(names(text), ['Ada Quill', 'Ivo Marsh']);
  });

  it('ends a name at a line break on a page whose paragraphs run on in longer lines', () => {
    const headline = 'Harbour board suspends its chief engineer, Corvin Ashdale';
    const body = 'Quayside, Ostrava harbour board members voted on Tuesday to suspend the chief engineer for a month while an'
      + ' inquiry looks into the collapse of the eastern crane, the board said in a statement.';
    // the headline is given twice, as a page's teaser and its title: its second line opens with a word of a name
    const text = `${headline}\n${headline.replace('Harbour', 'Quayside')}\n\n${body}\n\n${body}\n`;
    assert.deepEqual(names(text), ['Corvin Ashdale', 'Corvin Ashdale']);
    // with no long lines the same two lines may be a name wrapped by width
    assert.equal(detectPeople(`${headline}\n${headline.replace('Harbour', 'Quayside')}\n`)[0].text, 'Corvin Ashdale\nQuayside');
  });
});
