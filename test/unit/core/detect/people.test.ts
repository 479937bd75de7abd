import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectPeople } from '../../../../src/core/detect/people';
import type { PersonMention } from '../../../../src/core/detect/spans';

// Our own wire-style sentences, hand-checked: every name below is written for these tests.
const names = (text: string): string[] => detectPeople(text).map(p => p.text);
const entities = (text: string): string[] => detectPeople(text).map(p => p.entity);

function mentionCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of detectPeople(text)) counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
  return counts;
}

function assertWellFormed(text: string, found: PersonMention[]): void {
  let previousEnd = 0;
  for (const p of found) {
    assert.ok(Number.isInteger(p.start) && Number.isInteger(p.end), 'integer offsets');
    assert.ok(p.start >= previousEnd && p.start < p.end && p.end <= text.length, `span ${p.start}-${p.end} in range and in order`);
    assert.equal(p.text, text.slice(p.start, p.end));
    assert.ok(p.entity.length > 0);
    previousEnd = p.end;
  }
}

const ARTICLE = [
  'KYIV, June 2 (Wire) - Ukraine\'s military intelligence chief Kyrylo Budanov said on Monday that a ceasefire',
  'was possible before the end of the year.',
  'Budanov told reporters in Kyiv that talks with Moscow would need a third party.',
  'Turkish Foreign Minister Hakan Fidan offered Istanbul as a venue, and Kremlin aide Yuri Ushakov said Russia',
  'would study the offer. "We are ready," Fidan said.',
  'President Volodymyr Zelensky\'s office declined to comment. Zelensky is due in Brussels on Thursday.',
  'Mr Budanov, 39, added that Kyrylo was not a name he used in public.',
].join('\n');

