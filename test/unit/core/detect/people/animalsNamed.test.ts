import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Animals the article names with a person's name (issue 14, named-things pass): a zoo's or a wild animal introduced by
// what it is stays no one, even where "she" and "her" are said of it later; its keepers stay people. Names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: animals named like people (named-things pass)', () => {
  it('a zoo animal set off by its kind ("Mabel, the baby hippo") is no one, in every later mention', () => {
    assert.deepEqual(people('Mabel, the tiny hippo who won hearts, turned six on Tuesday at the zoo.\n\n'
      + 'Mabel celebrated with a cake made with all her favorite fruit.\n\nThe zoo shared a video of Mabel with her cake, keeper Dora Vance said.'),
    [['Dora Vance', 'Dora Vance']]);
  });

  it('a wild animal named after its kind ("the grizzly Juniper", ", a seven-year-old grizzly") is no one', () => {
    assert.deepEqual(people('Visitors lined up to see Rocco Vail, a seven-year-old grizzly, at the park.\n\nRocco Vail ate berries all day.'), []);
    assert.deepEqual(people('Rangers said the grizzly Juniper crossed the road with her cubs. Juniper was last seen near the lake.'), []);
  });

  it('a person of the same given name, with nothing to say it is an animal, stays a person', () => {
    assert.deepEqual(people('Mabel Orrin, the zoo director, said Mabel had worked there for years.'),
      [['Mabel Orrin', 'Mabel Orrin'], ['Mabel', 'Mabel Orrin']]);
    // (an animal's noun after the name's own words is what she keeps, not what she is)
    assert.deepEqual(people('Later, Mabel Orrin said her hippo was fine. Mabel said she fed it daily.'),
      [['Mabel Orrin', 'Mabel Orrin'], ['Mabel', 'Mabel Orrin']]);
  });

  it('a name followed by "the" and what it is ("Mabel the hippo", "Quill the Robot") is no one', () => {
    assert.deepEqual(people('Crowds came to see Mabel the hippo. Mabel splashed her keepers, said Dora Vance.'), [['Dora Vance', 'Dora Vance']]);
    assert.deepEqual(people('We met Quill the Robot in Lisbon. Quill told us she loves being a robot.'), []);
    // (a trade after the animal's noun is the person's: "Ed Marr the dog walker")
    assert.deepEqual(people('Neighbours praised Ed Marr the dog walker, who found the keys.'), [['Ed Marr', 'Ed Marr']]);
  });

  it('an animal’s kin after its noun ("Panda mother Mei Lan", "potbelly pig Otto") is no one', () => {
    assert.deepEqual(people('Panda mother Mei Lan has been caring for her cub. Mei Lan may take her outside soon, curator Ann Boyle said.'),
      [['Ann Boyle', 'Ann Boyle']]);
    assert.deepEqual(people('The potbelly pig Otto lived in the actor\'s house for years.'), []);
  });

  it('one who likes or knows the animal (", a panda fan") stays a person', () => {
    assert.deepEqual(people('"You just want to hold him," said Vera Kalm, a panda fan.'), [['Vera Kalm', 'Vera Kalm']]);
  });

  it('an animal named or called so after its noun ("an elephant named Rosa") is no one in every mention', () => {
    assert.deepEqual(people('A 40-year-old Asian elephant named Rosa died on Friday. "We couldn\'t save Rosa," said director Ivan Dale. Rosa loved her sisters.'),
      [['Ivan Dale', 'Ivan Dale']]);
    assert.deepEqual(people('From 1979 the club had a mascot named Dandy. Dandy was big and blue, said designer Ana Ruel.'), [['Ana Ruel', 'Ana Ruel']]);
    // (a person named after someone stays a person, and so does one whose trade follows the noun: "mascot designer")
    assert.deepEqual(people('The suit was made by mascot designer Ana Ruel in 1979.'), [['Ana Ruel', 'Ana Ruel']]);
    assert.deepEqual(people('Her son, named after Ivan Dale, said the zoo was closed.'), [['Ivan Dale', 'Ivan Dale']]);
  });
});
