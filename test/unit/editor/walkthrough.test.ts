// The Getting Started walkthrough of package.json: each step says what to do, links only to commands the extension
// has (or a view's focus command), and shows a picture that exists and goes into the .vsix with the sample article
// that "Open Sample Article" (src/editor/sampleArticle.ts) copies. Inside VS Code: test/integration/suite/firstHour.test.ts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { COMMAND_IDS, FOCUS_CLAIMS_VIEW, WALKTHROUGH_COMMAND } from '../../../src/commandIds';
import { SAMPLE_FILES } from '../../../src/editor/sampleFiles';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

interface Step { id: string; title: string; description: string; media: { image: string; altText: string }; completionEvents?: string[] }
const walkthroughs: { id: string; title: string; steps: Step[] }[] = manifest.contributes.walkthroughs ?? [];

/** Whether .vscodeignore lets `file` into the .vsix: everything is excluded, then "!" lines (with `*`) include. */
function packaged(file: string): boolean {
  const includes = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').filter(l => l.startsWith('!')).map(l => l.slice(1).trim());
  const asRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return includes.some(glob => asRegExp(glob).test(file));
}

describe('manifest: the Getting Started walkthrough', () => {
  it('walks through opening the sample, reviewing from the keyboard, the sidecar and the Claims view', () => {
    assert.equal(walkthroughs.length, 1);
    assert.deepEqual(walkthroughs[0].steps.map(s => s.id), ['openSample', 'reviewKeyboard', 'sidecar', 'claimsView']);
    assert.match(walkthroughs[0].steps[0].description, new RegExp(`\\(command:${WALKTHROUGH_COMMAND.openSample}\\)`));
  });

  it('links every step to a command the extension registers, or the Claims view', () => {
    const known = new Set([...COMMAND_IDS, FOCUS_CLAIMS_VIEW]);
    for (const step of walkthroughs[0].steps) {
      const links = [...step.description.matchAll(/\(command:([\w.]+)/g)].map(m => m[1]);
      assert.equal(links.length, 1, `${step.id} has one button`);
      for (const id of links) assert.ok(known.has(id), `${step.id} links to ${id}`);
      for (const event of step.completionEvents ?? []) {
        const [kind, id] = event.split(':');
        if (kind === 'onCommand') assert.ok(known.has(id), `${step.id} completes on ${id}`);
        else assert.equal(event, 'onView:factcheck.claims');
      }
    }
  });

  it('shows a picture with a description in each step, in the package', () => {
    for (const step of walkthroughs[0].steps) {
      assert.ok(step.media.altText.length > 20, `${step.id} describes its picture`);
      assert.ok(fs.statSync(path.join(root, step.media.image)).size > 1000, `${step.media.image} exists`);
      assert.ok(packaged(step.media.image), `${step.media.image} goes into the .vsix`);
    }
    assert.ok(!packaged('media/screenshots/claims-view-dark.png'), 'the README pictures stay out');
  });

  it('ships the sample article and its sidecar from samples/', () => {
    for (const name of SAMPLE_FILES) {
      assert.ok(fs.existsSync(path.join(root, 'samples', name)), `samples/${name} exists`);
      assert.ok(packaged(`samples/${name}`), `samples/${name} goes into the .vsix`);
    }
  });
});
