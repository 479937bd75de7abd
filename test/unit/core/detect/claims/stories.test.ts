import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../../../src/core/detect/analyze';

// Eleven made-up news pages (test/fixtures/claims) of kinds the other fixtures are not: a wiki-style brief with its
// related news and sources, a story pasted from a website with its share buttons, advertisement, captions and a
// correction, an opinion column, a Q&A interview, a press release with its standing text and end mark, an explainer
// with a table and lists, a wire story pasted as plain text, and a live page with timestamped posts. Each page's
// claims are listed in full, read by hand; its furniture is asserted to score 0. Towns, firms and people are made up.
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../../fixtures/claims', name), 'utf8');
const scored = (text: string) => analyze(text, { claimThreshold: 0 }).claims;
const claims = (text: string) => analyze(text).claims.map(c => c.text);
const zero = (text: string, furniture: readonly string[]) => {
  const all = scored(text);
  for (const line of furniture) {
    const unit = all.find(c => c.text.startsWith(line));
    assert.ok(unit, `no unit starts with: ${line}`);
    assert.equal(unit.score, 0, `furniture scored: ${unit.text}`);
  }
};
/** Every claim of the page, each given by how it starts, in order. */
const claimsAre = (text: string, starts: readonly string[]) => {
  const found = claims(text);
  assert.deepEqual(found.map((c, i) => starts[i] !== undefined && c.startsWith(starts[i]) ? starts[i] : c), starts);
};

