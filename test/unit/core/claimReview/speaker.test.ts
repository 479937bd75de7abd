import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/detect/analyze';
import { speakerOf } from '../../../../src/core/claimReview/speaker';

/** The speaker detection finds for `sentence`, with the people detected in `text` around it. */
function speaker(text: string, sentence: string): string | undefined {
  const start = text.indexOf(sentence);
  return speakerOf({ start, end: start + sentence.length, text: sentence }, analyze(text).people);
}

describe('speakerOf', () => {
  it('finds the person a sentence attributes the claim to', () => {
    const text = 'Mayor Tomasz Wieczorek opened the session. The grant is the largest ever, Transport Minister Elena Marchetti said on Tuesday. '
      + 'Wieczorek said the closures had cost firms €18 million. The port lost 40 jobs, according to union leader Ayodele Okonkwo. '
      + 'Ingrid Solberg, who leads the opposition, warned that taxes would rise by 3 percent.';
    assert.equal(speaker(text, 'The grant is the largest ever, Transport Minister Elena Marchetti said on Tuesday.'), 'Elena Marchetti');
    assert.equal(speaker(text, 'Wieczorek said the closures had cost firms €18 million.'), 'Tomasz Wieczorek');
    assert.equal(speaker(text, 'The port lost 40 jobs, according to union leader Ayodele Okonkwo.'), 'Ayodele Okonkwo');
    assert.equal(speaker(text, 'Ingrid Solberg, who leads the opposition, warned that taxes would rise by 3 percent.'), 'Ingrid Solberg');
  });

  it('names nobody when a person is only mentioned, or nobody is named', () => {
    const text = 'Police arrested Tomasz Wieczorek in 2019 for fraud. The bridge was built in 1959, the heritage office said.';
    assert.equal(speaker(text, 'Police arrested Tomasz Wieczorek in 2019 for fraud.'), undefined);
    assert.equal(speaker(text, 'The bridge was built in 1959, the heritage office said.'), undefined);
  });
});
