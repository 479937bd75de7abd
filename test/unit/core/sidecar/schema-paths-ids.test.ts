import assert from 'node:assert/strict';
import schema from '../../../../src/core/sidecar/sidecar.schema.json';
import { ISO_TIME } from '../../../../src/core/sidecar/schema';
import { BUILTIN_STATUSES, READABLE_VERSIONS, SIDECAR_VERSION } from '../../../../src/core/sidecar/model';
import { serializeSidecar } from '../../../../src/core/sidecar';
import { articlePathFor, baseName, isSidecarPath, layoutOf, sidecarCandidatesFor, sidecarPathFor } from '../../../../src/core/sidecar/paths';
import { isValidClaimId, newClaimId } from '../../../../src/core/sidecar/ids';

describe('sidecar.schema.json stays in step with the validator', () => {
  it('version, statuses, the ISO pattern and the entry keys', () => {
    assert.deepEqual(schema.properties.version.enum, [...READABLE_VERSIONS]);
    assert.ok(READABLE_VERSIONS.includes(SIDECAR_VERSION));
    assert.deepEqual(schema.definitions.claim.properties.status.examples, [...BUILTIN_STATUSES]);
    assert.equal(schema.definitions.claim.properties.updated.pattern, ISO_TIME.source);
    const written = serializeSidecar({ version: 1, article: 'a.md', claims: [{
      id: 'c-1', status: 'verified', note: 'n', sources: ['s'], reviewer: 'r', updated: '2026-01-01T00:00:00Z', origin: 'manual', dismissed: true,
      anchor: { quote: 'q', prefix: 'p', suffix: 's', start: 0, end: 1 },
      reviewed: { quote: 'q', reviewer: 'r', time: '2026-01-01T00:00:00Z' }, history: [{ status: 'disputed', reviewer: 'r', time: '2025-12-31T00:00:00Z', quote: 'Q' }],
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

describe('sidecar paths', () => {
  it('maps an article to its sidecar beside it or in .factcheck/, and back', () => {
    assert.equal(sidecarPathFor('news/story.md'), 'news/story.md.factcheck.yaml');
    assert.equal(sidecarPathFor('news/story.md', 'folder'), 'news/.factcheck/story.md.factcheck.yaml');
    assert.equal(sidecarPathFor('C:\\desk\\story.txt', 'folder'), 'C:\\desk\\.factcheck\\story.txt.factcheck.yaml');
    assert.equal(sidecarPathFor('story.md', 'folder'), '.factcheck/story.md.factcheck.yaml');
    for (const article of ['news/story.md', 'story.md', '/abs/a b/ü.md', 'C:\\desk\\story.txt']) {
      for (const layout of ['beside', 'folder'] as const) {
        const sidecar = sidecarPathFor(article, layout);
        assert.ok(isSidecarPath(sidecar));
        assert.equal(articlePathFor(sidecar), article);
        assert.equal(layoutOf(sidecar), layout);
      }
    }
    assert.deepEqual(sidecarCandidatesFor('a/b.md', 'folder'), ['a/.factcheck/b.md.factcheck.yaml', 'a/b.md.factcheck.yaml']);
    assert.equal(articlePathFor('news/story.md'), undefined);
    assert.equal(isSidecarPath('news/.factcheck.yaml'), false);
    assert.equal(baseName('a/b\\c.md'), 'c.md');
  });
});

describe('claim ids', () => {
  it('are valid, distinct from taken ids, and come from the injected randomness', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) ids.add(newClaimId(ids));
    assert.equal(ids.size, 200);
    for (const id of ids) assert.ok(isValidClaimId(id) && /^c-[0-9a-z]{10}$/.test(id), id);
    let calls = 0;
    const fixed = (n: number) => new Uint8Array(n).fill(calls++ === 0 ? 0 : 1);
    assert.equal(newClaimId(new Set(['c-0000000000']), fixed), 'c-1111111111');
    assert.equal(isValidClaimId('bad id'), false);
    assert.equal(isValidClaimId(''), false);
  });
});
