import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { displayDate } from '../../../../../src/core/detect/dates/display';

// Years of an era written with fewer than four figures. Each sentence is made up.
const found = (text: string) => detectDates(text, '2026-03-10').map(d => `${d.text}=${d.value}=${displayDate(d)}`);

describe('dates: years of an era written with fewer than four figures', () => {
  it('reads a figure with "BC", "B.C.", "BCE" after it as a year before Christ', () => {
    assert.deepEqual(found('The kiln was fired around 310 BC and the wall raised in 95 B.C. by the same clan.'),
      ['310 BC=BC0310=310 BC', '95 B.C.=BC0095=95 BC']);
    assert.deepEqual(found('The scroll is older than the revolt of 167 B.C.E. by a century.'), ['167 B.C.E.=BC0167=167 BC', 'a century=P100Y=100 years']);
  });

  it('reads "AD" before or after a figure, and the year a range runs to', () => {
    assert.deepEqual(found('The town flooded in AD 61 and again in 112 AD.'), ['AD 61=0061=AD 61', '112 AD=0112=AD 112']);
    assert.deepEqual(found('Coins from A.D. 40 to 260 lay in the trench.'), ['A.D. 40=0040=AD 40', '260=0260=AD 260']);
    // a range ending in a year before Christ starts with the larger figure
    assert.deepEqual(found('The hall stood from 220 to 140 BC.'), ['220=BC0220=220 BC', '140 BC=BC0140=140 BC']);
  });

  it('takes the era into a four-figure year already read, and reads no figure of a larger number or a place', () => {
    assert.deepEqual(found('The abbey was founded in AD 1093.'), ['AD 1093=1093=1093']);
    assert.deepEqual(found('Hunters crossed the land bridge 12,000 BC or earlier.'), []);
    assert.deepEqual(found('The ferry leaves Nanaimo, BC at noon.').map(s => s.split('=')[0]), ['noon']);
  });
});
