import assert from 'node:assert/strict';
import { claimTerms, figureTerm, nameForms, signatureStart, splitJoinedWord, stem, termOf, withoutPostFurniture } from '../../../../src/core/match/terms';

describe('match terms', () => {
  it('stems plurals and verb endings so word forms meet', () => {
    assert.equal(termOf('prisoners'), termOf('prisoner'));
    assert.equal(termOf('released'), termOf('release'));
    assert.equal(termOf('releases'), termOf('release'));
    assert.equal(stem('policies'), 'policy');
    assert.equal(stem('stopped'), 'stop');
    assert.equal(stem('crisis'), 'crisis');
  });

  it('leaves function words out and keeps content words in order', () => {
    assert.deepEqual(claimTerms('The council approved the budget').words, ['council', 'approv', 'budget']);
  });

  it('reads a figure however it is written: digits, scale words, glued scales, currency signs', () => {
    const terms = ['12 million euros', '€12m', '12,000,000 euros', 'twelve million euros'].map(text => claimTerms(text).figures);
    for (const figures of terms) {
      assert.equal(figures.length, 1);
      assert.equal(figureTerm(figures[0]), '#12000000euro');
    }
  });

  it('tells percentages, bare counts and years apart', () => {
    const terms = claimTerms('Unemployment fell to 3.1 per cent in 2019, and 70% of 122 detainees returned.');
    assert.deepEqual(terms.figures.map(figureTerm), ['#3.1percent', '#70percent', '#122']);
    assert.deepEqual(terms.years, [2019]);
  });

  it('reads the day of a date as part of the date, not as a count', () => {
    for (const text of ['— Chris Hayes (@chrislhayes) November 13, 2019', 'On 13 November 2019 it closed.', 'on Nov. 13th, 2019']) {
      const terms = claimTerms(text);
      assert.deepEqual(terms.figures, [], text);
      assert.deepEqual(terms.years, [2019], text);
      assert.ok(terms.words.includes('november') || terms.words.includes('nov'), text);
    }
    assert.deepEqual(claimTerms('Police found 13 bodies in November.').figures.map(figureTerm), ['#13']);
  });

  it('finds the signature line a copied post ends with, and none elsewhere', () => {
    const body = 'The WH press secretary has two DUI’s https://t.co/mHC19xzRxO';
    for (const signature of [' — Chris Hayes (@chrislhayes) November 13, 2019', '— Chris Hayes (@chrislhayes) Nov. 13, 2019"', ' - Chris (@c_h) November 3, 19']) {
      const text = body + signature;
      assert.equal(text.slice(0, signatureStart(text)).trimEnd(), body, signature);
    }
    for (const text of [body, 'Chris Hayes (@chrislhayes) said so on November 13, 2019.', '— Chris Hayes, November 13, 2019']) {
      assert.equal(signatureStart(text), text.length, text);
    }
  });

  it('notices a negation and capitalised names that do not start a sentence', () => {
    const terms = claimTerms('The mayor did not meet Ana Lindqvist in Lisbon.');
    assert.equal(terms.negated, true);
    assert.deepEqual(terms.names, ['ana', 'lindqvist', 'lisbon']);
    assert.equal(terms.nameText.get('lindqvist'), 'Lindqvist');
    assert.equal(claimTerms('The mayor met her.').negated, false);
    assert.equal(claimTerms("The mayor didn't meet her.").negated, true);
  });

  it('drops links and reads hashtags and handles by their words', () => {
    assert.equal(withoutPostFurniture('Look https://t.co/abc pic.twitter.com/xyz').trim(), 'Look');
    assert.deepEqual(claimTerms('#IranDeal by @realDonaldTrump').words, ['iran', 'deal', 'real', 'donald', 'trump']);
    assert.deepEqual(claimTerms('@NWSBirmingham and @JoyVBehar').words, ['nws', 'birmingham', 'joy', 'behar']);
  });

  it('gives the other forms of a place name, place and adjective', () => {
    assert.ok(nameForms('iran').includes('iranian'));
    assert.ok(nameForms('iranian').includes('iran'));
    assert.ok(nameForms('russian').includes('russia'));
    assert.ok(nameForms('italy').includes('italian'));
    assert.ok(nameForms('mexican').includes('mexico'));
    assert.ok(!nameForms('iran').includes('iran'));
  });

  it('drops a link glued to the word before it, as copied posts have them', () => {
    assert.deepEqual(claimTerms('Mojang is closing #Minecrafthttps://t.co/V4Lzv97qOc').words, ['mojang', 'clos', 'minecraft']);
    assert.deepEqual(claimTerms('Rings of the victims #WW2pic.twitter.com/9CgOACecb0').words, ['ring', 'victim', 'ww']);
  });

  it('folds accents on Latin letters and apostrophes inside names into one term', () => {
    assert.equal(termOf('Reykjavík'), termOf('Reykjavik'));
    assert.equal(termOf('González'), 'gonzalez');
    assert.equal(termOf("O'Rourke"), termOf('ORourke'));
    assert.equal(termOf('O’Rourke'), termOf('orourke'));
    assert.equal(termOf('Trump’s'), 'trump');
    // marks of other scripts can be letters of their own and stay
    assert.notEqual(termOf('हिंदी'), termOf('हद'));
  });

  it('splits a joined-up word into the fewest known words, or not at all', () => {
    const known = new Set(['poison', 'water', 'bottl', 'peter', 'strzok', 'win', 'winn', 'life', 'therapist', 'rapist']);
    const isKnown = (term: string) => known.has(term);
    assert.deepEqual(splitJoinedWord('poisonwaterbottles', isKnown), ['poison', 'water', 'bottles']);
    assert.deepEqual(splitJoinedWord('notpeterstrzok', isKnown), ['not', 'peter', 'strzok']);
    assert.deepEqual(splitJoinedWord('winningatmylife', isKnown), ['winning', 'at', 'my', 'life']);
    assert.equal(splitJoinedWord('poisonwaterbottlesxq', isKnown), undefined, 'a piece no word reads');
    assert.equal(splitJoinedWord('poison', isKnown), undefined, 'one word is nothing to split');
  });

  it('reads a hashtag or handle written without capitals as known words, only when it is no known word itself', () => {
    const known = new Set(['poison', 'water', 'bottl', 'peter', 'strzok', 'therapist', 'rapist']);
    const options = { known: (term: string) => known.has(term) };
    assert.deepEqual(claimTerms('Terrifying #poisonwaterbottles', options).words, ['terrify', 'poison', 'water', 'bottl']);
    assert.deepEqual(claimTerms('said @notpeterstrzok', options).words, ['said', 'peter', 'strzok']);
    assert.equal(claimTerms('said @notpeterstrzok', options).negated, false, 'a piece of a handle negates nothing');
    assert.deepEqual(claimTerms('#therapist', options).words, ['therapist']);
    // words of the claim itself are the writer's own: never split
    assert.deepEqual(claimTerms('poisonwaterbottles', options).words, ['poisonwaterbottl']);
    assert.deepEqual(claimTerms('Terrifying #poisonwaterbottles').words, ['terrify', 'poisonwaterbottl'], 'no vocabulary, no split');
  });

  it('reads a function word with a verb glued on as a function word, not as a content word', () => {
    assert.deepEqual(claimTerms("The skipper said she'd crossed twice, that's odd; I’m told you're late").words, ['skipper', 'said', 'cross', 'twic', 'odd', 'told', 'late']);
    assert.ok(!claimTerms("she'd painted the shed").words.includes('she'), "she'd is no word of its own");
    assert.deepEqual(claimTerms("Marlow's ferry").words, ['marlow', 'ferry'], 'a name keeps its possessive form');
  });

  it('multiplies a number by the dozen it is counted in', () => {
    assert.deepEqual(claimTerms('Four dozen crates were lost.').figures.map(figureTerm), ['#48']);
    assert.deepEqual(claimTerms('seven dozen crates').figures.map(figureTerm), claimTerms('84 crates').figures.map(figureTerm));
    assert.deepEqual(claimTerms('twenty five crates').figures.map(figureTerm), ['#25']);
  });

  it('reads an ordinal written with digits as its figure, with no stray ending', () => {
    const terms = claimTerms('The mill marked its 150th year and the 2nd kiln.');
    assert.deepEqual(terms.figures.map(figureTerm), ['#150', '#2']);
    assert.deepEqual(terms.words, ['mill', 'mark', 'year', 'kiln']);
  });

  it('reads "No." before a number as a number, not as a negation', () => {
    assert.equal(claimTerms('Dunmore is the No. 1 port for grain.').negated, false);
    assert.deepEqual(claimTerms('Dunmore is the No. 1 port for grain.').figures.map(figureTerm), ['#1']);
    assert.equal(claimTerms('No port takes grain.').negated, true);
  });
});
