// `npm test`: type-check and build, run the core unit tests (mocha, Node), the integration tests (mocha inside a
// real VS Code) and the packaged-extension test (the .vsix installed into VS Code), then print one closing line that
// counts all three: "N passed, N failed".
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

console.log('== build and type check ==');
const build = await run(process.execPath, ['build.mjs']);
if (build.code !== 0) {
  console.log('build or type check failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

console.log('\n== unit tests (src/core, CLI) ==');
const unit = await run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--reporter', 'dot']);
const passing = /(\d+) passing/.exec(unit.output), failing = /(\d+) failing/.exec(unit.output);
totals.passed += passing ? Number(passing[1]) : 0;
totals.failed += failing ? Number(failing[1]) : unit.code === 0 ? 0 : 1;
ok &&= unit.code === 0;

console.log('\n== integration tests (inside VS Code) ==');
// the workbench log is long: show it only on failure or with VERBOSE=1
const integration = await run(process.execPath, ['test/integration/run.js'], { quiet: !process.env.VERBOSE });
const result = /@@integration-result (\{.*\})/.exec(integration.output);
if (!process.env.VERBOSE) {
  const lines = integration.output.split('\n');
  const from = lines.findIndex(l => /^VS Code \d/.test(l) || /^\s{2}\S/.test(l));
  process.stdout.write((integration.code === 0 && from >= 0 ? lines.slice(from) : lines).filter(l => !l.startsWith('@@')).join('\n') + '\n');
}
if (result) {
  const counts = JSON.parse(result[1]);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
} else {
  totals.failed += 1; // the suite never reported: the host failed to start
}
ok &&= integration.code === 0;

console.log('\n== packaged extension (.vsix installed into VS Code) ==');
const packaged = await run(process.execPath, ['test/integration/vsix/run.js'], { quiet: !process.env.VERBOSE });
const packagedResult = /@@integration-result (\{.*\})/.exec(packaged.output);
if (!process.env.VERBOSE) {
  const lines = packaged.output.split('\n');
  const from = lines.findIndex(l => /^\s{2}\S/.test(l));
  const shown = packaged.code === 0 && from >= 0 ? [lines.find(l => l.startsWith('packaged ')) ?? '', ...lines.slice(from)] : lines;
  process.stdout.write(shown.filter(l => !l.startsWith('@@')).join('\n') + '\n');
}
if (packagedResult) {
  const counts = JSON.parse(packagedResult[1]);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
} else {
  totals.failed += 1; // packaging, installing or the host failed before the suite reported
}
ok &&= packaged.code === 0;

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
