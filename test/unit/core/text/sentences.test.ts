import assert from 'node:assert/strict';
import { isDateline } from '../../../../src/core/text/datelines';
import { splitSentences } from '../../../../src/core/text/sentences';

const texts = (text: string) => splitSentences(text).map(s => s.text);

describe('splitSentences', () => {
  it('splits plain prose at sentence ends', () => {
    assert.deepEqual(texts('The council met on Monday. It approved the budget! Was anyone surprised? Nobody was.'), [
      'The council met on Monday.',
      'It approved the budget!',
      'Was anyone surprised?',
      'Nobody was.',
    ]);
  });

  it('keeps titles, initials and dotted abbreviations inside the sentence', () => {
    assert.deepEqual(texts('Mr. Okafor met Dr. Lind and J. R. R. Tolkien scholars at 9 a.m. on Jan. 5 in the U.S. Senate. They left.'), [
      'Mr. Okafor met Dr. Lind and J. R. R. Tolkien scholars at 9 a.m. on Jan. 5 in the U.S. Senate.',
      'They left.',
    ]);
  });

  it('makes a note wholly in brackets that opens its lines a unit of its own, and leaves a stage direction inside a speech', () => {
    assert.deepEqual(texts('(Adds figures from the port)\nHARBOURTON, May 3 Cargo rose 4% in April.'), [
      '(Adds figures from the port)',
      'HARBOURTON, May 3 Cargo rose 4% in April.',
    ]);
    assert.deepEqual(texts('We cut the levy —\n(APPLAUSE)\n— and we built 40 schools.'), ['We cut the levy —\n(APPLAUSE)\n— and we built 40 schools.']);
  });

  it('ends a sentence after an ordinal\'s figure and ending, as after a number', () => {
    assert.deepEqual(texts('The game arrives on May 9th. Stay tuned for news. It was due on the 1st. Fans waited.'), [
      'The game arrives on May 9th.',
      'Stay tuned for news.',
      'It was due on the 1st.',
      'Fans waited.',
    ]);
  });

  it('keeps a police log\'s and a council\'s short ranks inside the sentence', () => {
    assert.deepEqual(texts('At about 2100 hours, Ptl. Orsini stopped a van. Sfc. Lamb was called. Cllr. Jo Okafor spoke.'), [
      'At about 2100 hours, Ptl. Orsini stopped a van.',
      'Sfc. Lamb was called.',
      'Cllr. Jo Okafor spoke.',
    ]);
  });

  it('ends a line after a source in brackets that follows a sentence\'s end: no sentence goes on over it', () => {
    assert.deepEqual(texts('Shares fell 9% in an hour. (Tickerwatch)\nShares fell 9% in an hour.\nThe exchange said little.'), [
      'Shares fell 9% in an hour.',
      '(Tickerwatch)',
      'Shares fell 9% in an hour.',
      'The exchange said little.',
    ]);
  });

  it('ends a sentence after a code or a rating ending in a capital, which is no initial', () => {
    assert.deepEqual(texts('The film is rated 12A. Thorne\'s letters inspired it.'), ['The film is rated 12A.', 'Thorne\'s letters inspired it.']);
    assert.deepEqual(texts('The bus runs to Gate 4B. Tickets cost $2.'), ['The bus runs to Gate 4B.', 'Tickets cost $2.']);
  });

  it('keeps a clock time in another zone, in brackets after "a.m.", inside the sentence', () => {
    assert.deepEqual(texts('Talks resumed at 10 a.m. (0900 GMT) on Sunday. The polls close at 8 p.m. (local time) in Osk. (They rarely do.)'), [
      'Talks resumed at 10 a.m. (0900 GMT) on Sunday.',
      'The polls close at 8 p.m. (local time) in Osk.',
      '(They rarely do.)',
    ]);
    assert.deepEqual(texts('The talks ended at 4 p.m. (Officials left soon after.)'), ['The talks ended at 4 p.m.', '(Officials left soon after.)']);
  });

  it('ends a sentence after an ambiguous abbreviation when a sentence starter follows', () => {
    assert.deepEqual(texts('The firm moved to the U.S. The move cost $3 million, the company said at 5 p.m. It was late.'), [
      'The firm moved to the U.S.',
      'The move cost $3 million, the company said at 5 p.m.',
      'It was late.',
    ]);
  });

  it('ends a sentence after "etc." before any capital: a list closed, as no name goes on after it', () => {
    assert.deepEqual(texts('The plant makes parts for cars, trucks, etc. Output rose 12% in May. Buy fruit, e.g. Braeburn apples.'), [
      'The plant makes parts for cars, trucks, etc.',
      'Output rose 12% in May.',
      'Buy fruit, e.g. Braeburn apples.',
    ]);
  });

  it('does not split decimals, numbered items or a period before lower case', () => {
    assert.deepEqual(texts('Inflation rose 3.5 percent, No. 2 on the list, approx. twice the rate. Done.'), [
      'Inflation rose 3.5 percent, No. 2 on the list, approx. twice the rate.',
      'Done.',
    ]);
  });

  it('ends the sentence after closing quotes, and not before a lower-case attribution', () => {
    assert.deepEqual(texts('“We will rebuild it.” The mayor smiled. "Is it ready?" she asked. He said it was “frank.” Then he left.'), [
      '“We will rebuild it.”',
      'The mayor smiled.',
      '"Is it ready?" she asked.',
      'He said it was “frank.”',
      'Then he left.',
    ]);
  });

  it('reads a results list\'s tied rank ("T2.") as its line\'s mark, as it reads "1."', () => {
    assert.deepEqual(texts('Leaders:\n1. Kerry Vale, Ireland, 201\nT2. Haru Inose, Japan, 204\nT2. Sam Orr, England, 204\n'),
      ['Leaders:', 'Kerry Vale, Ireland, 201', 'Haru Inose, Japan, 204', 'Sam Orr, England, 204']);
  });

  it('makes a wire dateline and a title line units of their own', () => {
    const text = 'Harbour deal signed\nRIVERTON, March 4 (Coastal Wire) - The port signed the deal on Friday. Shares rose.';
    assert.deepEqual(texts(text), ['Harbour deal signed', 'RIVERTON, March 4 (Coastal Wire)', 'The port signed the deal on Friday.', 'Shares rose.']);
    assert.deepEqual(texts('OSLO (Nordpress) — Talks resumed.'), ['OSLO (Nordpress)', 'Talks resumed.']);
    // with its weekday, and day first as British papers write it
    assert.deepEqual(texts('ASHFORD, Friday 6 March 2026 - The Greens won.'), ['ASHFORD, Friday 6 March 2026', 'The Greens won.']);
    assert.deepEqual(texts('TARNE, Kent, 6 March - The Greens won.'), ['TARNE, Kent, 6 March', 'The Greens won.']);
    assert.deepEqual(texts('DOVER, Friday, March 6, 2026 -- Fares rose.'), ['DOVER, Friday, March 6, 2026', 'Fares rose.']);
    // a press release's date alone, with its year; a day alone before a dash is the sentence's
    assert.deepEqual(texts('March 6, 2026 — Harbour Lines today opened a route.'), ['March 6, 2026', 'Harbour Lines today opened a route.']);
    assert.deepEqual(texts('Friday 6 March 2026 - Fares rose.'), ['Friday 6 March 2026', 'Fares rose.']);
    assert.deepEqual(texts('March 6 - the day the dam broke - is remembered.'), ['March 6 - the day the dam broke - is remembered.']);
    // set in bold or italics
    assert.deepEqual(texts('**DOVER, March 6, 2026 /Kent Newswire/** -- Fares rose.'), ['**DOVER, March 6, 2026 /Kent Newswire/**', 'Fares rose.']);
    assert.deepEqual(texts('*March 6, 2026* — Harbour Lines opened a route.'), ['*March 6, 2026*', 'Harbour Lines opened a route.']);
    // a date in figures with dots; a date before a colon, as Indian papers set it; a place whose first word is one letter
    assert.deepEqual(texts('TAMPERE, 13.2.2025 — Dockers struck.'), ['TAMPERE, 13.2.2025', 'Dockers struck.']);
    assert.deepEqual(texts('NEW DELHI, 13 May 2025: The board said 92% passed.'), ['NEW DELHI, 13 May 2025', 'The board said 92% passed.']);
    assert.deepEqual(texts('A CORUÑA, Spain, Jan. 9, 2026 (Reuters) - Rescuers saved 12 crew.'), ['A CORUÑA, Spain, Jan. 9, 2026 (Reuters)', 'Rescuers saved 12 crew.']);
    // (a capital word after "A" with no comma is prose; a label before a colon with no date is no dateline)
    assert.deepEqual(texts('A US - China deal was signed.'), ['A US - China deal was signed.']);
    assert.deepEqual(texts('NOTE: This is fine.'), ['NOTE: This is fine.']);
  });

  it('makes a dateline whose dash is closed up, or a wire\'s name opening the story, a unit of its own', () => {
    // the dash closed up to the sentence, where a country, a date or a wire's bracket shows the place a dateline's
    assert.deepEqual(texts('TARNE, Kentland—The council voted 5-2.'), ['TARNE, Kentland', 'The council voted 5-2.']);
    assert.deepEqual(texts('Oakdale, OH, Mar. 3, 2019--The plant shut.'), ['Oakdale, OH, Mar. 3, 2019', 'The plant shut.']);
    assert.deepEqual(texts('RIVERTON, Kentland (Coastal Wire) -Dana Roe scored twice.'), ['RIVERTON, Kentland (Coastal Wire)', 'Dana Roe scored twice.']);
    assert.deepEqual(texts('(Coastal Wire) – The port reopened on Friday.'), ['(Coastal Wire)', 'The port reopened on Friday.']);
    // (a name in brackets alone is no dateline: a signature's "(Jo Bell)")
    assert.equal(isDateline('(Jo Bell)'), false);
    // a place alone before a closed-up dash, a figure after a hyphen, a bracket with no dash are prose
    assert.deepEqual(texts('US–Kentland talks resumed.'), ['US–Kentland talks resumed.']);
    assert.deepEqual(texts('NATO—The alliance met.'), ['NATO—The alliance met.']);
    assert.deepEqual(texts('COVID -19 cases rose.'), ['COVID -19 cases rose.']);
    assert.deepEqual(texts('(Updated) The mayor said no.'), ['(Updated) The mayor said no.']);
  });

  it('starts a new story at a dateline opening a line, after a tag\'s closing quote or a full stop', () => {
    assert.deepEqual(texts("Posts Tagged 'Bus Crash'\nRIVERTON, KT — A bus crashed."), ["Posts Tagged 'Bus Crash'", 'RIVERTON, KT', 'A bus crashed.']);
    assert.deepEqual(texts('The port opened.\nRIVERTON, March 4 (Coastal Wire) - The port signed.'), ['The port opened.', 'RIVERTON, March 4 (Coastal Wire)', 'The port signed.']);
  });

  it('recognises a bare dateline unit', () => {
    assert.equal(isDateline('RIVERTON, March 4 (Coastal Wire)'), true);
    assert.equal(isDateline('**Oakdale, Ohio**'), true);
    assert.equal(isDateline('The port signed the deal on Friday.'), false);
  });

  it('ends a line at a feed\'s stamp alone on it or glued to its headline', () => {
    // a stamp written day first, with its clock after a comma, ends its line and the line above
    assert.deepEqual(texts('Tarne port reopens after the long storm of the week\n20 Jan, 2026, 03.21 PM IST\nFerry strike ends in Tarne after talks with the union'),
      ['Tarne port reopens after the long storm of the week', '20 Jan, 2026, 03.21 PM IST', 'Ferry strike ends in Tarne after talks with the union']);
    // a clock after a zone or "published at", glued to the headline's last letter
    assert.deepEqual(texts('Ferry sinks off the coast of Tarne with nine aboardGMT 10:36 2018 Friday ,12 December\nPort of Ellen reopens after the storm passes'),
      ['Ferry sinks off the coast of Tarne with nine aboard', 'GMT 10:36 2018 Friday ,12 December', 'Port of Ellen reopens after the storm passes']);
    assert.deepEqual(texts('Rovers move into the top six with a win at Tarnepublished at 17:15'), ['Rovers move into the top six with a win at Tarne', 'published at 17:15']);
    // (a zone and its clock written apart from the word before are a sentence's, which goes on over its line)
    assert.deepEqual(texts('The ferry left Tarne at GMT 10:36 on a calm morning and\nreached Ellen at noon.'), ['The ferry left Tarne at GMT 10:36 on a calm morning and\nreached Ellen at noon.']);
  });

  it('reads a place in capitals alone as a dateline, but not a headline in capitals', () => {
    assert.equal(isDateline('RIVERTON'), true);
    assert.equal(isDateline('PORT OF TARNE'), true);
    // longer than a place's name, with no date or wire's name: a headline
    assert.equal(isDateline('HARBOUR BOARD SHELVES NEW FERRY TERMINAL'), false);
    assert.equal(isDateline('TARNE FISHERMEN WELCOME QUOTA DEAL'), false);
    // (two places with AT between them: a fixture's line, as before)
    assert.equal(isDateline('TARNE CITY AT PORT ELLEN'), true);
  });

  it('makes a local paper\'s dateline in title case, with its state or country, a unit of its own', () => {
    assert.deepEqual(texts('Oakdale, Ohio — The board voted 4-1 to close two schools.'), ['Oakdale, Ohio', 'The board voted 4-1 to close two schools.']);
    assert.deepEqual(texts('**St. Louis, Mo.** — "We are done," she said.'), ['**St. Louis, Mo.**', '"We are done," she said.']);
    assert.deepEqual(texts('Port Moresby, Papua New Guinea (Pacific Wire) -- Rain fell.'), ['Port Moresby, Papua New Guinea (Pacific Wire)', 'Rain fell.']);
    // or with a wire's name in brackets, as AFP writes it
    assert.deepEqual(texts('Jakarta (AFP) - Mount Lewotobi erupted twice on Tuesday.'), ['Jakarta (AFP)', 'Mount Lewotobi erupted twice on Tuesday.']);
    assert.equal(isDateline('Jakarta (AFP)'), true);
    // a place alone, or what a dash sets off in a sentence, is prose
    assert.deepEqual(texts('Oakdale — The board voted.'), ['Oakdale — The board voted.']);
    assert.deepEqual(texts('However, Smith — who had voted against — changed his mind.'), ['However, Smith — who had voted against — changed his mind.']);
  });

  it('leaves Markdown markup out of the spans', () => {
    const text = '## Budget vote ##\n\n- First item here\n* Second item.\n1. Third item\n> Quoted words. More words.\n\n---\n\nBody text.';
    assert.deepEqual(texts(text), ['Budget vote', 'First item here', 'Second item.', 'Third item', 'Quoted words.', 'More words.', 'Body text.']);
  });

  it('leaves a numbered heading\'s number out ("## 1. Water main break"), not a heading\'s figure ("## 2025 in review")', () => {
    assert.deepEqual(texts('## 1. Water main break closes road\n\n### 12) One more thing\n\n## 2025 in review\n\n## 1.5 million jobs gone'),
      ['Water main break closes road', 'One more thing', '2025 in review', '1.5 million jobs gone']);
  });

  it('finds no sentence in Markdown front matter, and the same lines lower down are prose', () => {
    const body = '# Levy vote\n\nThe council raised the parking levy by 12 percent on Monday.';
    const fields = 'title: The council raised the parking levy by 12 percent\ndate: 2025-11-14\nauthor: Rosa Lind';
    assert.deepEqual(texts(`---\n${fields}\n---\n\n${body}`), ['Levy vote', 'The council raised the parking levy by 12 percent on Monday.']);
    assert.deepEqual(texts(`\ufeff---\r\n${fields.replace(/\n/g, '\r\n')}\r\n...\r\n${body}`), ['Levy vote', 'The council raised the parking levy by 12 percent on Monday.']);
    // a rule below the top is no front matter: what follows it is prose
    assert.deepEqual(texts(`${body}\n\n---\nMore text here.\n---\n`), ['Levy vote', 'The council raised the parking levy by 12 percent on Monday.', 'More text here.']);
  });

  it('joins hard-wrapped prose lines into one sentence', () => {
    const text = 'The committee said on Thursday that the new bridge would\ncarry twice as many vehicles. It opens next year.';
    assert.deepEqual(texts(text), [
      'The committee said on Thursday that the new bridge would\ncarry twice as many vehicles.',
      'It opens next year.',
    ]);
  });

  it('joins a long wrapped line full of names to the figure that goes on it, but not a title-case headline to its date', () => {
    const wrapped = 'The study, led by Dr. Amara Nwachukwu of the Institute for Healthy Ageing in Leeds, followed people aged\n40 to 79.';
    assert.deepEqual(texts(wrapped), [wrapped]);
    assert.deepEqual(texts('Council Leader Amara Nwachukwu Opens The Harbour Bridge In Leeds Today\n18 November 2026'),
      ['Council Leader Amara Nwachukwu Opens The Harbour Bridge In Leeds Today', '18 November 2026']);
  });

  it('splits paragraphs at blank lines and handles CRLF', () => {
    const text = 'First paragraph ends here\r\n\r\nSecond paragraph. Another sentence.\r\n';
    const spans = splitSentences(text);
    assert.deepEqual(spans.map(s => s.text), ['First paragraph ends here', 'Second paragraph.', 'Another sentence.']);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(!spans.some(s => /\r/.test(s.text)));
  });

  it('returns trimmed spans whose text matches the offsets', () => {
    const text = '   Leading space.   Trailing space.   \n\n\t\tTabbed line.  ';
    for (const s of splitSentences(text)) {
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.equal(s.text, s.text.trim());
    }
  });

  it('returns nothing for empty or punctuation-only input', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences('\n\n  \r\n'), []);
    assert.deepEqual(splitSentences('***\n...'), []);
  });

  it("keeps companies' legal abbreviations inside the sentence", () => {
    assert.deepEqual(texts('Kestrel Holdings N.V. said on Monday it would hire 300 engineers. The plan was approved.'), [
      'Kestrel Holdings N.V. said on Monday it would hire 300 engineers.',
      'The plan was approved.',
    ]);
    assert.deepEqual(texts('Orchard Pty. Ltd. said it would appeal. Tessaro S.p.A. posted a loss. Ravel Co. Ltd. and Pellham Corp. signed.'), [
      'Orchard Pty. Ltd. said it would appeal.',
      'Tessaro S.p.A. posted a loss.',
      'Ravel Co. Ltd. and Pellham Corp. signed.',
    ]);
    assert.deepEqual(texts('Kestrel N.V. (KNV) said sales rose. He joined Kestrel Inc. He left in 2020.'), [
      'Kestrel N.V. (KNV) said sales rose.',
      'He joined Kestrel Inc.',
      'He left in 2020.',
    ]);
  });
  it('ends a sentence after closing emphasis or a footnote mark, and at a state\'s code in capitals', () => {
    assert.deepEqual(texts('**A word from Osk Dairy: Milk is fresh. Find out more.**\nWhat did the mayor say?'), [
      '**A word from Osk Dairy: Milk is fresh.', 'Find out more.**', 'What did the mayor say?',
    ]);
    assert.deepEqual(texts('Shops lost $4 billion to theft in 2023.[4] Harlow Stores closed nine branches.'), [
      'Shops lost $4 billion to theft in 2023.[4]', 'Harlow Stores closed nine branches.',
    ]);
    assert.deepEqual(texts('Police held him at his home in Dunmore, MA. US officials had searched for weeks.'), [
      'Police held him at his home in Dunmore, MA.', 'US officials had searched for weeks.',
    ]);
    assert.deepEqual(texts('Ma. Teresa Cruz won.'), ['Ma. Teresa Cruz won.'], 'a given name written short stays in its sentence');
    assert.deepEqual(texts('Data as of 8:30 p.m. E.T., January 27, from the county.'), ['Data as of 8:30 p.m. E.T., January 27, from the county.']);
  });

  it('ends a line at a picture\'s credit line, a teaser\'s capitals tag, a quoted title or a bracketed stage note', () => {
    assert.deepEqual(texts('Number of ferry crossings soars by 40% in three years\nAFP/Harbour Images'), [
      'Number of ferry crossings soars by 40% in three years', 'AFP/Harbour Images',
    ]);
    assert.deepEqual(texts('Mayor hits back at critics over the tram deal [REACTION]\nCouncil faces a revolt as rents climb across the city [INSIGHT]'), [
      'Mayor hits back at critics over the tram deal [REACTION]', 'Council faces a revolt as rents climb across the city [INSIGHT]',
    ]);
    assert.deepEqual(texts('Listen to “Harbour Recap”\nFares once cost $2 a ride.'), ['Listen to “Harbour Recap”', 'Fares once cost $2 a ride.']);
    assert.deepEqual(texts('Thank you all.\n(APPLAUSE)\nWages are rising.'), ['Thank you all.', '(APPLAUSE)', 'Wages are rising.']);
    assert.deepEqual(texts('Council backs the new tram line\nJuly 20, 2026 View Online | Sign Up'), [
      'Council backs the new tram line', 'July 20, 2026 View Online | Sign Up',
    ]);
  });

  it('ends a caption at its bracketed credit, so the next line\'s caption is a unit of its own', () => {
    const text = 'Crews clear snow from the pier in Osk on March 3. (Photo by Lena Fisch/Harbour Wire)\nA ferry waits at the dock. (Tom Kerr / Valley Press)\nSkaters crowd the frozen canal.';
    assert.deepEqual(texts(text), [
      'Crews clear snow from the pier in Osk on March 3.',
      '(Photo by Lena Fisch/Harbour Wire)',
      'A ferry waits at the dock.',
      '(Tom Kerr / Valley Press)',
      'Skaters crowd the frozen canal.',
    ]);
    // a bracket that is no credit goes on as before
    assert.deepEqual(texts('The levy was set by the Port Authority (PA)\nBoard last spring.'), ['The levy was set by the Port Authority (PA)\nBoard last spring.']);
  });

  it('keeps a headline whole over a state written short after its place, but ends prose there', () => {
    assert.deepEqual(texts('Bakery Chain Opens Plant in Fresno, Calif. After Long Search'), ['Bakery Chain Opens Plant in Fresno, Calif. After Long Search']);
    assert.deepEqual(texts('Ferry Firm Moves to Camden, N.J. After Lease Ends'), ['Ferry Firm Moves to Camden, N.J. After Lease Ends']);
    // prose, and a headline closed by its own stop, end at the stop before a capital as before
    assert.deepEqual(texts('The chain hired 40 bakers in Fresno, Calif. Last year it hired 12.'), ['The chain hired 40 bakers in Fresno, Calif.', 'Last year it hired 12.']);
    assert.deepEqual(texts('Plant Opens in Fresno, Calif. After Long Search.'), ['Plant Opens in Fresno, Calif.', 'After Long Search.']);
    // a two-sentence headline with no place before its stop is still two units
    assert.deepEqual(texts('Bakers Strike. Shelves Empty Across Town'), ['Bakers Strike.', 'Shelves Empty Across Town']);
  });

  it('does not join a sentence-case headline to the byline or dateline on the next line', () => {
    assert.deepEqual(texts('Council passes harbour budget after a long night of debate\nBy: Dana Reyes - May 3, 2026\nPORTVALE — The council voted 6-3.'), [
      'Council passes harbour budget after a long night of debate',
      'By: Dana Reyes - May 3, 2026',
      'PORTVALE',
      'The council voted 6-3.',
    ]);
    assert.deepEqual(texts('Mayor extends the outdoor dining scheme for another summer season\nOSK, Norway — Cafes may keep their tables out.'), [
      'Mayor extends the outdoor dining scheme for another summer season',
      'OSK, Norway',
      'Cafes may keep their tables out.',
    ]);
    // wrapped prose whose next line opens with "By" and a capital goes on
    assert.deepEqual(texts('The committee said the new bridge would be paid for in full\nBy Monday the plan was dropped.'),
      ['The committee said the new bridge would be paid for in full\nBy Monday the plan was dropped.']);
  });

  it('does not join a headline to its story\'s first paragraph pasted as one long line, but joins wrapped lines of like length', () => {
    const lead = 'Shares of Orsk Mining fell 12% on Friday after the company reported a surprise loss for the quarter and cut its forecast for the year, the third cut since May.';
    assert.deepEqual(texts(`Orsk Mining swings to a surprise loss, cuts its outlook again\n${lead}`), ['Orsk Mining swings to a surprise loss, cuts its outlook again', lead]);
    const wrapped = 'The committee said on Thursday that the new bridge over the harbour would\ncarry twice as many vehicles as the old one when it opens next year.';
    assert.deepEqual(texts(wrapped), [wrapped]);
  });

  it('does not join a headline to a next line longer than it and its first word, which a wrapped line never is', () => {
    // (the story's first paragraph is short enough to be a wrapped line, but it would have fitted "Waiting" and more)
    const lead = 'Waiting lists at the region\'s clinics grew by 12,000 in May, the health board said.';
    assert.deepEqual(texts(`Clinic waits grow again as nurses leave the region's two largest towns\n${lead}`),
      ['Clinic waits grow again as nurses leave the region\'s two largest towns', lead]);
    // a wrapped sentence's next line is no longer than its line and that word: joined, capital or not
    const wrapped = 'Officials in the port said the new ferry terminal would open next spring in\nPortvale, with room for two ships.';
    assert.deepEqual(texts(wrapped), [wrapped]);
    const capital = 'Admissions rose sharply in the winter months, the report by the health board said\nTuesday, citing flu.';
    assert.deepEqual(texts(capital), [capital]);
  });

  it('keeps a secretary\'s "Sec." inside the sentence before a name, and ends one at "sec." before a new sentence', () => {
    assert.deepEqual(texts('Housing Sec. Jo Bell said 4,000 homes were empty. Rents rose.'),
      ['Housing Sec. Jo Bell said 4,000 homes were empty.', 'Rents rose.']);
    assert.deepEqual(texts('The sprint took 9.8 sec. The crowd cheered.'), ['The sprint took 9.8 sec.', 'The crowd cheered.']);
  });

  it('reads a line of nothing but a list mark as a separator, not as text of the next line', () => {
    assert.deepEqual(texts('-\nThe storm cut power to 4,000 homes.\n-\nCrews expect to restore it by Friday.'), [
      'The storm cut power to 4,000 homes.',
      'Crews expect to restore it by Friday.',
    ]);
  });

  it('keeps a state\'s dotted abbreviation and a wire dateline\'s place inside the unit', () => {
    assert.deepEqual(texts('Two weeks later, W.Va. State Police found the car. They said so.'), [
      'Two weeks later, W.Va. State Police found the car.',
      'They said so.',
    ]);
    assert.deepEqual(texts('Homes threatened. By JO BELL Wire Service OSK, Nev. (AP) — A fire grew on Tuesday. It spread.'), [
      'Homes threatened.',
      'By JO BELL Wire Service OSK, Nev. (AP) — A fire grew on Tuesday.',
      'It spread.',
    ]);
  });

  it('keeps "Rs." and "Tk." before a sum inside the sentence', () => {
    assert.deepEqual(texts('A sum of Rs. 200 million was set aside for each district. Tk. 5 crore was spent on roads.'),
      ['A sum of Rs. 200 million was set aside for each district.', 'Tk. 5 crore was spent on roads.']);
  });
});

