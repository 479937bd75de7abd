import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { claimScore, SCORE_TEMPERATURE } from '../../../../../src/core/detect/claims';
import { claimModel } from '../../../../../src/core/detect/claims/model';
import { CLAIM_MODEL_FILE, provideDetectorFile } from '../../../../../src/core/detect/detectorFiles';
import { type ClaimModel, type ClaimWeights, claimWeightsOf, decodeClaimModel, encodeClaimModel } from '../../../../../src/core/detect/claims/modelFile';
import { SOURCE_CLAIM_MODEL } from '../../../../sourceDetectorFiles';

const TINY: ClaimWeights = {
  bias: -0.25,
  weights: new Map([
    ['percent', 1.2], ['rose', 0.35], ['<num>', 0.5], ['<num> percent', 0.75], ['<s> unemployment', 0.101], ['rose </s>', -0.002],
    ['café', -32.767], ['gov*', 0.3], ['#number', 0.6], ['#question', -1.442], ['#len:<6', -0.5],
  ]),
};

/** A digest of everything scoring reads from a model: each number, id and word, in file order. */
function digestOf(model: ClaimModel): string {
  const hash = createHash('sha256');
  const add = (a: ArrayBufferView) => hash.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  hash.update(String(model.bias));
  hash.update(String(model.pairWords));
  for (const array of [model.wordWeights, model.pairFirst, model.pairSecond, model.pairWeights, model.prefixWeights, model.cueWeights, model.wordText]) {
    hash.update(String(array.length));
    add(array);
  }
  hash.update(model.prefixes.join('\n'));
  hash.update(model.words.join('\n'));
  return hash.digest('hex');
}

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

  it('holds the very model that format version 1 held (converted, not trained anew): every weight, id and word', () => {
    // the digest of the shipped model as version 1 of the file read it (393,822 bytes), taken before the conversion
    const model = decodeClaimModel(fs.readFileSync(SOURCE_CLAIM_MODEL));
    assert.equal(digestOf(model), '764a4fa8484051d2ce652f337ea886a4c1f11375b9dd78d600b16db03619955f');
    assert.deepEqual([model.words.length, model.pairFirst.length, model.prefixes.length, model.pairWords, model.bias], [33572, 7863, 717, 1900, -0.132]);
  });

  it('gives back small and large weights alike (high bits of one varint byte and of more)', () => {
    // a weight's high bits take one varint byte within ±1.023, two beyond
    const small: ClaimWeights = { bias: 0.004, weights: new Map([['rose', 1.023], ['fell', -1.024], ['gov*', 0.001], ['#number', -0.001], ['rose fell', 0]]) };
    const large: ClaimWeights = { bias: -40, weights: new Map([...small.weights, ['rose', 1.024], ['percent', 32.767], ['café', -32.768]]) };
    for (const model of [small, large]) {
      const bytes = encodeClaimModel(model);
      const { bias, weights } = claimWeightsOf(decodeClaimModel(bytes));
      assert.equal(bias, model.bias);
      assert.deepEqual(new Map([...weights].sort()), new Map([...model.weights].filter(([f, w]) => w !== 0 || f.includes(' ')).sort()));
    }
  });

  it('refuses bytes that are not a model it can read, saying why', () => {
    const good = encodeClaimModel(TINY);
    const versioned = good.slice();
    versioned[4] = 9;
    assert.throws(() => decodeClaimModel(new TextEncoder().encode('{"bias":0}')), /not a claim model file .*no FCCM header/);
    assert.throws(() => decodeClaimModel(versioned), /format version 9, this Factcheck reads version 2/);
    assert.throws(() => decodeClaimModel(good.subarray(0, good.length - 3)), /bytes where the header says/);
    const wordCounted = good.slice();
    wordCounted[20] += 1; // one word more than the text holds
    assert.throws(() => decodeClaimModel(wordCounted), /the word list does not match the header \(front-coded lines that are \d+, not \d+\)/);
    const pairCounted = good.slice();
    pairCounted[24] -= 1; // one pair fewer
    assert.throws(() => decodeClaimModel(pairCounted), /more word pairs than the header says/);
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
  afterEach(() => provideDetectorFile(CLAIM_MODEL_FILE, () => fs.readFileSync(SOURCE_CLAIM_MODEL)));

  it('scores with the model it was given last, read when first needed', () => {
    const shipped = claimScore(sentence);
    let reads = 0;
    provideDetectorFile(CLAIM_MODEL_FILE, () => { reads++; return encodeClaimModel(TINY); });
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
    provideDetectorFile(CLAIM_MODEL_FILE, () => { throw new Error('cannot read the claim model /x/claim-model.bin: ENOENT'); });
    assert.throws(() => claimScore(sentence), /cannot read the claim model \/x\/claim-model\.bin: ENOENT/);
  });
});
