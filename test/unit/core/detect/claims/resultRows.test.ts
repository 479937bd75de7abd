import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { isResultRow } from '../../../../../src/core/detect/claims/resultRows';

// Results tables and rolls pasted with a race or tournament report (6 December, night): made-up rows and entries.
describe('claims: a results table\'s rows and a roll\'s entries', () => {
  it('knows a rank alone, a competitor\'s row with a time, a gap or a score to par, a table\'s row and a roll\'s entry', () => {
    for (const line of ['T-4.', 'T7', 'Tomas Varga, -6', 'Ana de la Vega, Spain (Corvo), -2.822 seconds',
      'Ivo Rook, Italy (Corvo), 27 laps, Total Race Time 42:05.426', 'Ben Olsen, UK (Harlan), -46.614, crash',
      'Ada Marsh, Norway (Velta), -30.698, includes 1.1-second penalty',
      '1 | Ivo Rook | ITA | Corvo Racing (C-20) | 42m 2.272s |', '2 | Ada Marsh | NOR | Velta (V9) | +2.217s |',
      'Wales – Ian Dale (2006).', 'Northern Ireland – Ros Keane (2016).', '3 – Tom Hale (1990, 1994)', '4 – Ada Marsh.'])
      assert.ok(isResultRow(line), line);
    for (const line of ['Varga finished 2.8 seconds behind, Rook said.', 'President Hale, 332.', 'Ivo Rook, 45, died on Monday.',
      'Ada Marsh, Norway, won the race by 2.8 seconds.', '| Buildings | $41m | $45m | +9.8% |', '1 | Ivo Rook | scored twice | 1:04.2 |',
      'Wales – the best side in the world.', 'The index fell 2.8%, to 4,210.']) assert.ok(!isResultRow(line), line);
  });

  it('scores a results table\'s rows 0 and the report\'s sentence as before', () => {
    const text = 'Varga won by 2.8 seconds from Rook on Sunday.\n1. Tomas Varga, Hungary (Corvo), 27 laps, Total Race Time 42:05.426\n'
      + '2. Ivo Rook, Italy (Velta), -2.822 seconds\n3. Ada Marsh, Norway (Velta), -7.269';
    const scores = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(scores.get('Ivo Rook, Italy (Velta), -2.822 seconds'), 0);
    assert.equal(scores.get('Ada Marsh, Norway (Velta), -7.269'), 0);
    assert.ok((scores.get('Varga won by 2.8 seconds from Rook on Sunday.') ?? 0) > 0.5);
  });
});
