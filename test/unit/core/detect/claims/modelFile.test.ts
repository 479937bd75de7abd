import assert from 'node:assert/strict';
import fs from 'node:fs';
import { claimScore, SCORE_TEMPERATURE } from '../../../../../src/core/detect/claims';
import { claimModel, provideClaimModel } from '../../../../../src/core/detect/claims/model';
import { type ClaimWeights, claimWeightsOf, decodeClaimModel, encodeClaimModel } from '../../../../../src/core/detect/claims/modelFile';
import { SOURCE_CLAIM_MODEL } from '../../../../sourceClaimModel';

const TINY: ClaimWeights = {
  bias: -0.25,
  weights: new Map([
    ['percent', 1.2], ['rose', 0.35], ['<num>', 0.5], ['<num> percent', 0.75], ['<s> unemployment', 0.101], ['rose </s>', -0.002],
    ['café', -32.767], ['gov*', 0.3], ['#number', 0.6], ['#question', -1.442], ['#len:<6', -0.5],
  ]),
};

describe('the claim model file', () => {
  it('gives back every weight it was given, to the bit', () => {
    const { bias, weights } = claimWeightsOf(decodeClaimModel(encodeClaimModel(TINY)));
    assert.equal(bias, TINY.bias);
    assert.deepEqual(new Map([...weights].sort()), new Map([...TINY.weights].sort()));
  });

  it('reads the shipped model the same from a Uint8Array at any offset and from an ArrayBuffer', () => {
    const bytes = fs.readFileSync(SOURCE_CLAIM_MODEL);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    const fromBuffer = decodeClaimModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    assert.deepEqual(claimWeightsOf(decodeClaimModel(shifted)), claimWeightsOf(fromBuffer));
    assert.ok(claimWeightsOf(fromBuffer).weights.size > 10000);
  });

  it('is what the shipped file holds: writing what it reads gives the same bytes', () => {
    const bytes = new Uint8Array(fs.readFileSync(SOURCE_CLAIM_MODEL));
    assert.deepEqual(encodeClaimModel(claimWeightsOf(decodeClaimModel(bytes))), bytes);
  });

  it('refuses bytes that are not a model it can read, saying why', () => {
    const good = encodeClaimModel(TINY);
    const versioned = good.slice();
    versioned[4] = 9;
    assert.throws(() => decodeClaimModel(new TextEncoder().encode('{"bias":0}')), /not a claim model file .*no FCCM header/);
    assert.throws(() => decodeClaimModel(versioned), /format version 9, this Factcheck reads version 1/);
    assert.throws(() => decodeClaimModel(good.subarray(0, good.length - 3)), /bytes where the header says/);
  });

  it('refuses to write weights it could not give back exactly', () => {
    assert.throws(() => encodeClaimModel({ bias: 0, weights: new Map([['rose', 0.1234]]) }), /rose .* not a whole number of thousandths/);
    assert.throws(() => encodeClaimModel({ bias: 0, weights: new Map([['rose', 40]]) }), /too large/);
    assert.throws(() => encodeClaimModel({ bias: 0, weights: new Map([['#shouting', 1]]) }), /unknown cue feature #shouting/);
    assert.throws(() => encodeClaimModel({ bias: 0, weights: new Map([['a b c', 1]]) }), /neither a word nor a word pair/);
  });
});

describe('the claim model core is given', () => {
  const sentence = 'Unemployment rose 4 percent.';
  afterEach(() => provideClaimModel(() => fs.readFileSync(SOURCE_CLAIM_MODEL)));

  it('scores with the model it was given last, read when first needed', () => {
    const shipped = claimScore(sentence);
    let reads = 0;
    provideClaimModel(() => { reads++; return encodeClaimModel(TINY); });
    assert.equal(reads, 0, 'not read until a sentence is scored');
    const tiny = claimScore(sentence);
    claimScore('Another sentence.');
    assert.equal(reads, 1, 'read once');
    // bias + words and pairs ("unemployment" has no weight of its own, its pair with <s> has) + the #number and #len:<6 cues
    const z = -0.25 + (0.101 + 0.35 + 0.5 + 1.2 + 0.75) + 0.6 - 0.5;
    assert.ok(Math.abs(tiny - 1 / (1 + Math.exp(-z / SCORE_TEMPERATURE))) < 1e-12, `${tiny}`);
    assert.notEqual(tiny, shipped);
    assert.equal(claimModel().words.includes('percent'), true);
  });

  it('says where the model could not come from', () => {
    provideClaimModel(() => { throw new Error('cannot read the claim model /x/claim-model.bin: ENOENT'); });
    assert.throws(() => claimScore(sentence), /cannot read the claim model \/x\/claim-model\.bin: ENOENT/);
  });
});
