import assert from 'node:assert/strict';
import { isValidClaimId, newClaimId } from '../../../../src/core/sidecar/ids';

describe('claim ids', () => {
  it('are valid, distinct from taken ids, and come from the injected randomness', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) ids.add(newClaimId(ids));
    assert.equal(ids.size, 200);
    for (const id of ids) assert.ok(isValidClaimId(id) && /^c-[0-9a-z]{10}$/.test(id), id);
    let calls = 0;
    const fixed = (n: number) => new Uint8Array(n).fill(calls++ === 0 ? 0 : 1);
    assert.equal(newClaimId(new Set(['c-0000000000']), fixed), 'c-1111111111');
    assert.equal(isValidClaimId('bad id'), false);
    assert.equal(isValidClaimId(''), false);
  });
});
