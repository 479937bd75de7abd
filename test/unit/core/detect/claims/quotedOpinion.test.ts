import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { readSignals } from '../../../../../src/core/detect/claims/cues';
import { asAView, quotesOnlyAView } from '../../../../../src/core/detect/claims/quotedOpinion';

// The fourth claims audit (7 December): a source's view quoted with its speaker, made-up lines.
const isView = (line: string) => quotesOnlyAView(line, readSignals(line));

describe('claims: a quotation of a view with its speaker', () => {
  const views = [
    '“It is a living document,” Councillor Ann Reyes said at the meeting.',
    '"Nobody wants to change your street right now," the mayor said.',
    '“It shows no sign of coming under control,” said Professor Jo Bell, a member of the panel.',
    'The quieter ward is "welcome news," says Dr Tom Okafor, who runs the clinic.',
    '“After the talks, the ministry should drop the new fees,” he demanded.',
  ];
  const facts = [
    '“We cut the deficit in the first two years,” the governor said.',
    '“The rural wage has come down,” he added.',
    '“This was the only record exposed; no other data was impacted,” the firm said.',
    '“Sales rose by 12% last year,” the chief executive said.',
    'The mayor said the plan was "a living document" and would be updated.',
    'It is a living document, the mayor said.',
  ];

  it('knows a quotation without an event, a change, a past form or a figure', () => {
    for (const line of views) assert.ok(isView(line), line);
    for (const line of facts) assert.ok(!isView(line), line);
  });

  it('lowers its score by one unit of log-odds and keeps the order of scores', () => {
    assert.ok(Math.abs(asAView(0.5) - 1 / (1 + Math.E)) < 1e-12);
    assert.ok(asAView(0.9) > asAView(0.6) && asAView(0.6) < 0.6);
    const line = views[0];
    const plain = line.replace(/[“”]/g, '');
    assert.ok(claimScore(line) < claimScore(plain), `${claimScore(line)} ≥ ${claimScore(plain)}`);
  });
});
