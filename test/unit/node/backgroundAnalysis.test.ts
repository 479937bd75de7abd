import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../../../src/core/detect/analyze';
import { BackgroundAnalysis } from '../../../src/node/backgroundAnalysis';
import { detection, type Detection } from '../../../src/core/detect/detection';
import { compactAnalysis } from '../../../src/core/workspace/compactAnalysis';
import { buildNodeBundle } from '../cli/nodeBundle';

const ARTICLE = fs.readFileSync(path.resolve(__dirname, '../../../samples/harbour-bridge-funding.md'), 'utf8');

describe('BackgroundAnalysis (large articles on a worker thread)', () => {
  let dir: string;
  let background: BackgroundAnalysis | undefined;
  /** This thread's detection, counting the analyses it makes: those the worker could not. */
  let onThisThread = 0;
  const counted: () => Detection = () => ({ ...detection, analyze: (text, options) => { onThisThread++; return detection.analyze(text, options); } });
  beforeEach(() => { onThisThread = 0; });

  before(async function () {
    this.timeout(60000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-worker-'));
    // the worker's script bundled as build.mjs bundles it: the Node bundle, which is the worker on a worker thread, and
    // the detection script beside it, which the worker runs
    await buildNodeBundle(path.join(dir, 'factcheck.js'));
    // a worker that dies on its first request
    fs.writeFileSync(path.join(dir, 'dying.js'), "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
  });
  afterEach(() => background?.dispose());
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers what analyze() answers, for several requests at once, each with its own options', async () => {
    background = new BackgroundAnalysis(path.join(dir, 'factcheck.js'), { detection: counted });
    const texts = [ARTICLE, ARTICLE.slice(0, 800), ''];
    const options = [{ claimThreshold: 0.5 }, { claimThreshold: 0.9, referenceDate: '2025-06-02' }, {}];
    const results = await Promise.all(texts.map((text, i) => background!.analyze(text, options[i])));
    results.forEach((result, i) => assert.deepEqual(result, analyze(texts[i], options[i])));
    assert.ok(results[0].claims.length > 0 && results[0].people.length > 0);
    assert.equal(onThisThread, 0, 'the worker answered every request');
  });

  it('answers the compact analysis the workspace index keeps, made on the worker', async () => {
    background = new BackgroundAnalysis(path.join(dir, 'factcheck.js'), { detection: counted });
    const options = { fileDate: '2026-03-02' };
    assert.deepEqual(await background.analyzeCompact(ARTICLE, options), compactAnalysis(analyze(ARTICLE, options)));
    assert.equal(onThisThread, 0, 'the worker answered');
  });

  it('analyses on this thread when the worker dies, and starts a new worker for the next request', async () => {
    background = new BackgroundAnalysis(path.join(dir, 'dying.js'), { detection: counted });
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      assert.deepEqual(await background.analyze(ARTICLE, {}), analyze(ARTICLE, {}));
      assert.deepEqual(await background.analyze('Mayor Anna Berg said 40 people came.', {}), analyze('Mayor Anna Berg said 40 people came.', {}));
    } finally {
      console.error = error;
    }
    assert.equal(logged.length, 2, 'each lost worker is reported');
    assert.equal(onThisThread, 2);
  });

  it('analyses on this thread when the worker script is missing', async () => {
    background = new BackgroundAnalysis(path.join(dir, 'no-such-worker.js'), { detection: counted });
    const error = console.error;
    console.error = () => undefined;
    try {
      assert.deepEqual(await background.analyze(ARTICLE, {}), analyze(ARTICLE, {}));
      assert.deepEqual(await background.analyzeCompact(ARTICLE, {}), compactAnalysis(analyze(ARTICLE, {})));
    } finally {
      console.error = error;
    }
    assert.equal(onThisThread, 2);
  });
});
