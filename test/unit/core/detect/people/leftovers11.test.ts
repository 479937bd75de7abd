import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of issue 14's twelfth pass (an office written after a name, initials written without full stops, law firms
// and other firms named like people), each with sentences it must read and sentences it must leave alone. All names are
// made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: offices after names, initials without stops, firms named like people (twelfth pass)', () => {
  it('a name followed by its office in capitals ("Tarun Mehrota Defence Minister") is the name, and the office none of it', () => {
    assert.deepEqual(people('Tarun Mehrota Defence Minister met his counterpart on Monday. Mehrota said talks went well.'),
      [['Tarun Mehrota', 'Tarun Mehrota'], ['Mehrota', 'Tarun Mehrota']]);
    assert.deepEqual(people('The talks were attended by R. Vasudevan External Affairs Minister and Lakshmi Iyengar Finance Minister.'),
      [['R. Vasudevan', 'R. Vasudevan'], ['Lakshmi Iyengar', 'Lakshmi Iyengar']]);
    // an office before the name, or a firm's officer after its name, are read as before
    assert.deepEqual(people('Finance Minister Lakshmi Iyengar said the deficit would fall.'), [['Lakshmi Iyengar', 'Lakshmi Iyengar']]);
  });
});