describe('splitSentences: a press release\'s wire between dashes (press pass)', () => {
  it('keeps the place and the wire between dashes as a unit of their own, closed up or spaced', () => {
    assert.deepEqual(texts('PORTVALE--(HARBOR WIRE)--March 3, 2016--Harbor Mills Inc. today named a treasurer.'),
      ['PORTVALE--(HARBOR WIRE)--March 3, 2016', 'Harbor Mills Inc. today named a treasurer.']);
    assert.deepEqual(texts('PORTVALE — (HARBOR WIRE) — Harbor Mills Inc. today named a treasurer.'),
      ['PORTVALE — (HARBOR WIRE)', 'Harbor Mills Inc. today named a treasurer.']);
    assert.deepEqual(texts('Holton, Aug. 15, 2019 (Harbor Wire) -- Orbis today regained compliance.'),
      ['Holton, Aug. 15, 2019 (Harbor Wire)', 'Orbis today regained compliance.']);
    assert.ok(isDateline('PORTVALE--(HARBOR WIRE)--March 3, 2016'));
  });
});

describe('splitSentences: a link\'s label between lines (chrome pass)', () => {
  it('ends a run of text at "More info" and before a "Read more on …" line', () => {
    assert.deepEqual(texts('You can opt out of these emails whenever you like. More info\nShipping figures show 4,100 containers were held at the port in May.'),
      ['You can opt out of these emails whenever you like.', 'More info', 'Shipping figures show 4,100 containers were held at the port in May.']);
    assert.deepEqual(texts('The only depot that has not joined the walkout is Northvale, whose drivers also rely on the old\nRead more on harbour.example'),
      ['The only depot that has not joined the walkout is Northvale, whose drivers also rely on the old', 'Read more on harbour.example']);
    // (a wrapped sentence whose next line opens with another word goes on)
    assert.deepEqual(texts('The drivers said they would read\nmore of the offer before voting.'), ['The drivers said they would read\nmore of the offer before voting.']);
  });
});

