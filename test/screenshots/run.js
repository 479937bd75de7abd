// `npm run screenshots`: the README's pictures (media/screenshots/*.png) and the Getting Started walkthrough's
// (media/walkthrough/*.webp, small: the .vsix ships them), taken in the real VS Code the tests use (test/vscode-host)
// on a fresh copy of samples/ in a folder called "newsroom".
// Fails when the text of the workbench at any picture holds the machine's host or user name, a temporary path, an
// "Untitled" editor or a problem count (test/screenshots/forbidden.js): pictures that sell the product show none.
const path = require('path');
const fs = require('fs');
const os = require('os');
const cp = require('child_process');
const { runTests } = require('@vscode/test-electron');
const { forbiddenIn } = require('./forbidden');

const root = path.resolve(__dirname, '../..');
const media = path.join(root, 'media');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-shots-'));
const workspace = path.join(scratch, 'newsroom');
const texts = path.join(scratch, 'texts');
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
fs.mkdirSync(texts);

// the harness (test/vscode-host/browser.js) reads these from the environment it inherits; picture names are paths
// under media/ ("screenshots/claims-view-dark", "walkthrough/sidecar-light.webp")
process.env.SCREENSHOT_DIR = media;
process.env.SCREENSHOT_TEXT_DIR = texts;
// VS Code's own status bar items that say nothing about the article (and one that counts problems: "⊗ 0 ⚠ 0"),
// hidden from the start as a user hides them (right-click → Hide)
process.env.SCREENSHOT_HIDDEN_STATUS_ITEMS = ['status.problems', 'status.forwardedPorts', 'status.workbench.keyboardLayout'].join(',');

const build = cp.spawnSync(process.execPath, [path.join(root, 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const machine = { hostname: os.hostname(), username: os.userInfo().username, tmpdir: os.tmpdir() };
const pictureOf = text => text.replace(/\.txt$/, '').replace('_', '/');

runTests({
  vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || path.join(root, 'test/vscode-host/code-headless'),
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(root, 'dist/test/screenshots/index.js'),
  launchArgs: [workspace],
}).then(() => {
  const problems = [];
  const shots = fs.readdirSync(texts).filter(f => f.endsWith('.txt')).sort();
  if (!shots.length) problems.push('no picture was taken');
  for (const file of shots) {
    for (const found of forbiddenIn(fs.readFileSync(path.join(texts, file), 'utf8'), machine)) problems.push(`${pictureOf(file)}: ${found}`);
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${shots.length} pictures in media/: ${shots.map(pictureOf).join(', ')}`);
}, err => {
  console.error(String(err));
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
});
