import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// A writer's or signer's name in capitals on a line of its own, told by the credit beside it (people/capitalCreditLines.ts),
// and a roll of members under one title no headline (people/headlines.ts). Every name is made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);
const body = '\n\nHARBOURTOWN — The port stayed closed on Friday, the harbour master said.\n';

describe('people: names in capitals beside a credit, rolls of titled names', () => {
  it('a name in capitals over an agency\'s line, or with the agency after its comma, is the writer', () => {
    assert.deepEqual(people('Storm shuts port for a third day\n\nMARTA QUILLING\n\nTHE ASSOCIATED PRESS' + body),
      [['MARTA QUILLING', 'Marta Quilling']]);
    assert.deepEqual(people('Storm shuts port for a third day\n\nTOMAS BRENVIK, Reuters' + body),
      [['TOMAS BRENVIK', 'Tomas Brenvik']]);
    assert.deepEqual(people('Storm shuts port\nANNA K. VELLORI, Staff Writer' + body), [['ANNA K. VELLORI', 'Anna K. Vellori']]);
  });

  it('a minutes\' signature block names the signers, a title in capitals before the name left out', () => {
    assert.deepEqual(people('The meeting adjourned at 8 p.m.\nTOMAS HALE, MAYOR\nDENISE M. KORVALD, CITY CLERK\n'),
      [['TOMAS HALE', 'Tomas Hale'], ['DENISE M. KORVALD', 'Denise M. Korvald']]);
    assert.deepEqual(people('REGULAR SESSION\n\nSENATOR MARIA N. PELLUCCI, Acting President\n').map(p => p[1]), ['Maria N. Pellucci']);
  });

  it('capitals with no credit beside them, or no given name first, name no one', () => {
    assert.deepEqual(people('MARTA QUILLING\n\nThe port stayed closed on Friday, the harbour master said.\n'), []);
    assert.deepEqual(people('REGULAR SESSION\n\nLATEST NEWS, Reuters\n\nNEW HARBOUR, Staff Writer\n'), []);
    assert.deepEqual(people('CITY HALL – COUNCIL CHAMBERS\nROLL CALL, Clerk\n'), []);
  });

  it('a line of a title and a name beside another under the same title is a roll, its particles kept', () => {
    const roll = 'MEMBERS PRESENT:\n\nSenator Marisol Van de Kamp\n\nSenator Tom Orvell\n\nSenator Ada de la Vega\n';
    assert.deepEqual(people(roll).map(p => p[0]), ['Marisol Van de Kamp', 'Tom Orvell', 'Ada de la Vega']);
  });

  it('the same first word on two title-case lines that is no title leaves them headlines', () => {
    const page = 'Full Moon Helps Refloat Barge\n\nFull Moon Helps Refloat Barge\n\nThe barge was freed on Monday.\n';
    assert.deepEqual(people(page), []);
  });
});
