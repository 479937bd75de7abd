// The packaged .vsix as a web extension: packages it as `npm run package` does (test/integration/vsix/package.js),
// checks that vsce tagged it as one (`__web_extension`, extension kind `web`), installs it into code-server, and runs
// test/web/packaged.test.ts in the web-worker host, with the user setting "remote.extensionKind" forcing the browser
// entry (code-server runs `main` by default). The tests run from a small browser-only harness extension: VS Code runs
// extension tests only in development mode, and in the host of the extension whose folder holds them (the harness
// needs a real `engines.vscode`: with "*" the web host does not load it, and the tests land in the Node host).
// Prints the suite's lines and "@@integration-result {...}" (counted by test/run-all.mjs).
const path = require('path');
const fs = require('fs');
const os = require('os');
const yauzl = require('yauzl');
const { installExtension, packageExtension } = require('../integration/vsix/package');
const { runRoutes } = require('./run');

const root = path.resolve(__dirname, '../..');
const work = path.join(root, '.test-output/web-vsix');

/** The whole .vsix's budget (issue 16), and the web bundles' share of it (compressed), neither to grow past its budget
 *  unnoticed: dist/web/ is the browser's extension and the detection script, which every host runs (330 KB was their
 *  budget while the browser's extension had a copy of detection too, raised by 15 KB once detection alone had filled
 *  it; 343.3 KB late on 6 December as detection's rules for real news grew, 337.6 KB once terser minified after
 *  esbuild: the whole .vsix, 666.5 KB, stays within issue 16's 700; lowered to 334 KB on 7 December when the
 *  hand-written word lists, 11 KB compressed, left the detection script for dist/word-lists.txt, which the browser reads
 *  too: the same room as before, not 11 KB more). */
const VSIX_BUDGET_KB = 700;
const WEB_BUDGET_KB = 334;

/** Each entry's compressed size in the .vsix. */
function compressedSizes(vsix) {
  return new Promise((resolve, reject) => yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
    if (error) return reject(error);
    const sizes = {};
    zip.on('entry', entry => { sizes[entry.fileName] = entry.compressedSize; zip.readEntry(); });
    zip.on('end', () => resolve(sizes));
    zip.readEntry();
  }));
}

function vsixManifest(vsix) {
  return new Promise((resolve, reject) => yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
    if (error) return reject(error);
    zip.on('entry', entry => {
      if (entry.fileName !== 'extension.vsixmanifest') return zip.readEntry();
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        let text = '';
        stream.on('data', chunk => (text += chunk)).on('end', () => { zip.close(); resolve(text); });
      });
    });
    zip.on('end', () => reject(new Error('no extension.vsixmanifest in the .vsix')));
    zip.readEntry();
  }));
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function harnessExtension() {
  const harness = path.join(work, 'harness');
  fs.mkdirSync(path.join(harness, 'dist/web/test'), { recursive: true });
  fs.writeFileSync(path.join(harness, 'package.json'), JSON.stringify({
    name: 'web-vsix-test-harness', publisher: 'factcheck-test', version: '0.0.0', engines: { vscode: manifest.engines.vscode }, browser: './harness.js',
  }));
  fs.writeFileSync(path.join(harness, 'harness.js'), 'exports.activate = () => undefined;\n');
  fs.copyFileSync(path.join(root, 'dist/web/test/packaged.js'), path.join(harness, 'dist/web/test/index.js'));
  return harness;
}

(async () => {
  const started = Date.now();
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const { vsix } = packageExtension(work);
  const manifest = await vsixManifest(vsix);
  const tagged = /<Tags>[^<]*__web_extension[^<]*<\/Tags>/.test(manifest);
  const kind = /Id="Microsoft\.VisualStudio\.Code\.ExtensionKind" Value="([^"]*)"/.exec(manifest)?.[1] ?? 'none';
  console.log(`packaged ${path.relative(root, vsix)}: tagged __web_extension: ${tagged ? 'yes' : 'NO'}; extension kinds: ${kind}`);
  const sizes = await compressedSizes(vsix);
  const kb = bytes => bytes / 1024;
  const web = kb(Object.entries(sizes).filter(([name]) => name.startsWith('extension/dist/web/')).reduce((sum, [, size]) => sum + size, 0));
  const total = kb(fs.statSync(vsix).size);
  console.log(`packaged size: ${total.toFixed(1)} KB in all (budget ${VSIX_BUDGET_KB} KB), the web bundles (dist/web/) ${web.toFixed(1)} KB of it (budget ${WEB_BUDGET_KB} KB), the rest ${(total - web).toFixed(1)} KB`);
  if (total > VSIX_BUDGET_KB || web > WEB_BUDGET_KB) {
    console.log(`packaged the .vsix or its web bundles are over budget: ${total.toFixed(1)} KB (${VSIX_BUDGET_KB}), ${web.toFixed(1)} KB (${WEB_BUDGET_KB})`);
    console.log('@@integration-result {"passed":0,"failed":1}');
    process.exit(1);
  }
  if (!tagged || !kind.split(',').includes('web')) {
    console.log('@@integration-result {"passed":0,"failed":1}');
    process.exit(1);
  }
  const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-web-vsix-extensions-'));
  installExtension(vsix, extensionsDir, work);
  const code = await runRoutes(['code-server'], { development: harnessExtension(), extensionsDir });
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  if (code === 0) fs.rmSync(work, { recursive: true, force: true });
  console.log(`packaged web extension test: exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  process.exit(code);
})().catch(error => {
  console.error(String(error && error.stack || error));
  process.exit(3);
});
