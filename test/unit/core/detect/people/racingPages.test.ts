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
});
