import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { isVerbToldInStory, pastFormsOf } from '../../../../../src/core/detect/claims/storyVerbs';

// Made-up headlines over made-up stories: a headline's verb that no list names is a verb where the story tells it
// again in the past.
const scoreOf = (text: string, unit: string) => analyze(text, { claimThreshold: 0 }).claims.find(c => c.text === unit)?.score ?? -1;

describe('claims: a headline\'s verb the story tells again', () => {
  it('finds the past of a present in -s, or of a bare form', () => {
    const past = pastFormsOf('Mayor Ana Ruiz has congratulated her rival. Shoppers returned to the mall and stopped at the doors. '
      + 'The board carried the motion and reduced fees.');
    assert.equal(isVerbToldInStory('congratulates', false, past), true);
    assert.equal(isVerbToldInStory('carries', false, past), true);
    assert.equal(isVerbToldInStory('reduces', false, past), true);
    assert.equal(isVerbToldInStory('return', true, past), true);
    assert.equal(isVerbToldInStory('stop', true, past), true);
    // (a noun's plural whose past the story does not tell; a bare form asked as a present in -s)
    assert.equal(isVerbToldInStory('releases', false, past), false);
    assert.equal(isVerbToldInStory('return', false, past), false);
  });

  it('finds an irregular verb\'s past, which has no "-ed"', () => {
    const past = pastFormsOf('The mayor held talks with the union. Ms Ruiz took the oath on Monday and then went home.');
    assert.equal(isVerbToldInStory('holds', false, past), true);
    assert.equal(isVerbToldInStory('takes', false, past), true);
    assert.equal(isVerbToldInStory('hold', true, past), true);
    // (a past the story does not tell)
    assert.equal(isVerbToldInStory('makes', false, past), false);
    const headline = 'Tarne mayor holds talks with union leaders';
    assert.ok(scoreOf(`${headline}\n\nTarne mayor Ana Ruiz held talks with the union leaders on Sunday.\n`, headline) >= 0.5);
    assert.ok(scoreOf(`${headline}\n\nThe union leaders arrived at the town hall on Sunday.\n`, headline) < 0.5);
  });

  it('scores a headline whose verb the story tells again as a deed, and not the same headline alone', () => {
    const headline = 'Tarne mayor congratulates rival on narrow win';
    const story = `${headline}\n\nTarne mayor Ana Ruiz has congratulated her rival, Tomas Veld, after the count on Sunday.\n`;
    assert.ok(scoreOf(story, headline) >= 0.5, `scored ${scoreOf(story, headline)}`);
    const alone = `${headline}\n\nThe count in Tarne ended on Sunday night after two recounts.\n`;
    assert.ok(scoreOf(alone, headline) < 0.5, `scored ${scoreOf(alone, headline)}`);
  });

  it('takes a phrase after the verb, but not a separator or an "-ing" subject', () => {
    const moved = 'Rovers move into top six with win at Tarne';
    assert.ok(scoreOf(`${moved}\n\nRovers moved into the top six of the league with a 2-0 win.\n`, moved) >= 0.5);
    const label = 'Live updates · Saturday 14 November';
    assert.ok(scoreOf(`${label}\n\nThe page was updated at noon with the count.\n`, label) < 0.5);
    const teaser = 'Selling watches in the old market';
    assert.ok(scoreOf(`${teaser}\n\nShe watched the stalls close one by one.\n`, teaser) < 0.5);
  });

  it('leaves a label of two lines, and a noun before a phrase, as they were', () => {
    // (a unit of two lines is no headline's line)
    const text = 'Debunking Claims Archive - Veldcheck Home Menu\nA project of the Tarne Institute\n\nA post falsely claimed the mayor resigned.\n';
    const unit = analyze(text, { claimThreshold: 0 }).claims[0];
    assert.ok(unit.score < 0.5, `scored ${unit.score}`);
  });
});
