import assert from 'node:assert/strict';
import { referenceFor, statedDate } from '../../../../src/core/detect/reference';

// Invented articles: a desk's own headlines, datelines and bylines.
const TODAY = '2026-12-01';

describe('the article reference date', () => {
  it('reads the date of Markdown front matter, with or without quotes and a time', () => {
    for (const line of ['date: 2025-10-31', 'date: "2025-10-31"', "date: '2025-10-31T09:30:00Z'", 'published: 2025-10-31']) {
      const text = `---\ntitle: Tram line approved\n${line}\n---\n\nThe council voted on Thursday.\n`;
      const stated = statedDate(text);
      assert.equal(stated?.date, '2025-10-31', line);
      assert.equal(stated?.from, 'front matter');
      assert.equal(text.slice(stated!.start, stated!.end), '2025-10-31');
    }
  });

  it('reads a dateline or byline date near the top, in the usual styles', () => {
    const cases: [string, string][] = [
      ['Tram line approved\n\nBusiness Desk — Friday, October 31, 2025\n\nThe council voted on Thursday.', '2025-10-31'],
      ['October 31, 2025\n\nThe council voted on Thursday.', '2025-10-31'],
      ['31 October 2025\n\nThe council voted on Thursday.', '2025-10-31'],
      ['Published 2025-10-31\n\nThe council voted on Thursday.', '2025-10-31'],
      ['By Dana Reyes, 31 October 2025\n\nThe council voted on Thursday.', '2025-10-31'],
      ['PORTVALE, Oct. 31, 2025 (Harbour Wire) — The council voted on Thursday to build the line.', '2025-10-31'],
      ['Jobs rose in October\n\nPortvale, OR, November 6, 2025—Total payrolls rose by 90,000 in October.', '2025-11-06'],
      // a dateline set in bold or italics, as Markdown press releases do
      ['**PORTVALE, Oct. 31, 2025 /Harbour Newswire/** -- Tessel today announced it will build the line.', '2025-10-31'],
      ['*PORTVALE, Oct. 31, 2025* - Tessel said on Friday it will build the line.', '2025-10-31'],
      // the day, then the month in one figure, with dots, as Nordic and German papers write it
      ['TAMPERE, 31.10.2025 — The council voted on Thursday.', '2025-10-31'],
      ['TAMPERE, 3.9.2025 — The council voted on Thursday.', '2025-09-03'],
      // the date in the dateline's brackets; the day first in figures with slashes
      ['HEBDEN BRIDGE, England (June 3, 2025) — The mill closed on Monday.', '2025-06-03'],
      ['LAGOS, 14/03/2025 - The vote on Monday was close.', '2025-03-14'],
    ];
    for (const [text, date] of cases) {
      const stated = statedDate(text);
      assert.deepEqual(stated && { date: stated.date, from: stated.from }, { date, from: 'dateline' }, text);
    }
  });

  it('reads the stamps web pages and feeds put on a story', () => {
    const cases: [string, string, string][] = [
      ['Tue 10 Mar 2026 14.32 GMT', '2026-03-10', 'Tue 10 Mar 2026'],
      ['Wed, 11 Mar 2026 09:00:00 GMT', '2026-03-11', 'Wed, 11 Mar 2026'],
      ['10 Mar 2026', '2026-03-10', '10 Mar 2026'],
      ['2026-03-10T14:32:00Z', '2026-03-10', '2026-03-10T14:32:00Z'],
      ['Published 2026-03-10T14:32:00+01:00', '2026-03-10', '2026-03-10T14:32:00+01:00'],
      ['Published 10.03.2026', '2026-03-10', '10.03.2026'],
      ['Posted on March 10, 2026 at 9:15 am', '2026-03-10', 'March 10, 2026'],
      // the clock time first, after "at", as local TV stations' pages write it
      ['Posted at 6:10 PM, Mar 10, 2026', '2026-03-10', '6:10 PM, Mar 10, 2026'],
      ['Updated at 6:10 PM, Mar 10, 2026 and first posted 2026-03-09', '2026-03-10', '6:10 PM, Mar 10, 2026'],
      ['Last modified on 10 March 2026', '2026-03-10', '10 March 2026'],
      ['Mar. 10, 2026 at 9:14 a.m.', '2026-03-10', 'Mar. 10, 2026'],
      ['By Dana Reyes | Staff writer | March 10, 2026', '2026-03-10', 'March 10, 2026'],
      ['By Dana Reyes, transport correspondent, 10 March 2026', '2026-03-10', '10 March 2026'],
      ['Written by Dana Reyes on 10 March 2026', '2026-03-10', '10 March 2026'],
      ['*Interview by Dana Reyes, 10 March 2026. Edited for length and clarity.*', '2026-03-10', '10 March 2026'],
      // set in emphasis or as a quote, as a live page's stamp often is
      ['*Last updated 15:42 GMT, 10 March 2026*', '2026-03-10', '10 March 2026'],
      ['> _Published 10 March 2026_', '2026-03-10', '10 March 2026'],
      // the text is as of its last change: the latest day of a stamp line
      ['Published: March 4, 2026 · Updated: March 5, 2026', '2026-03-05', 'March 5, 2026'],
      ['Updated 11 March 2026 | First published 9 March 2026', '2026-03-11', '11 March 2026'],
    ];
    for (const [stamp, date, written] of cases) {
      const text = `Ferry fares to rise\n\n${stamp}\n\nThe operator said on Monday that fares will rise next month.\n`;
      const stated = statedDate(text);
      assert.deepEqual(stated && { date: stated.date, from: stated.from, written: text.slice(stated.start, stated.end) }, { date, from: 'dateline', written }, stamp);
    }
  });

  it('does not take a date that a sentence of the story talks about', () => {
    assert.equal(statedDate('The council first voted on the line on March 3, 2019, and again this week.\n'), undefined);
    assert.equal(statedDate('Tram line approved\n\nThe plan dates from 12 May 2019. It was shelved.\n'), undefined);
    assert.equal(statedDate('By the time the council met on March 10, 2026 the depot had closed\n\nFares rose.\n'), undefined);
    assert.equal(statedDate(''), undefined);
    // (nor the day a headline says something starts from)
    assert.equal(statedDate('Parking Rules Change From 6 April 2026\n\nDrivers will pay more, the council said.\n'), undefined);
    // (nor a term's first and last days, a dash between them set off by a few spaces)
    assert.equal(statedDate('Welcome Week\n\nMonday  14 September 2026   –  Friday 18 September 2026\n\nHalls open.\n'), undefined);
  });

  it('front matter beats the --date option, which beats a dateline, the file date and today', () => {
    const dateline = 'October 31, 2025\n\nThe council voted on Thursday.';
    const front = `---\ndate: 2025-01-15\n---\n${dateline}`;
    assert.deepEqual(referenceFor(front, { option: '2024-06-01', fileDate: '2026-02-02', today: TODAY }), { date: '2025-01-15', from: 'front matter' });
    assert.deepEqual(referenceFor(dateline, { option: '2024-06-01', fileDate: '2026-02-02', today: TODAY }), { date: '2024-06-01', from: 'option' });
    assert.deepEqual(referenceFor(dateline, { fileDate: '2026-02-02', today: TODAY }), { date: '2025-10-31', from: 'dateline' });
    assert.deepEqual(referenceFor('The council voted on Thursday.', { fileDate: '2026-02-02T10:00:00Z', today: TODAY }), { date: '2026-02-02', from: 'file date' });
    assert.deepEqual(referenceFor('The council voted on Thursday.', { option: '2025-02-30', fileDate: 'soon', today: TODAY }), { date: TODAY, from: 'today' });
  });

  it('puts a dateline without its year in the last such day before the file was saved', () => {
    const text = 'PORTVALE, Dec. 20 (Harbour Wire) - The port reopened on Friday.';
    assert.deepEqual(referenceFor(text, { fileDate: '2026-01-05', today: TODAY }), { date: '2025-12-20', from: 'dateline' });
    assert.deepEqual(referenceFor(text, { today: '2026-12-21' }), { date: '2026-12-20', from: 'dateline' });
  });

  it('prefers a full date near the top to a dateline without its year', () => {
    const text = 'Council weighs bridge repairs\n\nNORTHFIELD, March 4 — The council met on Monday night.\n\nBy Dana Reyes\nTuesday, March 4, 2025\n\nThe council voted.';
    const stated = statedDate(text);
    assert.equal(stated?.date, '2025-03-04');
    assert.equal(text.slice(stated!.start, stated!.end), 'Tuesday, March 4, 2025');
    assert.deepEqual(referenceFor(text, { fileDate: '2026-06-01', today: TODAY }), { date: '2025-03-04', from: 'dateline' });
    // the byline above the dateline, too
    const above = 'By Dana Reyes | 4 March 2025\n\nNORTHFIELD, March 4 — The council met.';
    assert.deepEqual(referenceFor(above, { today: TODAY }), { date: '2025-03-04', from: 'dateline' });
  });

  it('gives a dateline without its year the year of the same day written in full nearby', () => {
    const text = 'NORTHFIELD, March 4 — The council, which on March 4, 2024 set the rates, met again.';
    assert.deepEqual(referenceFor(text, { fileDate: '2026-06-01', today: TODAY }), { date: '2024-03-04', from: 'dateline' });
    // another day in the prose says nothing about the dateline's year
    const other = 'NORTHFIELD, March 4 — The plan, first tabled on May 12, 2019, returns.';
    assert.deepEqual(referenceFor(other, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-03-04', from: 'dateline' });
  });

  it('chooses the year in which a dateline\'s weekday and day agree', () => {
    // 4 March was a Tuesday in 2025, a Wednesday in 2026
    const text = 'NORTHFIELD, Tuesday, March 4 — The council met.';
    assert.deepEqual(referenceFor(text, { fileDate: '2026-06-01', today: TODAY }), { date: '2025-03-04', from: 'dateline' });
    assert.deepEqual(referenceFor('NORTHFIELD, Wednesday, March 4 — The council met.', { fileDate: '2026-06-01', today: TODAY }), { date: '2026-03-04', from: 'dateline' });
    // 29 February on a Thursday: 2024; never a day that does not exist
    assert.deepEqual(referenceFor('PORTVALE, Thursday, Feb. 29 — The port reopened.', { today: TODAY }), { date: '2024-02-29', from: 'dateline' });
    assert.deepEqual(referenceFor('PORTVALE, Feb. 29 — The port reopened.', { today: TODAY }), { date: '2024-02-29', from: 'dateline' });
  });

  it('reads no stamp in a schedule of days, one a line, but keeps a stamp above a line opening with "Now"', () => {
    const tour = 'The Lanterns announced their fall tour today.\n\nTour Dates\n\nOct 05 Dublin @ Corran Hall\nOct 06 Leeds @ The Foundry\n';
    assert.deepEqual(referenceFor(tour, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
    const stamp = 'Wednesday, January 21, 1998\n\nNow for today\'s quiz.\n';
    assert.deepEqual(referenceFor(stamp, { fileDate: '2026-06-01', today: TODAY }), { date: '1998-01-21', from: 'dateline' });
  });

  it('reads a site\'s banner of the day a page was copied as giving way to the article\'s own earlier stamp', () => {
    const opts = { fileDate: '2026-06-01', today: TODAY };
    // the banner, the headline, then the stamp with its clock time or its byline
    const clock = 'Tuesday, May 3, 2022\n\nFerry service to resume\n\nFriday March 9, 2018 - 09:12:40 in Harbour by Ines Moravec\n\nThe ferry will sail again on Monday.';
    assert.deepEqual(referenceFor(clock, opts), { date: '2018-03-09', from: 'dateline' });
    const byline = '14 Feb 2023\nFerry service to resume\nMarch 9, 2018 by Ines Moravec\nThe ferry will sail again on Monday.';
    assert.deepEqual(referenceFor(byline, opts), { date: '2018-03-09', from: 'dateline' });
    // a banner over a stamp on the next line, both opening with their days, is no schedule
    const close = '12 Jul 2024\nFriday 9 March 2018 - 09:12\nFerry service to resume\n';
    assert.deepEqual(referenceFor(close, opts), { date: '2018-03-09', from: 'dateline' });
    // an earlier day without a clock or a byline (an item of a list), or a later stamp, leaves the banner's day
    const bare = 'Tuesday, May 3, 2022\n\nFerry service to resume\n\nMarch 9, 2018\n\nThe ferry will sail again on Monday.';
    assert.deepEqual(referenceFor(bare, opts), { date: '2022-05-03', from: 'dateline' });
    const later = 'Tuesday, May 3, 2022\n\nFerry service to resume\n\nMay 4, 2022 - 09:12 by Ines Moravec\n';
    assert.deepEqual(referenceFor(later, opts), { date: '2022-05-03', from: 'dateline' });
  });

  it('reads the year of a wire dateline without one from the stamp of the same day above it', () => {
    const opts = { fileDate: '2026-06-01', today: TODAY };
    const text = 'Tessel and Corrand resume merger talks\n\nMarch 4, 2014|Harbour Wire\n\n\nMarch 4 (Harbour Wire) - Tessel and Corrand have resumed talks.';
    assert.deepEqual(referenceFor(text, opts), { date: '2014-03-04', from: 'dateline' });
    // two days of a schedule, each with its year or each without, stay a schedule
    const tour = 'Tour Dates\n\nMarch 4, 2026 Dublin @ Corran Hall\nMarch 5, 2026 Leeds @ The Foundry\n';
    assert.deepEqual(referenceFor(tour, opts), { date: '2026-06-01', from: 'file date' });
  });

  it('reads a labelled date at the top though the line runs on into the story or other fields', () => {
    // a page copied without its line breaks: the stamp's label, its date, then the story on the same line
    const runOn = 'date 2024-10-15 HOLLOWAY, Ore. — Crews put out a fire at a warehouse on Monday evening, the chief said.';
    assert.deepEqual(referenceFor(runOn, { fileDate: '2026-06-01', today: TODAY }), { date: '2024-10-15', from: 'dateline' });
    const published = 'Published March 4, 2025 The council voted on Thursday to close the library.';
    assert.deepEqual(referenceFor(published, { fileDate: '2026-06-01', today: TODAY }), { date: '2025-03-04', from: 'dateline' });
    // an archive's header of fields, the date labelled with its colon after others
    const header = 'Harbour Gazette Copyright (c) 1997, Harbour Press, Inc. DATE: TUESDAY, May 4, 1993 SECTION: LOCAL PAGE: B-1\nThe council met on Monday.';
    assert.deepEqual(referenceFor(header, { fileDate: '2026-06-01', today: TODAY }), { date: '1993-05-04', from: 'dateline' });
    // a date inside the first sentence of prose is still no stamp
    const prose = 'The council said the library, which opened on March 4, 2025, would close on Thursday.';
    assert.deepEqual(referenceFor(prose, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
  });

  it('reads the date after a desk\'s byline with its agency (wire pass: "Wire staff / AFP (jb)May 4, 2011")', () => {
    const desk = 'Talks stall in Osk\n\nWire staff / AFP (jb)May 4, 2011\n\nThe talks broke off on Wednesday, officials said.';
    assert.deepEqual(referenceFor(desk, { fileDate: '2026-06-01', today: TODAY }), { date: '2011-05-04', from: 'dateline' });
    // a line of prose about a staff is no byline
    const staff = 'Talks stall in Osk\n\nThe wire staff / freelancers met on May 4, 2011 to vote.';
    assert.deepEqual(referenceFor(staff, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
  });
});

describe('the article reference date on wiki-style pages (Wikinews pass)', () => {
  it('reads a date line the story runs on after, where the page lost its line break', () => {
    const text = 'Latest news\nTuesday, March 4, 2008 The harbour board said on Monday it would sell the ferry to a buyer from Osk.\nRead more';
    assert.deepEqual(referenceFor(text, { today: TODAY }), { date: '2008-03-04', from: 'dateline' });
    // a sentence that opens with a date and goes on in small letters is no date line
    assert.equal(statedDate('Latest news\nTuesday, March 4, 2008 was the coldest day of the winter, the office said on Friday, in a long note.')?.date, undefined);
  });

  it('passes over a list of related articles, each dated before its headline, to the page\'s date line', () => {
    const text = 'Floods cut off Portvale\n\nFrom Harbournews\n\nRelated articles\n  • 10 August 2018: Drought declared in the north\n'
      + '  • 22 March 2018: Hottest March day in Osk\n  • 7 March 2018: Storm fells old oak\n  • Writing an article\n\n'
      + 'Tuesday, September 18, 2018\n\nOn Tuesday, the remnants of the storm reached the coast.';
    assert.deepEqual(referenceFor(text, { today: TODAY }), { date: '2018-09-18', from: 'dateline' });
  });

  it('reads the day a page\'s first line names with its weekday, where no stamp dates it', () => {
    const text = 'A compilation of brief news reports for Thursday, January 1, 2009.\n\nThe mayor resigned on Monday.';
    assert.deepEqual(referenceFor(text, { today: TODAY }), { date: '2009-01-01', from: 'dateline' });
    // a date without its weekday, or one further down, is left to the file's date
    assert.deepEqual(referenceFor('The mayor resigned on January 1, 2009, after a vote.\n\nHe left on Monday.', { today: TODAY }),
      { date: TODAY, from: 'today' });
    // a weekday that is not that date's is no date line
    assert.deepEqual(referenceFor('Brief reports for Friday, January 1, 2009.\n\nHe left on Monday.', { today: TODAY }), { date: TODAY, from: 'today' });
  });
});

describe('the article reference date on syndicated and library pages (reference-date pass)', () => {
  it('reads the date after a portal\'s outlet logo and name ("Harbour Times logo Harbour Times 3/21/2023 Jo Bell")', () => {
    const text = 'Ferry fares to rise\n\nHarbour Times logo Harbour Times 3/21/2023 Jo Bell and Sam Reed\n\nThe board voted on Monday.';
    assert.deepEqual(referenceFor(text, { fileDate: '2026-06-01', today: TODAY }), { date: '2023-03-21', from: 'dateline' });
    // another name on the far side of "logo" is no outlet's, and a sentence about a logo is prose
    const other = 'Ferry fares to rise\n\nHarbour Times logo Bay Post 3/21/2023 Jo Bell\n\nThe board voted on Monday.';
    assert.deepEqual(referenceFor(other, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
    const prose = 'Ferry fares to rise\n\nThe firm unveiled its new logo on 3/21/2023 at the harbour.\n\nThe board voted on Monday.';
    assert.deepEqual(referenceFor(prose, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
  });

  it('reads a video or file library\'s "Added on the" stamp, not the word "added" in a sentence', () => {
    const text = 'Description\nAdded on the 23/09/2021 14:02:11 - Copyright : Osk TV - First images\nCrowds marched on Sunday.';
    assert.deepEqual(referenceFor(text, { fileDate: '2026-06-01', today: TODAY }), { date: '2021-09-23', from: 'dateline' });
    const prose = 'Description\nThe clip added on 23/09/2021 shows crowds marching through the old town square.\nCrowds marched on Sunday.';
    assert.deepEqual(referenceFor(prose, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
  });

  it('reads a place\'s dateline with its date in brackets, or with its source in brackets and no dash', () => {
    const bracket = 'Blast at depot\n\nORTON, Vale (March 3, 2001 6:26 a.m. EST - Police say a blast hit the depot on Friday.';
    assert.deepEqual(referenceFor(bracket, { fileDate: '2026-06-01', today: TODAY }), { date: '2001-03-03', from: 'dateline' });
    const source = 'Sales fall\n\nOrton, Vale – June 20, 2018 (Vale Wire) Home sales fell in May, the guild said Tuesday.';
    assert.deepEqual(referenceFor(source, { fileDate: '2026-06-01', today: TODAY }), { date: '2018-06-20', from: 'dateline' });
    // a sentence's date with an aside in brackets is no dateline
    const prose = 'Sales fall\n\nThe guild met in Orton on June 20, 2018 (a Wednesday) Home sales fell, it said Tuesday.';
    assert.deepEqual(referenceFor(prose, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
  });

  it('reads a forum post\'s "Post by" stamp and a page title whose last bar-divided field is its date', () => {
    const post = 'Thread\nPost by jdoe on Sept 28, 2013 4:00:00 GMT -5\nThe council voted on Friday.';
    assert.deepEqual(referenceFor(post, { fileDate: '2026-06-01', today: TODAY }), { date: '2013-09-28', from: 'dateline' });
    const title = 'Talks stall | World | News from the capital and beyond | WD | 05.10.2005\n\nThe talks broke off on Tuesday.';
    assert.deepEqual(referenceFor(title, { fileDate: '2026-06-01', today: TODAY }), { date: '2005-10-05', from: 'dateline' });
    // a date with words after it, or without the fields, is not a title's stamp
    const more = 'Talks stall | World | WD | 05.10.2005 talks resumed\n\nThe talks broke off on Tuesday.';
    assert.deepEqual(referenceFor(more, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
  });

  it('reads a blog post\'s date before its count of comments, and a lone "First published:" line past the top lines', () => {
    const blog = 'Jet grounded after panel blows out March 9, 2024 | No Comments The agency ordered checks on Saturday.';
    assert.deepEqual(referenceFor(blog, { fileDate: '2026-06-01', today: TODAY }), { date: '2024-03-09', from: 'dateline' });
    const far = 'REPORT 2026\n\nHome sales\n\nThe market cooled.\n\nJo Bell\n\nJo Bell\n\nLead researcher.\n\nFirst published: Feb 13, 2025\n\nMore text.';
    assert.deepEqual(referenceFor(far, { fileDate: '2026-06-01', today: TODAY }), { date: '2025-02-13', from: 'dateline' });
    // past the top lines, a date in a sentence is not read
    const prose = 'REPORT 2026\n\nHome sales\n\nThe market cooled.\n\nJo Bell\n\nJo Bell\n\nLead researcher.\n\nFebruary 13, 2025\n\nMore text.';
    assert.deepEqual(referenceFor(prose, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
  });

  it('takes the article\'s stamp under a banner\'s date where a byline stands over it or a clock time opens it', () => {
    const byline = 'close\nSaturday April 27, 2024\n\nCourt asked for early hearing\n\nBy Amna Rafiq\nOctober 23, 2016\n\nKARACHI: The court was asked on Saturday to hear the plea.';
    assert.deepEqual(referenceFor(byline, { fileDate: '2026-06-01', today: TODAY }), { date: '2016-10-23', from: 'dateline' });
    const clock = 'Sunday, July 22, 2018\n\nSenators say no lobbying\n\n/ 04:12 PM May 19, 2012\n\nMANILA – The senators said Saturday they would decide on evidence.';
    assert.deepEqual(referenceFor(clock, { fileDate: '2026-06-01', today: TODAY }), { date: '2012-05-19', from: 'dateline' });
    // (a line that is no byline over the date leaves the banner the page's date)
    const other = 'close\nSaturday April 27, 2024\n\nCourt asked for early hearing\n\nLatest\nOctober 23, 2016\n\nThe court sat.';
    assert.deepEqual(referenceFor(other, { fileDate: '2026-06-01', today: TODAY }), { date: '2024-04-27', from: 'dateline' });
  });

  it('reads a full date written right after "today" in the opening lines as the page\'s day, where nothing else dates it', () => {
    const brackets = 'HC\nThe High Court today (October 15, 2023) expressed dissatisfaction over the probe report.';
    assert.deepEqual(referenceFor(brackets, { fileDate: '2026-06-01', today: TODAY }), { date: '2023-10-15', from: 'dateline' });
    const commas = 'A Lagos High Court today, 31 January 2020, adjourned a case to 15 December 2020 for trial.';
    assert.deepEqual(referenceFor(commas, { fileDate: '2026-06-01', today: TODAY }), { date: '2020-01-31', from: 'dateline' });
    // (a date after "today" that the sentence goes on from is no apposition: "today, March 3 is the deadline" runs on)
    const runOn = 'The council said today, March 3 2021 was chosen as the day of the vote.';
    assert.deepEqual(referenceFor(runOn, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
    // (but a sentence opening "Today, <day with its year> is …" says which day today is)
    const deadline = 'Offices stay open late.\n\nToday, May 4, 2015 is the last day to file a claim for the rebate.';
    assert.deepEqual(referenceFor(deadline, { fileDate: '2026-06-01', today: TODAY }), { date: '2015-05-04', from: 'dateline' });
    const midSentence = 'Offices stay open late. The clerk said today, May 4, 2015 is the last day to file a claim.';
    assert.deepEqual(referenceFor(midSentence, { fileDate: '2026-06-01', today: TODAY }), { date: '2026-06-01', from: 'file date' });
  });

  it('reads a dateline whose date comes first, before the place and the agency ("March 03, Colombo (LNW):")', () => {
    const text = 'Council calls for investment\n\nBy: Staff Writer\n\nMarch 03, Colombo (LNW): The council is set to call on countries to invest.';
    assert.deepEqual(referenceFor(text, { fileDate: '2026-12-06', today: TODAY }), { date: '2026-03-03', from: 'dateline' });
    // (a date opening a sentence of prose is no dateline: "March 03, the day the council met, was cold.")
    const prose = 'March 03, the day the council met, was cold and wet in the hills.';
    assert.deepEqual(referenceFor(prose, { fileDate: '2026-12-06', today: TODAY }), { date: '2026-12-06', from: 'file date' });
  });

  it('reads an archive\'s stamp, its date and then its byline after a bar (opinion pass)', () => {
    const text = 'Why our schools need the levy\n\nApril 11, 2003|By Dana Reyes.\n\nPortvale, Ill. — I have taught for 20 years. Today the levy is on the ballot.';
    const stated = statedDate(text);
    assert.equal(stated?.date, '2003-04-11');
    assert.equal(text.slice(stated!.start, stated!.end), 'April 11, 2003');
    // (a date in a sentence before a bar is no stamp)
    assert.equal(statedDate('The vote on April 11, 2003 | By then the levy had passed.\n\nMore text.')?.date, undefined);
  });
  it('takes no day a period closed on, a table\'s header of periods or a schedule\'s entry for the page\'s day', () => {
    const filed = { fileDate: '2026-02-05', today: TODAY };
    // a filing's period, under "Months Ended" on the line before or after "ended" on its own line
    assert.deepEqual(referenceFor('NET INCOME PER SHARE\n3 Months Ended\nDec. 31, 2025\nBasic net income per share is computed.\n', filed),
      { date: '2026-02-05', from: 'file date' });
    assert.deepEqual(referenceFor('Particulars Dec 31, 2025 Dec 31, 2024 Change Sep 30, 2025 Change\nRevenue 45 41 9 44 2\n', filed),
      { date: '2026-02-05', from: 'file date' });
    // a list of coming release days after a few paragraphs of prose, its next entry past the lines read for a dateline
    const prose = 'The agencies are catching up on the reports the closure held back, and some of them have been merged. '.repeat(3);
    const schedule = `Release Days Shift\n\n${prose}\n\n${prose}\n\nRevised release dates include:\n\n`
      + 'February 9: Factory orders and shipments of durable goods for November and December, both months in one report '
      + '(originally set for January 14 and January 28)\n\nFebruary 11: Retail sales for December\n';
    assert.deepEqual(referenceFor(schedule, filed), { date: '2026-02-05', from: 'file date' });
    // a stamp over the story keeps its day
    assert.deepEqual(referenceFor('By Ann Hale\nJanuary 30, 2026\nThe third quarter ended December 31, 2025.\n', filed),
      { date: '2026-01-30', from: 'dateline' });
  });
});
