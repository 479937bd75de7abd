// Every picture the README and the Getting Started walkthrough show is one `npm run screenshots` takes
// (test/screenshots/suite/index.ts), so re-running the script renews them all, and media/ holds no picture it no
// longer takes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const suite = fs.readFileSync(path.join(root, 'test/screenshots/suite/index.ts'), 'utf8');
const THEMES = ['light', 'dark', 'high-contrast'];

/** Whether the suite asks for `name` (a path under media/, without .png), literally or as `base-${suffix}`. */
function taken(name: string): boolean {
  if (suite.includes(`'${name}`) || suite.includes(`\`${name}\``)) return true;
  const theme = THEMES.find(t => name.endsWith(`-${t}`));
  return theme !== undefined && suite.includes(`\`${name.slice(0, -theme.length)}\${suffix}\``);
}

describe('screenshots: the script takes every picture shown', () => {
  it('takes each picture the README shows', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/\]\(media\/(screenshots\/[\w-]+)\.png\)/g)].map(m => m[1]);
    assert.ok(shown.length >= 5, shown.join(' '));
    for (const name of shown) assert.ok(taken(name), `${name}.png`);
  });

  it("takes each picture of the walkthrough's steps", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const step of manifest.contributes.walkthroughs[0].steps) {
      assert.ok(taken(step.media.image.replace(/^media\//, '')), step.media.image);
    }
  });

  it('keeps no picture in media/screenshots or media/walkthrough that the script no longer takes', () => {
    for (const folder of ['screenshots', 'walkthrough']) {
      for (const file of fs.readdirSync(path.join(root, 'media', folder))) {
        assert.ok(taken(`${folder}/${file.replace(/\.png$/, '')}`), `media/${folder}/${file}`);
      }
    }
  });

  it('finds a name only when the suite asks for it', () => {
    assert.ok(taken('screenshots/claims-view-dark'));
    assert.ok(!taken('screenshots/changed-since-review'));
    assert.ok(!taken('screenshots/no-such-picture-light'));
  });
});
