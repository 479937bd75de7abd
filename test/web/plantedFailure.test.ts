// Compiled into the web suite only with FACTCHECK_WEB_PLANTED_FAILURE=1 (build.mjs): fails on purpose, so that
// test/unit/web/testWebRunner.test.ts can show a failing test makes `npm run test:web` exit non-zero.
import * as assert from 'assert';

describe('planted failure (FACTCHECK_WEB_PLANTED_FAILURE)', () => {
  it('fails on purpose', () => {
    assert.strictEqual(1 + 1, 3, 'this test is meant to fail');
  });
});
