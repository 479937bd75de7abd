import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up stories: a drugmaker named like a person told by its share price or its move in premarket trading, and two
// short forms of one three-word name that share its middle word. Every name is made up.
const people = (text: string): [string, string][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: share prices and short forms sharing a word', () => {
  it('a name with its own share price or a move in a trading session is a listed firm, through a description too', () => {
    assert.deepEqual(people('Shares fell on Friday.\nMeanwhile Orrin Dale saw its stock price jump. Investors see Dale as a winner.\n'), []);
    assert.deepEqual(people('Conversely, Orrin Dale, a major competitor in the drug trade, saw a surge in its share price.\n'), []);
    assert.deepEqual(people('Orrin Dale, a major U.S. competitor and long-standing rival, surged in premarket trading on the news.\n'), []);
  });

  it('a person whose own shares rose stays a person', () => {
    assert.deepEqual(people('Meanwhile Tom Reyes saw his shares in the firm jump. Reyes said he was pleased.\n'),
      [['Tom Reyes', 'Tom Reyes'], ['Reyes', 'Tom Reyes']]);
  });

  it('two short forms sharing a word no list knows are one person of three names', () => {
    const text = 'The dry spell is not over, said agency head Tedla Amanuel.\nIn a broadcast, Amanuel Gebrehiwot warned that '
      + 'rains may fail. In March, Amanuel said the drought would ease.\n';
    assert.deepEqual(people(text), [['Tedla Amanuel', 'Tedla Amanuel Gebrehiwot'], ['Amanuel Gebrehiwot', 'Tedla Amanuel Gebrehiwot'],
      ['Amanuel', 'Tedla Amanuel Gebrehiwot']]);
  });

  it('keeps apart two people where the shared word is a name or a place the lists know', () => {
    assert.deepEqual(people('Coach Tom Jordan praised the team. Jordan Reed scored twice.\n'),
      [['Tom Jordan', 'Tom Jordan'], ['Jordan Reed', 'Jordan Reed']]);
  });
});
