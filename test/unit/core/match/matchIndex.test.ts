import assert from 'node:assert/strict';
import type { EarlierVerdict } from '../../../../src/core/match/earlierVerdict';
import { DEFAULT_MATCH_WEIGHTS, matchClaim, prepareMatchIndex } from '../../../../src/core/match/matchIndex';

const verdict = (article: string, quote: string, extra: Partial<EarlierVerdict> = {}): EarlierVerdict =>
  ({ article, id: `c-${article}`, status: 'verified', quote, ...extra });

const DESK: EarlierVerdict[] = [
  verdict('budget.md', 'The council approved a budget of 12 million euros for the new tram line.', { status: 'disputed' }),
  verdict('jobs.md', 'Unemployment in the region fell to 3.1 percent last year.'),
  verdict('school.md', 'The new school will open in September with 400 pupils.'),
  verdict('harbour.md', 'Cruise ships brought 200,000 visitors to the harbour last summer.'),
  verdict('tram.md', 'Tickets cost two euros.', { context: 'Ticket prices of the harbour ferry' }),
];

describe('matchClaim', () => {
  const index = prepareMatchIndex(DESK);

  it('ranks the verdict saying the same thing first, with a score in [0, 1]', () => {
    const matches = matchClaim(index, { text: 'The council approved a 12 million euro budget for the tram line.' });
    assert.equal(matches[0].verdict.article, 'budget.md');
    for (const match of matches) assert.ok(match.score > 0 && match.score < 1, String(match.score));
    assert.ok(matches.every((match, i) => i === 0 || match.score <= matches[i - 1].score));
    assert.deepEqual(matches[0].explanation.sameFigures, ['12 million euro']);
  });

  it('scores the very same words higher than a paraphrase, and unrelated words not at all', () => {
    const same = matchClaim(index, { text: DESK[1].quote })[0];
    const paraphrase = matchClaim(index, { text: 'Regional unemployment fell last year.' })[0];
    assert.equal(same.verdict.article, 'jobs.md');
    assert.equal(paraphrase.verdict.article, 'jobs.md');
    assert.ok(same.score > paraphrase.score);
    assert.deepEqual(matchClaim(index, { text: 'Quantum chromodynamics explains gluons.' }), []);
  });

  it('never matches the verdicts of the claim\'s own article', () => {
    const matches = matchClaim(index, { text: DESK[0].quote, excludeArticle: 'budget.md' });
    assert.ok(matches.every(match => match.verdict.article !== 'budget.md'));
  });

  it('reads the verdict\'s context (its article heading) as weaker evidence', () => {
    const text = 'The harbour ferry is expensive.';
    assert.equal(matchClaim(index, { text })[0].verdict.article, 'tram.md');
    const withoutContext = matchClaim(prepareMatchIndex(DESK, { ...DEFAULT_MATCH_WEIGHTS, context: 0 }), { text });
    assert.equal(withoutContext[0].verdict.article, 'harbour.md');
  });

  it('lowers a match whose figure differs when that weight says so, and keeps it listed', () => {
    const text = 'The council approved a budget of 15 million euros for the new tram line.';
    const plain = matchClaim(prepareMatchIndex(DESK, { ...DEFAULT_MATCH_WEIGHTS, differingFigure: 1 }), { text })[0];
    const lowered = matchClaim(prepareMatchIndex(DESK, { ...DEFAULT_MATCH_WEIGHTS, differingFigure: 0.5 }), { text })[0];
    assert.equal(lowered.verdict.article, 'budget.md');
    assert.ok(Math.abs(lowered.score - plain.score * 0.5) < 1e-9);
    assert.deepEqual(lowered.explanation.differingFigures, [['15 million euros', '12 million euros']]);
  });

  it('keeps to top and minScore', () => {
    const text = 'The council approved the new school and the tram line last year.';
    assert.equal(matchClaim(index, { text, top: 2 }).length, 2);
    const all = matchClaim(index, { text, top: 10 });
    const best = all[0].score;
    assert.deepEqual(matchClaim(index, { text, top: 10, minScore: best }).map(m => m.verdict.article), [all[0].verdict.article]);
  });

  it('reads a fragment with its paragraph', () => {
    const paragraph = 'Cruise ships crowded the harbour. They brought 200,000 visitors last summer.';
    const fragment = 'They brought 200,000 visitors last summer.';
    const matches = matchClaim(index, { text: fragment, paragraph });
    assert.equal(matches[0].verdict.article, 'harbour.md');
  });

  it('counts a word the claim repeats less than its other words (k3)', () => {
    const desk = [
      verdict('tax.md', 'Tax marchers gathered outside the town hall.'),
      verdict('flags.md', 'Paper lanterns hung over Vessby for the visit of the vice mayor.'),
    ];
    const text = 'Everyone in Vessby is hanging paper lanterns for her visit: tax tax tax tax.';
    assert.equal(matchClaim(prepareMatchIndex(desk), { text })[0].verdict.article, 'flags.md');
    // counted as often as it is said, the repeated word outweighs what the claim is about
    assert.equal(matchClaim(prepareMatchIndex(desk, { ...DEFAULT_MATCH_WEIGHTS, k3: 1e9 }), { text })[0].verdict.article, 'tax.md');
  });

  it('holds a fragment that says little of a verdict to its paragraph, not a claim that says as much', () => {
    const desk = [
      ...DESK,
      verdict('marrow.md', 'Six of Tilda Marrow\'s cousins appeared in a campaign leaflet backing her rival.'),
    ];
    const index = prepareMatchIndex(desk);
    const paragraph = 'No one said the council met in person, and the photograph was shopped. — Tilda Marrow (@TildaMarrowMP) March 9, 2021';
    const fragment = '— Tilda Marrow (@TildaMarrowMP) March 9, 2021';
    const marrowOf = (query: { text: string; paragraph?: string }) => matchClaim(index, { ...query, top: 10 }).find(match => match.verdict.article === 'marrow.md')!.score;
    const alone = marrowOf({ text: fragment });
    const inParagraph = marrowOf({ text: fragment, paragraph });
    // read as the paragraph reads it: the fragment's own, better match with the verdict adds nothing beyond the paragraph's
    assert.ok(alone > inParagraph);
    assert.ok(Math.abs(inParagraph - marrowOf({ text: paragraph })) < 1e-9, `${inParagraph} vs ${marrowOf({ text: paragraph })}`);
    // a claim saying all the verdict says keeps its own, higher score in a longer paragraph
    const claim = DESK[0].quote;
    const long = `${claim} Critics said the money would be better spent on buses.`;
    const claimInParagraph = matchClaim(index, { text: claim, paragraph: long })[0];
    const paragraphAlone = matchClaim(index, { text: long })[0];
    assert.equal(claimInParagraph.verdict.article, 'budget.md');
    assert.ok(claimInParagraph.score > paragraphAlone.score, `${claimInParagraph.score} vs ${paragraphAlone.score}`);
  });

  it('holds a sentence sharing little of a verdict to its paragraph, even a sentence saying more than the verdict', () => {
    const desk = [
      ...DESK,
      verdict('kells.md', 'Kells harbour tolls were doubled.'),
      verdict('ferry.md', 'The ferry from Dunmore to Ardcarn was cancelled for the winter by its operator.'),
      verdict('letters.md', 'Residents wrote letters to the radio station about the noise of the quarry.'),
    ];
    const index = prepareMatchIndex(desk);
    const ferry = 'The ferry from Dunmore to Ardcarn is cancelled for the winter, its operator said.';
    const letters = 'Angry residents wrote long letters to every radio station, even in Kells.';
    const paragraph = `${ferry} ${letters}`;
    const scoreOf = (article: string, query: { text: string; paragraph?: string }) =>
      matchClaim(index, { ...query, top: 10 }).find(match => match.verdict.article === article)?.score ?? 0;
    // the sentence says more than the short verdict, but of the verdict only "Kells": it is read as its paragraph reads it
    assert.ok(scoreOf('kells.md', { text: letters }) > scoreOf('kells.md', { text: paragraph }));
    const inParagraph = scoreOf('kells.md', { text: letters, paragraph });
    assert.ok(inParagraph > 0);
    assert.ok(Math.abs(inParagraph - scoreOf('kells.md', { text: paragraph })) < 1e-9, `${inParagraph} vs ${scoreOf('kells.md', { text: paragraph })}`);
    // a sentence saying what a verdict says keeps its own score above the paragraph's
    assert.ok(scoreOf('ferry.md', { text: ferry, paragraph }) > scoreOf('ferry.md', { text: paragraph }));
  });

  it('reads a plural no ending rule reaches as its singular ("knives", "a knife")', () => {
    const desk = [
      verdict('bread.md', 'Bread sold at the market was found to be stale.'),
      verdict('knives.md', 'Knives were found in bread sold at the market.'),
    ];
    const matches = matchClaim(prepareMatchIndex(desk), { text: 'A knife found in market bread!' });
    assert.deepEqual(matches.map(match => match.verdict.article), ['knives.md', 'bread.md']);
  });

  it('reads a joined-up hashtag as the verdicts\' words it is made of', () => {
    const desk = [
      verdict('jars.md', 'Someone is mixing glue into jars of honey sold at the market.'),
      verdict('market.md', 'The market sold out of honey before the fair.'),
    ];
    const matches = matchClaim(prepareMatchIndex(desk), { text: 'Please pass this along! #gluehoneyjars' });
    assert.equal(matches[0].verdict.article, 'jars.md');
  });

  it('reads an abbreviation as the words the verdicts spell it out in', () => {
    const desk = [
      verdict('members.md', 'Members of the Northern Apiarists Guild (NAG) may bring hives to the show.'),
      verdict('ban.md', 'The Northern Apiarists Guild banned smoke during the talks at its spring show.'),
      verdict('union.md', 'Smoke was banned during the talks at the spring show of the potters union.'),
    ];
    const claim = { text: 'The NAG banned smoke during the talks at its spring show.' };
    const spelledOut = matchClaim(prepareMatchIndex(desk), claim);
    const asWritten = matchClaim(prepareMatchIndex(desk, { ...DEFAULT_MATCH_WEIGHTS, acronym: 0 }), claim);
    assert.equal(spelledOut[0].verdict.article, 'ban.md');
    assert.equal(asWritten[0].verdict.article, 'union.md');
  });

  it('reads a place name and its people\'s adjective as the same place', () => {
    const desk = [
      verdict('italy.md', 'A photograph shows Mayor Quint greeting the Italian consul.'),
      verdict('photo.md', 'A photograph shows Mayor Quint greeting guests.'),
    ];
    const claim = { text: 'Quint met the envoy of Italy, a photograph shows.' };
    assert.equal(matchClaim(prepareMatchIndex(desk), claim)[0].verdict.article, 'italy.md');
    const asWritten = matchClaim(prepareMatchIndex(desk, { ...DEFAULT_MATCH_WEIGHTS, nameForm: 0 }), claim);
    assert.equal(asWritten[0].verdict.article, 'photo.md');
  });

  it('reads a word as the word the verdicts\' headings use for it in their quotes', () => {
    const desk = [
      verdict('fire.md', 'A boat burned at the pier overnight.', { context: 'Did a Ferry Burn?' }),
      verdict('fare.md', 'A boat ticket now costs more than a bus ticket.', { context: 'Ferry Fares Up?' }),
      verdict('crew.md', 'The boat crew went on strike for a week.', { context: 'Ferry Crew on Strike' }),
      verdict('sank.md', 'The ferry sank off Gull Point.'),
      verdict('a-yacht.md', 'The yacht sank off Gull Point.'),
      // other verdicts whose headings say what their quotes say
      ...Array.from({ length: 40 }, (_, i) => verdict(`note${i}.md`, `Routine note ${i}.`, { context: `Routine note ${i}` })),
    ];
    const claim = { text: 'A boat sank off Gull Point.' };
    const [first, second] = matchClaim(prepareMatchIndex(desk), claim);
    assert.equal(first.verdict.article, 'sank.md');
    assert.ok(first.score > second.score);
    // read as written, the two score the same
    const asWritten = matchClaim(prepareMatchIndex(desk, { ...DEFAULT_MATCH_WEIGHTS, restatement: 0 }), claim);
    assert.deepEqual(asWritten.slice(0, 2).map(m => m.verdict.article), ['a-yacht.md', 'sank.md']);
    assert.equal(asWritten[0].score, asWritten[1].score);
  });

  it('weighs a copied post\'s signature line less than its words', () => {
    const desk = [
      verdict('marrow.md', "Six of Tilda Marrow's cousins appeared in a leaflet for her rival."),
      verdict('photo.md', 'A photograph shows Quint meeting Ostrow.'),
      verdict('budget.md', 'The council approved a budget of 12 million euros.'),
      verdict('jobs.md', 'Unemployment fell to 3 percent.'),
    ];
    const post = 'No one said Quint met with Ostrow in person. — Tilda Marrow (@TildaMarrowMP) March 9, 2021';
    assert.equal(matchClaim(prepareMatchIndex(desk), { text: post })[0].verdict.article, 'photo.md');
    const signatureAsWords = prepareMatchIndex(desk, { ...DEFAULT_MATCH_WEIGHTS, signature: 1 });
    assert.equal(matchClaim(signatureAsWords, { text: post })[0].verdict.article, 'marrow.md');
  });

  it('lists verdicts scoring the same in the Explorer\'s order of their articles, whatever order they came in', () => {
    const quote = 'The lighthouse keeper counted 41 seals on the sandbank.';
    const twins = ['checks/10.md', 'checks/2.md', 'Checks/1b.md', 'checks/archive/9.md', 'checks/2.md'].map((article, i) =>
      verdict(article, quote, { id: `c${i}`, line: article === 'checks/2.md' ? 20 - i : undefined }));
    const expected = ['Checks/1b.md', 'checks/archive/9.md', 'checks/2.md', 'checks/2.md', 'checks/10.md'];
    for (const order of [twins, [...twins].reverse()]) {
      const matches = matchClaim(prepareMatchIndex(order), { text: quote });
      assert.deepEqual(matches.map(m => m.verdict.article), expected);
      assert.equal(new Set(matches.map(m => m.score)).size, 1);
      // within one article, the earlier line first
      assert.deepEqual(matches.filter(m => m.verdict.article === 'checks/2.md').map(m => m.verdict.line), [16, 19]);
    }
  });

  it('answers nothing on an empty index or an empty claim', () => {
    assert.deepEqual(matchClaim(prepareMatchIndex([]), { text: 'Anything at all.' }), []);
    assert.deepEqual(matchClaim(index, { text: '' }), []);
  });
});