describe('splitSentences: a stamp under a headline (chrome pass)', () => {
  it('sets a date line with its time and age apart from the headline over it', () => {
    assert.deepEqual(texts('Northvale port strike ends after union accepts 6 percent offer\nMarch 3, 2016 / 4:12 PM / 2 years ago'),
      ['Northvale port strike ends after union accepts 6 percent offer', 'March 3, 2016 / 4:12 PM / 2 years ago']);
    // (a wrapped sentence whose next line opens with a date and goes on stays one sentence)
    assert.deepEqual(texts('The strike at the port of Northvale, which had run for eleven weeks, was ended by a vote held\nMarch 3, 2016, by the union.'),
      ['The strike at the port of Northvale, which had run for eleven weeks, was ended by a vote held\nMarch 3, 2016, by the union.']);
  });
});

describe('splitSentences: a dateline set off by a bullet', () => {
  it('makes the place and its bracket a unit of their own', () => {
    assert.deepEqual(texts('OAKPORT • Heavy rain flooded 30 homes on Monday.'), ['OAKPORT', 'Heavy rain flooded 30 homes on Monday.']);
    assert.deepEqual(texts('LYMEHAVEN (Freedonia) • At least two people died in the floods.'), ['LYMEHAVEN (Freedonia)', 'At least two people died in the floods.']);
    assert.ok(isDateline('OAKPORT'));
  });
});