describe('detectPeople', () => {
  describe('names and their later mentions', () => {
    it('finds full names from several cultures', () => {
      const found = names(ARTICLE);
      for (const full of ['Kyrylo Budanov', 'Hakan Fidan', 'Yuri Ushakov', 'Volodymyr Zelensky']) {
        assert.ok(found.includes(full), `${full} in ${JSON.stringify(found)}`);
      }
    });

    it('links surname and first-name mentions to the full name', () => {
      const counts = mentionCounts(ARTICLE);
      assert.equal(counts.get('Kyrylo Budanov'), 4);
      assert.equal(counts.get('Hakan Fidan'), 2);
      assert.equal(counts.get('Volodymyr Zelensky'), 2);
      assert.equal(counts.get('Yuri Ushakov'), 1);
      assert.deepEqual([...counts.keys()].sort(), ['Hakan Fidan', 'Kyrylo Budanov', 'Volodymyr Zelensky', 'Yuri Ushakov']);
    });

    it('links a surname that comes before the full name', () => {
      const text = 'Okafor wins vote.\nLagos state governor Chinedu Okafor won a second term, officials said.';
      assert.deepEqual(detectPeople(text).map(p => [p.text, p.entity]), [['Okafor', 'Chinedu Okafor'], ['Chinedu Okafor', 'Chinedu Okafor']]);
    });

    it('links particle surnames and middle names to the full name', () => {
      const text = 'Commission President Greta van der Linde met Paulo Henrique Tavares da Costa. ' +
        'Van der Linde said the talks went well, and Tavares agreed.';
      assert.deepEqual(detectPeople(text).map(p => [p.text, p.entity]), [
        ['Greta van der Linde', 'Greta van der Linde'], ['Paulo Henrique Tavares da Costa', 'Paulo Henrique Tavares da Costa'],
        ['Van der Linde', 'Greta van der Linde'], ['Tavares', 'Paulo Henrique Tavares da Costa']]);
    });

    it('keeps two people with the same surname apart by nearness', () => {
      const text = 'Maria Lindqvist won the sprint. Her brother Erik Lindqvist finished fourth, and Lindqvist said he was tired.';
      const last = detectPeople(text).at(-1);
      assert.equal(last?.text, 'Lindqvist');
      assert.equal(last?.entity, 'Erik Lindqvist');
    });
  });

  describe('the span is the name only', () => {
    it('leaves titles and roles out', () => {
      assert.deepEqual(names('The talks were led by Gen. Tomasz Wrobel and President Aleksander Nowicki on Friday.'),
        ['Tomasz Wrobel', 'Aleksander Nowicki']);
      assert.deepEqual(names('It was a good day, said coach Diego Ferreyra after the game.'), ['Diego Ferreyra']);
      assert.deepEqual(names('Russian President Dmitri Sokolov met Mrs Helen Marsh in Geneva.'), ['Dmitri Sokolov', 'Helen Marsh']);
    });

    it('leaves a possessive out', () => {
      const text = 'Finance Minister Ingrid Halvorsen\'s budget passed. Halvorsen\'s deputy resigned.';
      assert.deepEqual(detectPeople(text).map(p => [p.text, p.entity]), [['Ingrid Halvorsen', 'Ingrid Halvorsen'], ['Halvorsen', 'Ingrid Halvorsen']]);
    });

    it('keeps particles, initials, hyphens, apostrophes and regnal numbers', () => {
      assert.deepEqual(names('Dutch defender Ruud van der Meulen scored twice.'), ['Ruud van der Meulen']);
      assert.deepEqual(names('The report was written by J. R. Whitcombe of the bank.'), ['J. R. Whitcombe']);
      assert.deepEqual(names('Striker Sean O\'Dowd and midfielder Jean-Marc Lefevre were injured.'), ['Sean O\'Dowd', 'Jean-Marc Lefevre']);
      assert.deepEqual(names('The ship was named after King Charles III last year.'), ['Charles III']);
      assert.deepEqual(names('Pope Clement XV blessed the crowd.'), ['Clement XV']);
      assert.deepEqual(names('Syrian opposition figure Ahmad al-Hariri spoke by phone.'), ['Ahmad al-Hariri']);
      assert.deepEqual(names('Councilmember Rafael de la Cruz voted against the budget.'), ['Rafael de la Cruz']);
    });
  });

  describe('precision', () => {
    it('does not take places, organisations, nationalities, months or weekdays', () => {
      const text = 'Ukraine\'s Ministry of Defence said on Monday that talks in New York and Ankara would resume in July. ' +
        'The European Commission and Deutsche Bank declined to comment, while Russian officials in Moscow stayed silent.';
      assert.deepEqual(names(text), []);
    });

    it('does not take capitalised sentence starts or headline capitals', () => {
      assert.deepEqual(names('UKRAINE SAYS CEASEFIRE TALKS WILL RESUME\nAfter talks in Geneva, Officials said nothing.'), []);
      assert.deepEqual(names('Kyiv Says Ceasefire Talks Will Resume Soon\nMarkets were calm.'), []);
    });

    it('does not take a club or company beside its noun', () => {
      assert.deepEqual(names('Shares of Korvana Steel fell after the daily Gazeta Nowa reported losses at Velmor Brothers company.'), []);
    });

    it('still finds names in a capitalised headline when the body proves them', () => {
      const text = 'Budanov Says Ceasefire Possible This Year\nIntelligence chief Kyrylo Budanov said a truce could come soon.';
      assert.deepEqual(entities(text), ['Kyrylo Budanov', 'Kyrylo Budanov']);
    });
  });

  describe('results and line-ups', () => {
    it('finds players named beside their country and score', () => {
      const text = 'Leading scores: Mark Ellison (Australia) 68, Tomas Berglund (Sweden) 70, R. Castellano (Spain) 71.';
      assert.deepEqual(names(text), ['Mark Ellison', 'Tomas Berglund', 'R. Castellano']);
    });
  });

  describe('robustness', () => {
    it('returns nothing for empty or nameless text', () => {
      assert.deepEqual(detectPeople(''), []);
      assert.deepEqual(detectPeople('   \n\n\t'), []);
      assert.deepEqual(detectPeople('\u0000\u0001\uffff\ud800'), []);
    });

    it('gives offsets in UTF-16 code units with CRLF, emoji, combining marks and right-to-left text', () => {
      const text = '🇺🇦 Update 👍\r\nمرحبا بالعالم. Foreign Minister Zoe\u0301 Papadakis said the plan was fair.\r\nPapadakis left.';
      const found = detectPeople(text);
      assertWellFormed(text, found);
      assert.deepEqual(found.map(p => [p.text, p.entity]), [['Zoe\u0301 Papadakis', 'Zoe\u0301 Papadakis'], ['Papadakis', 'Zoe\u0301 Papadakis']]);
    });

    it('never throws and keeps every span in range, on random text', () => {
      const pieces = fc.constantFrom('Mr ', 'Budanov', ' said', ', ', '. ', 'J.', ' van ', 'O\'', '\'s', '\r\n', 'Kyiv', 'A', 'II ',
        '"', '-', ' ', 'é', '\u0301', '🙂', 'مرحبا', 'Smith', 'President', ' the ', 'Co', '\ud800');
      fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.fullUnicodeString({ maxLength: 200 }),
        fc.array(pieces, { maxLength: 80 }).map(a => a.join(''))), text => {
        assertWellFormed(text, detectPeople(text));
      }), { numRuns: 400 });
    });

    it('stays linear on adversarial input', () => {
      const inputs = ['J. '.repeat(40_000), 'Van '.repeat(40_000), 'Budanov '.repeat(40_000), 'a'.repeat(200_000),
        'Mr Budanov said. '.repeat(8_000), ' '.repeat(200_000) + 'Kyrylo Budanov said'];
      for (const text of inputs) {
        const t0 = performance.now();
        assertWellFormed(text, detectPeople(text));
        assert.ok(performance.now() - t0 < 5000, `too slow on ${JSON.stringify(text.slice(0, 20))}…`);
      }
    });
  });

  describe('companies, products and vehicles are not people', () => {
    it('drops a two-word company name the article treats as a company anywhere', () => {
      const text = 'Halvorsen Whitby won a $2 billion contract. Halvorsen Whitby shares rose 3 percent, '
        + 'and Halvorsen Whitby said it would hire 500 engineers. Chief executive Dana Reyes said the order was the largest.';
      assert.deepEqual(names(text), ['Dana Reyes']);
    });

    it('reads a corporate word, a product after a possessive, a model number and an appositive as evidence', () => {
      assert.deepEqual(names('Pellham Computer reported a loss. Pellham said it would cut jobs, Lena Marsh said.'), ['Lena Marsh']);
      assert.deepEqual(names('Tessaro Brandt N.V. said profit rose. Tessaro Brandt said sales were strong.'), []);
      assert.deepEqual(names("Bramble's qTune store sold 2 million songs. Bramble said sales rose."), []);
      assert.deepEqual(names('The Corwin Falcon 220 jet was grounded. Corwin Falcon said the fleet was inspected.'), []);
      assert.deepEqual(names('Ravel Osgood, the furniture maker, said talks would resume. Ravel Osgood said no more.'), []);
    });

    it('keeps a person whose name a company shares when a title says so', () => {
      const text = 'Marsh Lindqvist Corp. said sales rose. Ms Marsh Lindqvist said she would sell her stake.';
      assert.deepEqual(names(text), ['Marsh Lindqvist']);
    });

    it('keeps people whose names are followed by sports scores and figures', () => {
      assert.deepEqual(names('Leading scores: Ian Pellow 111, Tom Okafor 4-37.'), ['Ian Pellow', 'Tom Okafor']);
    });

    it('finds full names with middle initials and particles, even when the surname is also a company', () => {
      assert.deepEqual(names('Finance chief Carl J. Ford resigned on Monday.'), ['Carl J. Ford']);
      assert.deepEqual(names('Pieter van der Berg met Rui de Almeida and Omar bin Rashid.'), ['Pieter van der Berg', 'Rui de Almeida', 'Omar bin Rashid']);
      // a hard-wrapped paragraph breaks a name across lines; a list of names on short lines stays apart
      const wrapped = 'The council also named the new bridge after a former mayor who died last year. The Evelyn\n' +
        'Hartley Bridge will open in June, and the council said Dame Evelyn Hartley would have been pleased.';
      assert.deepEqual(names(wrapped), ['Evelyn Hartley']);
      assert.deepEqual(names('Squad:\nMark Ellison\nTomas Berglund\n'), ['Mark Ellison', 'Tomas Berglund']);
      // an unfamiliar given name, two particles and a surname: four words, still one name
      assert.deepEqual(names('The bank was run by Willem van den Broek until 2019.'), ['Willem van den Broek']);
    });
  });
});
