// What @vscode/test-web would download, made from what is installed (../shared/docs/web-extension/README.md, Q4):
//  1. "VS Code for the web" at <cacheDir>/vscode-web-insider-<commit>/ (test-web skips its download when the folder's
//     `version` file is there): code-server's web client (lib/vscode, symlinked) and a four-file shim — the module
//     test-web's page imports, which starts code-server's self-starting workbench.js; the four settings code-server's
//     client insists on; its stylesheet; and workbench.js itself with two changes (PATCHES): no server behind the
//     page, and user settings kept in the browser as vscode.dev keeps them.
//  2. The browser: test-web launches playwright's Chromium without an executable path, so a stand-in playwright
//     browser folder (PLAYWRIGHT_BROWSERS_PATH) whose executables are Debian's /usr/bin/chromium.
// Cached in .vscode-test-web/ (a few MB of copies; rebuilt when code-server's commit changes).
const path = require('path');
const fs = require('fs');

function packageDir(name, from) {
  return path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
}

function linkChildren(from, to, except = []) {
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from)) if (!except.includes(name)) fs.symlinkSync(path.join(from, name), path.join(to, name));
}

/** Changes to code-server's workbench.js: no server behind the page, and the user settings in the browser's own
 *  storage (vscode-userdata:, as on vscode.dev) instead of on a code-server that is not there. */
const PATCHES = [
  ['remoteAuthority:location.host}', 'remoteAuthority:void 0}'],
  ['with({scheme:K.vscodeRemote}),"User")', 'with({scheme:K.vscodeUserData}),"User")'],
];

function buildWebClient(vscodeDir, build, product) {
  fs.rmSync(build, { recursive: true, force: true });
  linkChildren(path.join(vscodeDir, 'out'), path.join(build, 'out'), ['vs']);
  linkChildren(path.join(vscodeDir, 'out/vs'), path.join(build, 'out/vs'), ['workbench', 'code']);
  linkChildren(path.join(vscodeDir, 'out/vs/workbench'), path.join(build, 'out/vs/workbench'));
  linkChildren(path.join(vscodeDir, 'out/vs/code'), path.join(build, 'out/vs/code'), ['browser']);
  linkChildren(path.join(vscodeDir, 'out/vs/code/browser'), path.join(build, 'out/vs/code/browser'), ['workbench']);
  linkChildren(path.join(vscodeDir, 'out/vs/code/browser/workbench'), path.join(build, 'out/vs/code/browser/workbench'), ['workbench.js']);
  fs.symlinkSync(path.join(vscodeDir, 'extensions'), path.join(build, 'extensions'));
  const workbench = fs.readFileSync(path.join(vscodeDir, 'out/vs/code/browser/workbench/workbench.js'), 'utf8');
  let patched = workbench;
  for (const [needle, replacement] of PATCHES) {
    if (patched.split(needle).length !== 2) throw new Error(`code-server's workbench.js changed: expected "${needle}" exactly once`);
    patched = patched.replace(needle, replacement);
  }
  fs.writeFileSync(path.join(build, 'out/vs/code/browser/workbench/workbench.js'), patched);
  fs.writeFileSync(path.join(build, 'out/vs/workbench/cs-config-patch.js'), [
    "// the fields code-server's own server adds to the workbench configuration",
    "const element = document.getElementById('vscode-workbench-web-configuration');",
    "const config = JSON.parse(element.getAttribute('data-settings'));",
    "config.userDataPath ??= '/code-server-user-data';",
    'config.isEnabledFileDownloads ??= true;',
    'config.isEnabledFileUploads ??= true;',
    'config.isEnabledCoderGettingStarted ??= false;',
    "element.setAttribute('data-settings', JSON.stringify(config));", ''].join('\n'));
  fs.writeFileSync(path.join(build, 'out/vs/workbench/workbench.web.main.internal.js'), [
    "// test-web's page imports { create, URI, Emitter } from here; code-server's workbench.js starts by itself",
    "import './cs-config-patch.js';",
    "import '../code/browser/workbench/workbench.js';",
    'export function create() { }',
    'export const URI = { parse: s => ({ with: () => s, toString: () => s }), revive: x => x };',
    'export class Emitter { constructor() { this.event = () => ({ dispose() { } }); } fire() { } dispose() { } }', ''].join('\n'));
  fs.writeFileSync(path.join(build, 'out/vs/workbench/workbench.web.main.internal.css'), '@import url("../code/browser/workbench/workbench.css");\n');
  fs.writeFileSync(path.join(build, 'package.json'), JSON.stringify({ name: 'code-server-web-shim', version: product.version, type: 'module' }) + '\n');
  fs.writeFileSync(path.join(build, 'version'), `${path.basename(build)}\n`); // last: marks the folder complete
}

function standInBrowsers(testWebDir, browsersPath) {
  const playwrightDir = packageDir('playwright', testWebDir);
  const { browsers } = JSON.parse(fs.readFileSync(path.join(packageDir('playwright-core', playwrightDir), 'browsers.json'), 'utf8'));
  const revision = name => browsers.find(b => b.name === name).revision;
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  for (const [dir, executable] of [[`chromium-${revision('chromium')}`, 'chrome-linux64/chrome'],
    [`chromium_headless_shell-${revision('chromium-headless-shell')}`, 'chrome-headless-shell-linux64/chrome-headless-shell']]) {
    const file = path.join(browsersPath, dir, executable);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.symlinkSync(chromium, file);
    }
  }
}

/** Prepares both and says where they are: the --testRunnerDataDir, the --commit, and PLAYWRIGHT_BROWSERS_PATH. */
exports.prepareTestWebBuild = function prepareTestWebBuild(root) {
  const cacheDir = path.join(root, '.vscode-test-web');
  const vscodeDir = path.join(packageDir('code-server', root), 'lib/vscode');
  const product = JSON.parse(fs.readFileSync(path.join(vscodeDir, 'product.json'), 'utf8'));
  const build = path.join(cacheDir, `vscode-web-insider-${product.commit}`);
  if (!fs.existsSync(path.join(build, 'version'))) buildWebClient(vscodeDir, build, product);
  const browsersPath = path.join(cacheDir, 'playwright-browsers');
  standInBrowsers(packageDir('@vscode/test-web', root), browsersPath);
  return { cacheDir, commit: product.commit, browsersPath };
};
