// What the CLI tests share: a claim annotation anchored on one sentence of an article text.
import assert from 'node:assert/strict';
import { createAnchor } from '../../../src/core/sidecar/anchoring';
import type { ClaimAnnotation } from '../../../src/core/sidecar/model';

export function claimOn(text: string, id: string, sentence: string, status: string, extra: Partial<ClaimAnnotation> = {}): ClaimAnnotation {
  const start = text.indexOf(sentence);
  assert.ok(start >= 0);
  return { id, status, origin: 'detected', anchor: createAnchor(text, start, start + sentence.length), ...extra };
}
