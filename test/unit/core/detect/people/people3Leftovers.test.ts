import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Leftovers of people on real pages (issue 14): bylines with a newsroom's credit, credits after a name on its own line,
// a question's "Will" before a name, transcripts' speakers labelled by given name. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: bylines\' credits, credit words after names, a question\'s "Will", first-name speaker labels', () => {
  it('a byline\'s names before "STAFF WRITERS" or "Staff Writer" are its writers, no firm\'s staff', () => {
    assert.deepEqual(people('Council news\n\nBy Mary Jones STAFF WRITER\n\nThe council voted to close the library.\n'),
      [['Mary Jones', 'Mary Jones']]);
    assert.deepEqual(people('Council news\n\nBy Dara Quillon and Hannah Marsters STAFF WRITERS\n\nThe council voted to close the library.\n'),
      [['Dara Quillon', 'Dara Quillon'], ['Hannah Marsters', 'Hannah Marsters']]);
    // (a firm's staff named after it stays the firm's)
    assert.deepEqual(people('Aer Varna staff went on strike on Monday.'), []);
  });

  it('a byline set as a list item ("- By …") is a byline, no headline', () => {
    assert.deepEqual(people('Council news\n\n- By Dara Quillon and Hannah Marsters\n\nThe council voted to close the library.\n'),
      [['Dara Quillon', 'Dara Quillon'], ['Hannah Marsters', 'Hannah Marsters']]);
  });

  it('a credit word after a given name and a surname at a line\'s end is no word of the name', () => {
    assert.deepEqual(people('Owen Tarrant Interviewer\n\nMira Castell Narrator\n\nOT: This is Owen Tarrant recording. I am interviewing Mira Castell today.\n'),
      [['Owen Tarrant', 'Owen Tarrant'], ['Owen Tarrant', 'Owen Tarrant'], ['Mira Castell', 'Mira Castell']]);
    assert.deepEqual(people('Owen Tarrant Moderator\n\nThe panel met on Monday.\n'), [['Owen Tarrant', 'Owen Tarrant']]);
  });

  it('"Will" opening a question before a given name and a surname is the question\'s, not the name\'s', () => {
    assert.deepEqual(people('Letter: Will Helen Varnum run for the Senate? There are many reasons to doubt it.\n'),
      [['Helen Varnum', 'Helen Varnum']]);
    // (a statement keeps it: "Will" may be the given name there)
    assert.deepEqual(people('Will Smith Jones said on Monday that he would run.'), [['Will Smith Jones', 'Will Smith Jones']]);
  });

  it('a given name alone as a transcript\'s label, twice or with a cue\'s time, is a speaker', () => {
    assert.deepEqual(people('Kevin:\n\nSo this is the show. We talk about studios today.\n\nKevin:\n\nThanks for listening.\n'),
      [['Kevin', 'Kevin'], ['Kevin', 'Kevin']]);
    assert.deepEqual(people('Transcript\nOlwen (00:00):\nWelcome back to the show.\nOlwen (00:26):\nSo this is the episode.\n'),
      [['Olwen', 'Olwen'], ['Olwen', 'Olwen']]);
    // (linked to the full name the article gives)
    assert.deepEqual(people('My guest is Kevin Marsh, who runs a studio.\n\nKevin:\n\nThanks for having me.\n\nKevin:\n\nIt is great.\n'),
      [['Kevin Marsh', 'Kevin Marsh'], ['Kevin', 'Kevin Marsh'], ['Kevin', 'Kevin Marsh']]);
    // (a word of the language as a label, or a given name once without a time, names no one)
    assert.deepEqual(people('Sources:\nThe report.\n\nUpdate:\nThe council met.\n\nSources:\nThe minutes.\n'), []);
    assert.deepEqual(people('Kevin:\nThe studio opened.\n\nNotes:\nThe show ends.\n'), []);
  });

  it('a given name before "and" and a full name shares its surname, not the other\'s middle initials', () => {
    assert.deepEqual(people('As the granddaughter of Helen and Arthur J. Whitcombe, she wrote the book.'),
      [['Helen', 'Helen Whitcombe'], ['Arthur J. Whitcombe', 'Arthur J. Whitcombe']]);
    assert.deepEqual(people('Samuel and Isaac Hartley ran the shop.'), [['Samuel', 'Samuel Hartley'], ['Isaac Hartley', 'Isaac Hartley']]);
  });

  it('a Korean name alone on its line (or before a comma and a role) is a person, whatever its family name means', () => {
    assert.deepEqual(people('Remarks at the dinner\n\nBan Seo-yun, Former Minister\n\nIt is a pleasure to join you.\n'),
      [['Ban Seo-yun', 'Ban Seo-yun']]);
    assert.deepEqual(people('Remarks at the dinner\n\nBan Seo-yun\n\nIt is a pleasure to join you.\n'), [['Ban Seo-yun', 'Ban Seo-yun']]);
    // (a word of the language before the hyphen is no given name's syllable)
    assert.deepEqual(people('New Year-end\n\nThe sale ends on Monday.\n'), []);
  });
});
