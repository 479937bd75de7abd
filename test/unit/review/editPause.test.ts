// The one edit clock: a burst of edits settles once, after the pause, with the document as it is then.
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { EditPause } from '../../../src/review/editPause';

function documentAt(path: string): vscode.TextDocument & { isClosed: boolean } {
  const uri = { toString: () => `file://${path}` } as vscode.Uri;
  return { uri, isClosed: false } as vscode.TextDocument & { isClosed: boolean };
}

/** An EditPause whose settlements are recorded; `next()` resolves with the next settled document. */
function recordingPause() {
  const settled: vscode.TextDocument[] = [];
  let wake: (() => void) | undefined;
  const pause = new EditPause(document => {
    settled.push(document);
    wake?.();
  });
  const next = () => new Promise<void>(resolve => (wake = resolve));
  return { pause, settled, next };
}

describe('review: the edit pause', () => {
  it('settles a burst of edits once, and says it is pending until then', async () => {
    const { pause, settled, next } = recordingPause();
    const article = documentAt('/desk/a.md');
    const settling = next();
    pause.edited(article);
    pause.edited(article);
    pause.edited(article);
    assert.equal(pause.isPending(article.uri), true);
    await settling;
    assert.deepEqual(settled, [article]);
    assert.equal(pause.isPending(article.uri), false);
    pause.dispose();
  });

  it('keeps one pause per article', async () => {
    const { pause, settled, next } = recordingPause();
    const a = documentAt('/desk/a.md'), b = documentAt('/desk/b.md');
    pause.edited(a);
    pause.edited(b);
    await next();
    await next();
    assert.deepEqual(new Set(settled), new Set([a, b]));
    pause.dispose();
  });

  it('forgets a closed article: it neither settles nor stays pending', async () => {
    const { pause, settled, next } = recordingPause();
    const closed = documentAt('/desk/closed.md'), forgotten = documentAt('/desk/forgotten.md'), open = documentAt('/desk/open.md');
    pause.edited(closed);
    pause.edited(forgotten);
    closed.isClosed = true;
    pause.forget(forgotten.uri);
    assert.equal(pause.isPending(forgotten.uri), false);
    pause.edited(open); // settles after the other two would have
    await next();
    assert.deepEqual(settled, [open]);
    pause.dispose();
  });
});
