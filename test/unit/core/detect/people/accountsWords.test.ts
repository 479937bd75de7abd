import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The accounts' words a results table's labels are made of are words of the language (people/classify.ts).
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: a results table\'s labels of accounts\' words', () => {
  it('"Gross Profit Margin", "Quarter Pre-tax Profit" name no one', () => {
    assert.deepEqual(people('Key: OP = Operating Profit, OPM = Gross Profit Margin, D/E = Debt to Equity'), []);
    assert.deepEqual(people('The figures in brief:\nSecond Quarter Pre-tax Profit £41M\nSecond Quarter Sales £610M\n'), []);
  });

  it('a person named beside the table stays one', () => {
    assert.deepEqual(people('Chief executive Orla Brennick said Net Profit Margin rose to 12%.'), ['Orla Brennick']);
  });
});
