import assert from 'node:assert/strict';
import schema from '../../../../src/core/sidecar/sidecar.schema.json';
import { ISO_TIME } from '../../../../src/core/sidecar/schema';
import { BUILTIN_STATUSES, READABLE_VERSIONS, SIDECAR_VERSION } from '../../../../src/core/sidecar/model';
import { serializeSidecar } from '../../../../src/core/sidecar';

describe('sidecar.schema.json stays in step with the validator', () => {
  it('version, statuses, the ISO pattern and the entry keys', () => {
    assert.deepEqual(schema.properties.version.enum, [...READABLE_VERSIONS]);
    assert.ok(READABLE_VERSIONS.includes(SIDECAR_VERSION));
    assert.deepEqual(schema.definitions.claim.properties.status.examples, [...BUILTIN_STATUSES]);
    assert.equal(schema.definitions.claim.properties.updated.pattern, ISO_TIME.source);
    const written = serializeSidecar({ version: 1, article: 'a.md', claims: [{
      id: 'c-1', status: 'verified', note: 'n', sources: ['s'], reviewer: 'r', updated: '2026-01-01T00:00:00Z', origin: 'manual', dismissed: true,
      anchor: { quote: 'q', prefix: 'p', suffix: 's', start: 0, end: 1 },
      reviewed: { quote: 'q', reviewer: 'r', time: '2026-01-01T00:00:00Z', from: 'b.md#c-2' },
      history: [{ status: 'disputed', reviewer: 'r', time: '2025-12-31T00:00:00Z', quote: 'Q', from: 'b.md#c-3' }],
    }] });
    const keys = [...written.matchAll(/^ {2}(?:- | {2})([a-z]+):/gm)].map(m => m[1]);
    assert.deepEqual(keys, Object.keys(schema.definitions.claim.properties));
    const anchorKeys = [...written.matchAll(/^ {6}([a-z]+):/gm)].map(m => m[1]);
    assert.deepEqual(anchorKeys, [...Object.keys(schema.definitions.claim.properties.anchor.properties), ...Object.keys(schema.definitions.claim.properties.reviewed.properties)]);
    const historyKeys = [...written.matchAll(/^ {6}(?:- | {2})([a-z]+):/gm)].map(m => m[1]);
    assert.deepEqual(historyKeys, Object.keys(schema.definitions.verdict.properties));
    assert.equal(schema.definitions.time.pattern, ISO_TIME.source);
  });
});