describe('claims and furniture in made-up news pages', () => {
  it('a wiki-style brief: its related news, sources and links are other pages, not claims', () => {
    const text = fixture('brief.md');
    claimsAre(text, ['Ferry operator Tarnlund Lines fined', 'The maritime authority of Veldmark', 'The authority found',
      'Tarnlund Lines said it would not appeal', 'Four passengers were taken', 'The Skelby route carries']);
    zero(text, ['Wednesday, February 11, 2026', 'SKELBY', 'Related news', '[Skelby ferry passengers rescued', '[Veldmark tightens',
      'Sources', '"[Tarnlund Lines fined over', '"Ferry firm to pay 2.4m kronor fine"', 'External links', '[Tarnlund Lines]']);
  });

  it("a story pasted from a website: share buttons, advertisement, captions, newsletter, a correction and the site's lists", () => {
    const text = fixture('webpage.md');
    // its stamp gives a clock time before the day: the day still dates the article
    assert.deepEqual(analyze(text).reference, { date: '2026-11-18', from: 'dateline' });
    claimsAre(text, ['Rents in Mossbridge rise fastest', 'Average rents in Mossbridge rose 11.2 percent',
      'A two-bedroom flat in the town now costs', 'The survey covered 3,100 homes', 'Halden Property Group, which manages']);
    zero(text, ['By Clara Pennick', 'Published 9:14 a.m.', '![A row of terraced houses', 'Image caption: Terraced houses',
      '(AP Photo/Dev Okafor)', 'Read more: Mossbridge council', 'Photo: Nadia Frost/Valley Press', 'Sign up for our newsletter',
      '*Correction: An earlier version', 'It was 620, not 260.', 'Listen to this article', 'Story continues below advertisement',
      'This article was amended on Nov. 19', 'It was misnamed', 'Produced by Nadia Frost.', 'Graphics by Omar Lind.',
      'Enjoy unlimited digital access for $1 a week.', 'Become a member today for $5 a month.', 'Copyright 2026', 'Comments (14)', 'Most read',
      'Mossbridge council votes to cap', 'Bridge closure: what you need to know']);
  });

  it("an opinion column: its factual sentences are claims, its opinions, pull quote, author's note and tags are not", () => {
    const text = fixture('opinion.md');
    claimsAre(text, ['The county wants to spend $84 million', 'Its own study, published in March,',
      'Traffic on the Marrow Road widening', 'For the same sum, the county could run buses']);
    zero(text, ['OPINION', 'By Anneke Vos', 'June 4, 2026 at 7:00 a.m. EDT']);
  });

  it("a Q&A interview: the grower's answers that state figures are claims, the questions and the standfirst's note are not", () => {
    const text = fixture('interview.md');
    claimsAre(text, ['*Ilse Varga has grown apples', '**Varga:** We picked about 140 tonnes.', 'In a normal year',
      "**Varga:** It didn't rain", 'The reservoir we draw from', '**Varga:** The regional government paid us',
      "That doesn't cover the loss"]);
    zero(text, ['Oct. 2, 2026']);
    const questions = scored(text).filter(c => /^(?:\*\*Courier:\*\*|Q:)/.test(c.text));
    assert.equal(questions.length, 5);
    for (const q of questions) assert.ok(q.score < 0.3, `${q.score} for: ${q.text}`);
  });

  it('a press release: the wire dateline split off, abbreviations kept inside sentences, the standing text after the story', () => {
    const text = fixture('release.md');
    assert.deepEqual(analyze(text).reference, { date: '2026-03-03', from: 'dateline' });
    claimsAre(text, ['Korvel Aerostructures to supply wing panels to Aventis N.V. in €180 million deal',
      'Korvel Aerostructures S.A. today announced', 'The contract is worth approx. €180 million.',
      'Korvel will build the panels at its plant on Quai St. Armel in Blagnac,', 'The first panels are due to be delivered in Jan. 2027.',
      '"This contract doubles our composites business," said Helene Marchal, chief executive of Korvel Aerostructures S.A.',
      '"It is the largest order', 'The agreement follows a similar deal signed with Brightwell Aviation Co. Ltd. in 2024.',
      "Korvel's revenue rose 14%", 'Aventis N.V. operates 11 plants in Europe and the U.S.', 'It delivered 96 aircraft in 2025.']);
    zero(text, ['FOR IMMEDIATE RELEASE', 'TOULOUSE, France, March 3, 2026 /PRNewswire/', 'About Korvel Aerostructures',
      'Korvel Aerostructures S.A. (Euronext: KVL)', 'Founded in 1986', 'About Aventis N.V.', 'Aventis N.V. is a maker',
      'Forward-looking statements', 'This press release contains', 'Media contact:', '+33 5']);
  });

  it('an explainer with a table and lists: figures in rows and items are claims, the source note and reading time are not', () => {
    const text = fixture('figures.md');
    claimsAre(text, ['Hallam County spent $412 million', "| Teachers' pay |", '| Buildings |', '| Transport |',
      '| Special education |', 'Teachers got a 4.5 percent raise', 'The county bought 22 electric buses',
      'Two primary schools closed', 'The board votes on next year', 'A public hearing is set for June 2',
      "The board's chair, Nell Ashdown", 'Pupils: 61,300', 'Budget per pupil: $6,720']);
    zero(text, ['*By Teo Marsh · 6 min read*', '*Source: Hallam County finance office.', 'Figures rounded.*',
      'Share this story']);
  });

  it('a wire story pasted as plain text: reading time, dateline, file photo, related coverage and the wire\'s notes', () => {
    const text = fixture('wire.txt');
    assert.deepEqual(analyze(text).reference, { date: '2026-09-09', from: 'dateline' });
    claimsAre(text, ['Tolbeck water firm fined 3 million over river spill', 'A regional court on Wednesday fined Tolbeck Water Ltd. 3 million crowns',
      'The company, a unit of Brenna Holdings Plc., said', 'Judge Mira Stolz said', 'Shares in Brenna Holdings rose 1.2%']);
    zero(text, ['By Ana Ruiz', '4 MIN READ', 'PORTVALE, Sept 9 (Harbour Wire)', 'FILE PHOTO: Dead fish', 'HARBOUR WIRE/Jo Bell/File Photo',
      'Related Coverage', 'Tolbeck water firm sued', 'Regulator orders review', '(Reporting by Ana Ruiz']);
  });

  it("a live page: post times and update stamps are no claims, the posts' facts are", () => {
    const text = fixture('live.md');
    claimsAre(text, ['Storm Ardis live: 40,000 homes', 'The Grid Operator says 40,000 homes', '**4.31pm** Coast line closed',
      'Rail services between Dunmere and Portkell', 'A gust of 121 km/h', 'It is the highest of']);
    zero(text, ['Key events', '1h ago: Rail services suspended', '3h ago: Red warning', '**4.52pm**', '**3.58pm**', '**3.20pm**', 'Updated at 4.35pm GMT', '![Waves break over', 'Waves break over the sea wall',
      'Photograph: Liam Teague', 'Related: How to prepare']);
  });

  it('a web story with a caption, a credit, a dated correction and a newsletter box: the operator is no person', () => {
    const text = fixture('ferry-timetable.md');
    claimsAre(text, ['Ferry operator cuts winter sailings as fuel bill soars', 'Island residents face fewer crossings',
      'The company will run 412 sailings', '"Every crossing in',
      'The cuts fall hardest on the Port Aulay route', 'Figures from the Scottish Islands Transport Forum']);
    zero(text, ['*By Ines Carvalho', 'Correction, 18 November: An earlier version', 'They start in', '© Westward Press 2026']);
    assert.deepEqual(analyze(text).people.map(p => p.text), ['Ines Carvalho', 'Hamish Lyle', 'Moira Bannerman', 'Duncan Rae']);
    assert.deepEqual(analyze(text).dates.filter(d => /January|winter|Tuesday|last year/.test(d.text)).map(d => `${d.text}=${d.value}`),
      ['this winter=2026-WI', 'January=2027-01', 'January=2027-01', 'last winter=2025-WI', 'Tuesday=2026-11-17',
        'February last year=2025-02', 'last year=2025', 'January=2027-01']);
  });

  it('a science story: a hard-wrapped line full of names goes on, the institute is no person, the reference is a note', () => {
    const text = fixture('science-study.md');
    claimsAre(text, ['Daily walk of 7,000 steps', 'Walking about 7,000 steps a day', 'The research, led by Dr. Amara Nwachukwu',
      '"The benefit levelled off', 'Nwachukwu et al. adjusted', 'An earlier analysis by Chen and Ortiz (2023)',
      'Dementia affects about 982,000 people', 'The study was funded by the Wellcome Trust']);
    zero(text, ['Reference: Nwachukwu A', '2026;14(3):211-219.']);
    const { people, dates } = analyze(text);
    assert.deepEqual(people.map(p => `${p.text}=${p.entity}`), ['Amara Nwachukwu=Amara Nwachukwu', 'Nwachukwu=Amara Nwachukwu',
      'Nwachukwu=Amara Nwachukwu', 'Henrik Salo=Henrik Salo', 'Nwachukwu=Amara Nwachukwu', 'Patel R=Patel R', 'Lindgren S=Lindgren S']);
    // (left: in the reference line "Neurology Today." after a full stop is still read as the article's day)
    const body = text.indexOf('Reference:');
    assert.deepEqual(dates.filter(d => d.start < body).map(d => `${d.text}=${d.value}`), ['2026-09-14=2026-09-14', 'nine years=P9Y',
      'Monday=2026-09-14', 'a week=P1W', '2016=2016', '2017=2017', '2023=2023', '2040=2040']);
  });

  it('a by-election story: a day-first dateline with its weekday is no claim; the result and the candidates are found', () => {
    const text = fixture('by-election.txt');
    const { reference, people, dates } = analyze(text);
    assert.deepEqual(reference, { date: '2026-03-06', from: 'dateline' });
    zero(text, ['ASHFORD, Friday 6 March 2026']);
    // (left: the results list's rows score either side of the threshold, 0.25 to 0.55, so some are offered and some not)
    const table = text.indexOf('Full result:');
    // (the headline too: its irregular verb "take" the story tells again as "took")
    assert.deepEqual(analyze(text).claims.filter(c => c.start < table).map(c => c.text.slice(0, 30)), [
      'Greens take Ashford North in b', 'The Green Party won the Ashfor', 'Green candidate Priya Raman to', 'The Conservatives came fourth ', 'Turnout was 41.2%, down from 6',
      'Raman, 34, a former nurse, tol', 'Polls had put Labour 6 points ', 'The seat fell vacant in Januar']);
    assert.deepEqual([...new Set(people.map(p => p.entity))], ['Priya Raman', 'Tom Hurley', 'Gary Mottram', 'Diane Colquhoun',
      'Alice Benning', 'Samuel Oyelaran']);
    assert.deepEqual(dates.map(d => `${d.text}=${d.value}`), ['Friday 6 March 2026=2026-03-06', 'Thursday=2026-03-05',
      'July 2024=2024-07', 'a week=P1W', 'January=2026-01']);
  });
});

