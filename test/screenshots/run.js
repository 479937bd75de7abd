// `npm run screenshots`: the README's and the walkthrough's pictures, taken in the real VS Code the tests use
// (test/vscode-host) on a fresh copy of samples/ in a folder called "newsroom", written to media/screenshots/.
// Fails when the text of the workbench at any picture holds the machine's host or user name, a temporary path,
// an "Untitled" editor or a problem count: pictures that sell the product show none of these.
const path = require('path');
const fs = require('fs');
const os = require('os');
const cp = require('child_process');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'media/screenshots');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-shots-'));
const workspace = path.join(scratch, 'newsroom');
const texts = path.join(scratch, 'texts');
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
fs.mkdirSync(texts);
fs.mkdirSync(out, { recursive: true });

/** What must not be in a picture, each with why. */
function forbidden() {
  const words = [
    [os.hostname(), 'the host name'],
    [os.userInfo().username, 'the user name'],
  ].filter(([w]) => w && w.length > 1);
  return [
    ...words.map(([w, why]) => [new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), why]),
    [new RegExp(`${os.tmpdir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|factcheck-shots-`), 'a temporary path'],
    [/Untitled/, 'an Untitled editor'],
    [/\b\d+\s+(problems?|errors?|warnings?)\b/i, 'a problem count'],
  ];
}

// the harness (test/vscode-host/browser.js) reads these from the environment it inherits
process.env.SCREENSHOT_DIR = out;
process.env.SCREENSHOT_TEXT_DIR = texts;

const build = cp.spawnSync(process.execPath, [path.join(root, 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

runTests({
  vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || path.join(root, 'test/vscode-host/code-headless'),
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(root, 'dist/test/screenshots/index.js'),
  launchArgs: [workspace],
}).then(() => {
  const problems = [];
  const shots = fs.readdirSync(texts).filter(f => f.endsWith('.txt'));
  if (!shots.length) problems.push('no picture was taken');
  for (const file of shots) {
    const text = fs.readFileSync(path.join(texts, file), 'utf8');
    for (const [pattern, why] of forbidden()) {
      const m = pattern.exec(text);
      if (m) problems.push(`${file.replace(/\.txt$/, '.png')}: shows ${why} ("${m[0]}")`);
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${shots.length} screenshots in ${path.relative(root, out)}/: ${shots.map(f => f.replace(/\.txt$/, '.png')).join(', ')}`);
}, err => {
  console.error(String(err));
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
});
