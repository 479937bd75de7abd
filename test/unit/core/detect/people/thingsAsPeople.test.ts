import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of issue 14's pass over things read as people (a region's pair of words before an office, …), each with
// sentences it must read and sentences it must leave alone. All names and places are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: things read as people (places before offices, ships before their noun, keepers, "plan B")', () => {
  it('two words no list knows before an office of two words and a name are the office\'s place, not a name', () => {
    assert.deepEqual(people('The bridge opened on Sunday. Orvana Teshk Chief Minister Dalia Renvik cut the ribbon.'),
      [['Dalia Renvik', 'Dalia Renvik']]);
    assert.deepEqual(people('The bridge opened on Sunday. Orvana Teshk Health Minister Dalia Renvik cut the ribbon.'),
      [['Dalia Renvik', 'Dalia Renvik']]);
    assert.deepEqual(people('The bridge opened on Sunday. Orvana Teshk Chief Minister KR Dalia Renvik cut the ribbon.'),
      [['KR Dalia Renvik', 'KR Dalia Renvik']]);
    // a name with its office after it and no name after the office stays the name
    assert.deepEqual(people('Tarun Mehrota Defence Minister met his counterpart on Monday.'), [['Tarun Mehrota', 'Tarun Mehrota']]);
  });

  it('a name right before a ship\'s noun ("ferry", "oil tanker") is the ship\'s, no person', () => {
    assert.deepEqual(people('Divers inspected the burnt Corvin Maled ferry on Monday.'), []);
    assert.deepEqual(people('The Greek-flagged Talia Brennock oil tanker was seized on Friday.'), []);
    // a clause's word between the name and the noun leaves the person
    assert.deepEqual(people('Talia Brennock said ferry fares would rise.'), [['Talia Brennock', 'Talia Brennock']]);
  });

  it('a keeper of a door, a gate or the time after "Mr." is a post, no name', () => {
    assert.deepEqual(people('The chair hears no objection. So ordered. Mr. Gatekeeper?'), []);
    // a given name and a surname after such a post stay the person's
    assert.deepEqual(people('Goalkeeper Ann Roe saved twice.'), [['Ann Roe', 'Ann Roe']]);
  });

  it('one capital right after the noun it labels ("plan B") is the label, no initial of a name after it', () => {
    assert.deepEqual(people("MPs voted on an amendment to the premier's plan B Quorvex deal on Tuesday."), []);
    // an initial after a verb stays the name's
    assert.deepEqual(people('Officials said J Holloway signed the plan.'), [['J Holloway', 'J Holloway']]);
  });
});
