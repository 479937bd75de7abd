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

  it('reads plurals no ending rule reaches as their singular, and leaves look-alikes alone', () => {
    assert.equal(termOf('knives'), termOf('knife'));
    assert.equal(termOf('Children’s'), termOf('child'));
    assert.equal(termOf('women'), termOf('woman'));
    assert.equal(termOf('men'), termOf('man'));
    assert.equal(termOf('teeth'), termOf('tooth'));
    assert.notEqual(termOf('leaves'), termOf('leaf'));
    assert.notEqual(termOf('mention'), termOf('man'));
    assert.equal(termOf('constructor'), 'constructor');
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
    for (const text of ['— Mina Holt (@minaholt) October 14, 2022', 'On 14 October 2022 it closed.', 'on Oct. 14th, 2022']) {
      const terms = claimTerms(text);
      assert.deepEqual(terms.figures, [], text);
      assert.deepEqual(terms.years, [2022], text);
      assert.ok(terms.words.includes('october') || terms.words.includes('oct'), text);
    }
    assert.deepEqual(claimTerms('Police found 14 crates in October.').figures.map(figureTerm), ['#14']);
  });

  it('finds the signature line a copied post ends with, and none elsewhere', () => {
    const body = 'The harbour master has two boats https://t.co/aB3dE5fG7h';
    for (const signature of [' — Mina Holt (@minaholt) October 14, 2022', '— Mina Holt (@minaholt) Oct. 14, 2022"', ' - Mina (@m_h) October 4, 22']) {
      const text = body + signature;
      assert.equal(text.slice(0, signatureStart(text)).trimEnd(), body, signature);
    }
    for (const text of [body, 'Mina Holt (@minaholt) said so on October 14, 2022.', '— Mina Holt, October 14, 2022']) {
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
    assert.deepEqual(claimTerms('#HarbourDeal by @realMinaHolt').words, ['harbour', 'deal', 'real', 'mina', 'holt']);
    assert.deepEqual(claimTerms('@NWSVessby and @AnnaKLund').words, ['nws', 'vessby', 'anna', 'lund']);
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
    assert.deepEqual(claimTerms('Tilework is closing #Claycrafthttps://t.co/Q8rT2vW9xZ').words, ['tilework', 'clos', 'claycraft']);
    assert.deepEqual(claimTerms('Medals of the sailors #WW2pic.twitter.com/Zx81Kq3LmN').words, ['medal', 'sailor', 'ww']);
  });

  it('folds accents on Latin letters and apostrophes inside names into one term', () => {
    assert.equal(termOf('Kópavogur'), termOf('Kopavogur'));
    assert.equal(termOf('Ibáñez'), 'ibanez');
    assert.equal(termOf("O'Dwyer"), termOf('ODwyer'));
    assert.equal(termOf('O’Dwyer'), termOf('odwyer'));
    assert.equal(termOf('Trump’s'), 'trump');
    // marks of other scripts can be letters of their own and stay
    assert.notEqual(termOf('हिंदी'), termOf('हद'));
  });

  it('splits a joined-up word into the fewest known words, or not at all', () => {
    const known = new Set(['glue', 'honey', 'jar', 'aldo', 'ferrin', 'sail', 'sai', 'age', 'therapist', 'rapist']);
    const isKnown = (term: string) => known.has(term);
    assert.deepEqual(splitJoinedWord('gluehoneyjars', isKnown), ['glue', 'honey', 'jars']);
    assert.deepEqual(splitJoinedWord('notaldoferrin', isKnown), ['not', 'aldo', 'ferrin']);
    assert.deepEqual(splitJoinedWord('sailingatmyage', isKnown), ['sailing', 'at', 'my', 'age']);
    assert.equal(splitJoinedWord('gluehoneyjarsxq', isKnown), undefined, 'a piece no word reads');
    assert.equal(splitJoinedWord('honey', isKnown), undefined, 'one word is nothing to split');
  });

  it('reads a hashtag or handle written without capitals as known words, only when it is no known word itself', () => {
    const known = new Set(['glue', 'honey', 'jar', 'aldo', 'ferrin', 'therapist', 'rapist']);
    const options = { known: (term: string) => known.has(term) };
    assert.deepEqual(claimTerms('Terrifying #gluehoneyjars', options).words, ['terrify', 'glue', 'honey', 'jar']);
    assert.deepEqual(claimTerms('said @notaldoferrin', options).words, ['said', 'aldo', 'ferrin']);
    assert.equal(claimTerms('said @notaldoferrin', options).negated, false, 'a piece of a handle negates nothing');
    assert.deepEqual(claimTerms('#therapist', options).words, ['therapist']);
    // words of the claim itself are the writer's own: never split
    assert.deepEqual(claimTerms('gluehoneyjars', options).words, ['gluehoneyjar']);
    assert.deepEqual(claimTerms('Terrifying #gluehoneyjars').words, ['terrify', 'gluehoneyjar'], 'no vocabulary, no split');
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