describe('splitSentences: an agency dateline with no dash after its wire\'s name', () => {
  it('sets the place, date and wire apart from the sentence they open, in capitals or title case, a colon perhaps after', () => {
    assert.deepEqual(texts('Riverton, May 5 (Coastal Wire) The port raised its fees by 4 per cent.'), ['Riverton, May 5 (Coastal Wire)', 'The port raised its fees by 4 per cent.']);
    assert.deepEqual(texts('RIVERTON, Mar 3 (CW) The port raised its fees.'), ['RIVERTON, Mar 3 (CW)', 'The port raised its fees.']);
    assert.deepEqual(texts('Port Ellis, March 3 (CW): Shares rose 2 per cent.'), ['Port Ellis, March 3 (CW)', 'Shares rose 2 per cent.']);
    assert.equal(isDateline('Riverton, May 5 (Coastal Wire)'), true);
  });

  it('sets a day and the wire\'s name apart, with no place and no year, as a wire dates its round-ups', () => {
    assert.deepEqual(texts('Oct 25 (Coastal Wire) - Shares of the ferry line rose 4%.'), ['Oct 25 (Coastal Wire)', 'Shares of the ferry line rose 4%.']);
    assert.deepEqual(texts('Oct. 22, 2025 (CW) — The port reopened.'), ['Oct. 22, 2025 (CW)', 'The port reopened.']);
    assert.equal(isDateline('Oct 25 (Coastal Wire)'), true);
    // a day alone before a dash opens a sentence or an entry, as before
    assert.deepEqual(texts('May 3 - the council meets.'), ['May 3 - the council meets.']);
  });

  it('leaves a bracket after a figure inside a sentence, or before a small letter, where it was', () => {
    assert.deepEqual(texts('Riverton, May 5 (Coastal Wire) the port said.'), ['Riverton, May 5 (Coastal Wire) the port said.']);
    assert.deepEqual(texts('The port, on May 5 (a Friday) Raised fees.'), ['The port, on May 5 (a Friday) Raised fees.']);
  });
});

describe('splitSentences: a related story\'s headline glued to the next sentence after its closing quote', () => {
  it('ends the link at the quote', () => {
    assert.deepEqual(texts('ALSO READ: Rivals claim early leads, observers say ‘too close to call’The results have not yet been announced.'),
      ['ALSO READ: Rivals claim early leads, observers say ‘too close to call’', 'The results have not yet been announced.']);
  });
});
