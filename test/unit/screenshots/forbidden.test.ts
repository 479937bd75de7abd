// The check `npm run screenshots` applies to each picture's workbench text (test/screenshots/forbidden.js): each kind
// of debris planted in a realistic text is caught, and the clean text of a demo picture passes.
import assert from 'node:assert/strict';
import { forbiddenIn } from '../../screenshots/forbidden';

const machine = { hostname: 'build-box-7', username: 'jenkins', tmpdir: '/tmp' };
const clean = [
  'harbour-bridge-funding.md', 'NEWSROOM', '[Extension Development Host] newsroom',
  'Ayodele Okonkwo, who chairs the regional chamber of commerce, put the figure higher',
  'Reviewed by Dana Reyes on 2026-03-12 10:20 UTC', 'Ln 9, Col 97', 'Spaces: 4', 'UTF-8', 'Markdown',
  '3 verified, 1 disputed, 1 detached', 'Notifications',
].join('\n');

describe('screenshots: what no picture may show', () => {
  it('passes the text of a clean demo picture', () => {
    assert.deepEqual(forbiddenIn(clean, machine), []);
  });

  it("catches the status bar's problem count, which is only in its label (\"⊗ 0 ⚠ 0\" on screen)", () => {
    assert.deepEqual(forbiddenIn(`${clean}\nNo Problems`, machine), ['shows a problem count ("No Problems")']);
    assert.deepEqual(forbiddenIn(`${clean}\nErrors: 2, Warnings: 1`, machine), ['shows a problem count ("Errors: 2")']);
    assert.deepEqual(forbiddenIn(`${clean}\nWarnings: 3`, machine), ['shows a problem count ("Warnings: 3")']);
    assert.deepEqual(forbiddenIn(`${clean}\n2 errors`, machine), ['shows a problem count ("2 errors")']);
  });

  it('catches the host and user name as words, not inside other words', () => {
    assert.deepEqual(forbiddenIn(`${clean}\nroot@build-box-7`, machine), ['shows the host name ("build-box-7")']);
    assert.deepEqual(forbiddenIn(`${clean}\nReviewed by Jenkins`, machine), ['shows the user name ("Jenkins")']);
    assert.deepEqual(forbiddenIn(`${clean}\nbuild-box-70 jenkinsfile`, machine), []);
  });

  it('catches a temporary path and an Untitled editor', () => {
    assert.deepEqual(forbiddenIn(`${clean}\n/tmp/factcheck-shots-x1/newsroom`, machine), ['shows a temporary path ("/tmp")']);
    assert.deepEqual(forbiddenIn(`${clean}\nUntitled-1`, machine), ['shows an Untitled editor ("Untitled")']);
  });

  it('catches a menu left open (the harness marks it in the text it saves)', () => {
    assert.deepEqual(forbiddenIn(`${clean}\nHide Status Bar\n@@open-menu\n`, machine), ['shows an open menu ("@@open-menu")']);
  });

  it('catches a status bar item the run hides that is on screen all the same (the harness marks it in the text)', () => {
    assert.deepEqual(forbiddenIn(`${clean}\n@@shown-status-item status.forwardedPorts\n`, machine),
      ['shows a status bar item meant to be hidden ("@@shown-status-item status.forwardedPorts")']);
  });

  it('catches a view the picture caught before it was drawn (the harness marks a blank webview in the text)', () => {
    assert.deepEqual(forbiddenIn(`${clean}\n@@blank-webview\n`, machine), ['shows a view not drawn yet ("@@blank-webview")']);
  });

  it('ignores a one-letter user name, which would match everywhere', () => {
    assert.deepEqual(forbiddenIn(clean, { ...machine, username: 'a' }), []);
  });
});
