import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of the pass on real motorsport, racing, golf, tennis and cycling pages (6 December, night), each with
// sentences it must read and sentences it must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: motorsport, racing, golf, tennis and cycling pages (6 December, night)', () => {
  it('a track, a racecourse, a team or a race or trophy named after someone is no person', () => {
    assert.deepEqual(people('The series heads to Dorran Raceway this weekend, and Byrne took pole at Halvey Speedway.'), []);
    assert.deepEqual(people('Lena Marsh won in her second race driving for Ross Tilden Racing.'), [['Lena Marsh', 'Lena Marsh']]);
    assert.deepEqual(people('The meeting was held at Arden Hollis Racecourse on a wet afternoon.'), []);
    assert.deepEqual(people('Corran also won the Champion Hurdle twice before he retired.'), []);
    assert.deepEqual(people('Rhys Tallon cradled the Mabry Jug on the last green, two shots clear.'), [['Rhys Tallon', 'Rhys Tallon']]);
    // the founder stays a person where the article writes him alone
    assert.deepEqual(people('Team owner Ross Tilden said the car was fast.'), [['Ross Tilden', 'Ross Tilden']]);
  });

  it('a horse is told by its jockey or trainer after its possessive, by "with jockey", by odds on a list and by what it is', () => {
    assert.deepEqual(people('The gelding won the handicap by a neck.\nTobin Marl\'s trainer Ada Hale said the penalty told.'),
      [['Ada Hale', 'Ada Hale']]);
    assert.deepEqual(people('Last year\'s winner Corran Vale, with jockey Ivo Rook, started from post 7.'), [['Ivo Rook', 'Ivo Rook']]);
    assert.deepEqual(people('The horses and their morning line odds:\n- Lanty Moss, 8-1\n- Ebba Strand, 20-1\n'), []);
    assert.deepEqual(people('They sent him to Ed Hale, and Kelda Rowe is another lovely horse for them.'), [['Ed Hale', 'Ed Hale']]);
    // a boxer's trainer, a set's score on a tennis page and a trade stay people's
    assert.deepEqual(people('Tobin Marl\'s trainer Ada Hale said the rematch would go ahead.'),
      [['Tobin Marl', 'Tobin Marl'], ['Ada Hale', 'Ada Hale']]);
    assert.deepEqual(people('Results of the women\'s final:\nLanty Moss 6-3\nLanty Moss said she was thrilled.'),
      [['Lanty Moss', 'Lanty Moss'], ['Lanty Moss', 'Lanty Moss']]);
    assert.deepEqual(people('Kelda Rowe is a horse trainer in Kildare. Rowe said the yard was full.'),
      [['Kelda Rowe', 'Kelda Rowe'], ['Rowe', 'Kelda Rowe']]);
  });

  it('a thoroughbred named like a person and a golf course or ranking are no people', () => {
    assert.deepEqual(people('The first winner was a classy thoroughbred named Tobin Marl. Tobin Marl would win again.'), []);
    assert.deepEqual(people('Corran and Vell halved their match at Le Golf Ardenne on Sunday.'), []);
    assert.deepEqual(people('Entry went to the top 50 of the Official Dunmore Golf Ranking.'), []);
  });
});
