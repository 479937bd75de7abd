// `npm run test:web`: the integration suite inside the browser's web-worker extension host, with the extension's
// `browser` entry (dist/web/extension.js), in the two ways ../shared/docs/web-extension/README.md measured:
//   code-server  code-server's workbench in headless Chromium, on a fresh copy of test/fixtures/workspace on disk
//                (vscode-remote://). The user setting "remote.extensionKind": {"factcheck-desk.factcheck": ["web"]}
//                makes it run the browser entry (code-server runs `main` in its Node host otherwise).
//   test-web     @vscode/test-web's own CLI, no VS Code server at all (as on vscode.dev): the copy is mounted as the
//                virtual vscode-test-web://mount workspace, as github.dev's repositories are virtual. Offline: the
//                "VS Code for the web" build is code-server's web client with a small shim (./testWebBuild.js), and the
//                browser is Debian's Chromium behind a stand-in playwright browser folder.
// The suite itself (dist/web/test/index.js, build.mjs) prints "N passed, N failed", the host it ran in and
// "@@web-suite-result {...}"; this prints each route's closing line, then the total and the one "@@integration-result
// {...}" line of the run for test/run-all.mjs (which sums every such line it sees).
//   node test/web/run.js [--route code-server|test-web] [--tests dist/web/test/other.js]
// Exit code: 0 when every route passed, else the first non-zero route's (1 failures, 2 timeout, 3 harness error).
const path = require('path');
const fs = require('fs');
const os = require('os');
const cp = require('child_process');
const net = require('net');
const { startCodeServer } = require('../vscode-host/codeServer');
const { runWorkbench } = require('../vscode-host/browser');
const { prepareTestWebBuild } = require('./testWebBuild');

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

const args = process.argv.slice(2);
const option = name => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const routes = option('--route') ? [option('--route')] : ['code-server', 'test-web'];
const tests = path.resolve(root, option('--tests') || 'dist/web/test/index.js');

/** The test bundle, which must lie inside the development extension's folder: the workbench runs extensionTestsPath
 *  in the host of the extension whose folder holds it (outside, in code-server's Node host, where it could pass). */
function testsIn(development) {
  const bundle = development === root ? tests : path.join(development, 'dist/web/test/index.js');
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing: run \`node build.mjs\` first`);
  if (path.relative(development, bundle).startsWith('..')) throw new Error('the test bundle must lie inside the extension folder');
  return bundle;
}

function freshWorkspace() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-web-workspace-'));
  fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  return workspace;
}

/** Counts from the suite's "@@web-suite-result" line in `output` (test/web/index.ts). */
function countsIn(output) {
  const m = /@@web-suite-result (\{.*\})/.exec(output);
  return m ? JSON.parse(m[1]) : undefined;
}

/** Route code-server; `development`: the extension folder the tests lie in; `extensionsDir`: installed extensions. */
async function viaCodeServer(workspace, log, { development = root, extensionsDir } = {}) {
  const server = startCodeServer({ extraArgs: ['--disable-workspace-trust'], extensionsDir });
  try {
    const origin = await server.origin;
    const settings = path.join(server.profile, 'user-data', 'User', 'settings.json');
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({ 'remote.extensionKind': { [EXTENSION_ID]: ['web'] }, 'git.enabled': false }));
    const remote = p => `vscode-remote://${new URL(origin).host}${p}`;
    const payload = [['extensionDevelopmentPath', remote(development)], ['extensionTestsPath', remote(testsIn(development))], ['skipWelcome', 'true']];
    const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    // runWorkbench prints the suite's output: keep a copy for the counts and the host line
    const write = process.stdout.write;
    process.stdout.write = function (chunk, ...rest) {
      log(String(chunk));
      return write.call(this, chunk, ...rest);
    };
    try {
      return await runWorkbench(url);
    } finally {
      process.stdout.write = write;
    }
  } finally {
    server.stop();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function viaTestWeb(workspace, log) {
  const { cacheDir, commit, browsersPath } = prepareTestWebBuild(root);
  const cli = path.join(path.dirname(require.resolve('@vscode/test-web/package.json')), 'out/server/index.js');
  const child = cp.spawn(process.execPath, [cli, '--commit', commit, '--testRunnerDataDir', cacheDir,
    '--browserType', 'chromium', '--headless', '--port', String(await freePort()),
    '--extensionDevelopmentPath', root, '--extensionTestsPath', testsIn(root), workspace], {
    env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsersPath }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  const forward = stream => chunk => { log(String(chunk)); stream.write(chunk); };
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } };
  process.once('exit', stop);
  const timer = setTimeout(() => { console.error('test-web: timed out after 20 minutes'); stop(); }, 20 * 60 * 1000);
  const code = await new Promise(resolve => child.on('close', (c, signal) => resolve(c ?? (signal ? 2 : 1))));
  clearTimeout(timer);
  return code;
}

const ROUTES = { 'code-server': viaCodeServer, 'test-web': viaTestWeb };

/** Runs the suite through each route, prints each one's closing line and the total; resolves with the exit code. */
async function runRoutes(routes, options = {}) {
  const totals = { passed: 0, failed: 0 };
  const closing = [];
  let exitCode = 0;
  for (const route of routes) {
    if (!ROUTES[route]) throw new Error(`unknown route ${route} (code-server or test-web)`);
    console.log(`\n-- web-worker extension host via ${route} --`);
    const started = Date.now();
    const workspace = freshWorkspace();
    let output = '';
    let code;
    try {
      code = await ROUTES[route](workspace, text => (output += text), options);
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true });
    }
    const counts = countsIn(output) ?? { passed: 0, failed: 1 }; // a suite that never reported counts as one failure
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    if (code === 0 && counts.failed > 0) code = 1;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    const host = /^host: (.*)$/m.exec(output)?.[1] ?? 'host not reported';
    closing.push(`${route}: ${counts.passed} passed, ${counts.failed} failed, exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s (${host})`);
    if (code !== 0 && exitCode === 0) exitCode = code;
  }
  console.log('');
  for (const line of closing) console.log(line);
  console.log(`${totals.passed} passed, ${totals.failed} failed (web-worker extension host, ${routes.join(' and ')})`);
  console.log(`@@integration-result ${JSON.stringify(totals)}`); // the run's one such line: what test/run-all.mjs counts
  return exitCode;
}

module.exports = { runRoutes };

if (require.main === module) {
  runRoutes(routes).then(code => process.exit(code), error => {
    console.error(String(error && error.stack || error));
    process.exit(3);
  });
}
