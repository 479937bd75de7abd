// `npm test`: type-check and build, lint (ESLint with the layer rules of tools/layers.json; counts as one check), run
// the core unit tests (mocha, Node), the integration tests (mocha inside a real VS Code), the packaged-extension test
// (the .vsix installed into VS Code), the same suite in the browser's web-worker extension host (`npm run test:web`,
// two routes), the .vsix as a web extension, and the check that a planted failure fails `test:web`; then print one
// closing line that counts them all: "N passed, N failed".
import { spawn } from 'node:child_process';

function run(command, args, { quiet = false } = {}) {
  return new Promise(resolve => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = stream => chunk => {
      output += chunk;
      if (!quiet) stream.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', code => resolve({ code: code ?? 1, output }));
  });
}

const totals = { passed: 0, failed: 0 };
let ok = true;
/** What each failing suite's mocha said after "N failing", printed again at the end: a failing suite prints the whole
 *  workbench log, and CI shows only the tail of the run. */
const failureReports = [];
function keepFailures(title, output) {
  const lines = output.split('\n').filter(l => !/\bGET \//.test(l)); // code-server's request log
  const report = [];
  lines.forEach((line, i) => {
    if (!/^\s*\d+ failing/.test(line)) return;
    const end = lines.findIndex((l, j) => j > i && /^(@@|\d+ passed, \d+ failed)/.test(l));
    report.push(...lines.slice(i, Math.min(end < 0 ? lines.length : end, i + 80)), '');
  });
  if (report.length) failureReports.push(`-- ${title} --\n${report.join('\n')}`);
}

console.log('== build and type check ==');
const build = await run(process.execPath, ['build.mjs']);
if (build.code !== 0) {
  console.log('build or type check failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

console.log('\n== lint (ESLint, layer rules) ==');
const lint = await run(process.execPath, ['node_modules/eslint/bin/eslint.js', '.']);
if (lint.code === 0) {
  console.log('no problems');
  totals.passed += 1;
} else {
  totals.failed += 1;
  ok = false;
}

console.log('\n== unit tests (src/core, CLI) ==');
const unit = await run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--reporter', 'dot']);
const passing = /(\d+) passing/.exec(unit.output), failing = /(\d+) failing/.exec(unit.output);
totals.passed += passing ? Number(passing[1]) : 0;
totals.failed += failing ? Number(failing[1]) : unit.code === 0 ? 0 : 1;
ok &&= unit.code === 0;
keepFailures('unit tests', unit.output);

/**
 * Runs a suite that reports through "@@integration-result {passed, failed}". Its log is long (the workbench's), so
 * only the lines that `isShown` picks and those after the mocha report starts are printed, unless it fails or
 * VERBOSE=1 is set. A suite that never reports (the host failed to start, or packaging failed) counts as one failure.
 */
async function runReportingSuite(title, script, isShown) {
  console.log(`\n== ${title} ==`);
  const suite = await run(process.execPath, [script], { quiet: !process.env.VERBOSE });
  if (!process.env.VERBOSE) {
    const lines = suite.output.split('\n');
    const report = lines.findIndex(l => /^\s{2}\S/.test(l));
    const shown = suite.code === 0 && report >= 0 ? lines.filter((l, i) => i >= report || isShown(l)) : lines;
    process.stdout.write(shown.filter(l => !l.startsWith('@@')).join('\n') + '\n');
  }
  // one line per VS Code session the suite ran
  const results = [...suite.output.matchAll(/@@integration-result (\{.*\})/g)].map(m => JSON.parse(m[1]));
  for (const counts of results.length ? results : [{ passed: 0, failed: 1 }]) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  ok &&= suite.code === 0;
  if (suite.code !== 0) keepFailures(title, suite.output);
}

await runReportingSuite('integration tests (inside VS Code)', 'test/integration/run.js', line => /^VS Code \d/.test(line));
await runReportingSuite('packaged extension (.vsix installed into VS Code)', 'test/integration/vsix/run.js',
  line => line.startsWith('packaged '));
await runReportingSuite('web-worker extension host (npm run test:web: code-server, @vscode/test-web)', 'test/web/run.js',
  line => /^(host: |code-server: |test-web: |-- )/.test(line));
await runReportingSuite('packaged extension as a web extension (.vsix in the web-worker host)', 'test/web/vsix.js',
  line => /^(packaged |host: |code-server: )/.test(line));

// test:web must be able to fail: a suite with one failing test (dist/web/test/planted.js, what
// FACTCHECK_WEB_PLANTED_FAILURE=1 adds to the full suite) has to end non-zero with that failure counted, in both routes
console.log('\n== a planted failing test fails test:web (both routes) ==');
const planted = await run(process.execPath, ['test/web/run.js', '--tests', 'dist/web/test/planted.js'], { quiet: true });
const plantedLines = planted.output.split('\n').filter(l => /^(code-server|test-web): /.test(l));
process.stdout.write(plantedLines.join('\n') + `\nexit code ${planted.code}\n`);
const caught = planted.code !== 0 && plantedLines.length === 2 && plantedLines.every(l => / 1 passed, 1 failed, exit code [1-9]/.test(l));
if (caught) totals.passed += 1;
else {
  totals.failed += 1;
  ok = false;
  console.log('the planted failure did not fail the run as it should:\n' + planted.output);
}

if (failureReports.length) console.log(`\n== what failed ==\n${failureReports.join('\n\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
