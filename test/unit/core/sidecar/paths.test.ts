import assert from 'node:assert/strict';
import { articlePathFor, baseName, isSidecarPath, layoutOf, sidecarCandidatesFor, sidecarPathFor } from '../../../../src/core/sidecar/paths';

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
