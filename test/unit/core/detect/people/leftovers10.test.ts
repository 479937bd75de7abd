import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of issue 14's eleventh pass (firms named by their sector, market wraps, sports opponents), each with
// sentences it must read and sentences it must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: sector names, market wraps, opponents (eleventh pass)', () => {
  it('a run of unfamiliar words ending in a sector noun is a firm, and the noun alone is no one', () => {
    assert.deepEqual(people('The lander was built by Orvane Defence and Space with cameras from Kessel Marlo Space.'), []);
    assert.deepEqual(people('Brightwater Health posted a loss, and Tamsin Oyelaran Health said it would cut jobs.'), []);
    assert.deepEqual(people('Corvell Payments and Delmar Diagnostics said on Monday they would merge.'), []);
    // a sector's word before a title, or the firm's words alone with something personal said of them, keep the person
    assert.deepEqual(people('Health Minister Dana Orlov said she would stand again.'), [['Dana Orlov', 'Dana Orlov']]);
    assert.deepEqual(people('Kessel Marlo said he would visit the space centre.'), [['Kessel Marlo', 'Kessel Marlo']]);
  });

  it('unfamiliar words after an organisation\'s word in one run continue its name; a titled person there stays', () => {
    assert.deepEqual(people('Photographs show the Orvane Space Tarvo Ranger on its last flight.'), []);
    assert.deepEqual(people('Harlow United striker Ada Moss scored twice.'), [['Ada Moss', 'Ada Moss']]);
    assert.deepEqual(people('Secretary of Defense Lena Tarrant said the talks had failed.'), [['Lena Tarrant', 'Lena Tarrant']]);
  });

  it('names listed together that move as stocks do in a market report, beside a firm, are firms', () => {
    assert.deepEqual(people('Stocks rose on Friday. Kestrel Dynamics and Orrin Vale led gains; Tobias Crane and Calder Robotics fell.'), []);
    assert.deepEqual(people('In late trading Marcus Whitlow, Vexcor and Dunmore Tilly Inc. slipped 2% each.'), []);
    assert.deepEqual(people('The index fell. Bexley Ward, Orrin Hale and Calder Robotics led the decliners; Orrin Hale later fell 2.1% more.'), []);
  });

  it('a firm opened by a firm\'s word lists its neighbour as a firm; a lone name of no given name moving by a percentage is one', () => {
    assert.deepEqual(people('Lisbon shares fell. Banco Alvorada and Tavares Gomes lost 1% each, while Correia Martins rose 2.5%.'), []);
    // a poll's percentage, or a given name first, keeps the person
    assert.deepEqual(people('Investors were calm. Okafor Nwosu gained 4 percent in the polls. Nwosu said he was pleased.'),
      [['Okafor Nwosu', 'Okafor Nwosu'], ['Nwosu', 'Okafor Nwosu']]);
    assert.deepEqual(people('Shares were flat. Dana Ruiz rose 3% in the rankings.'), [['Dana Ruiz', 'Dana Ruiz']]);
  });

  it('keeps people in such lists where the article shows a person, and people who rise or fall otherwise', () => {
    // something personal of the name anywhere in the article
    assert.deepEqual(people('Calder Robotics and Tobias Crane fell 3% in heavy trading. Tobias Crane, who founded the firm, said he would buy more.'),
      [['Tobias Crane', 'Tobias Crane'], ['Tobias Crane', 'Tobias Crane']]);
    // no market report, or no move of a stock
    assert.deepEqual(people('Ana Ruiz and Okoro rose 2 places in the rankings after the final.'), [['Ana Ruiz', 'Ana Ruiz']]);
    assert.deepEqual(people('Shares were flat. Dana Whitcombe and Vexcor fell out over the deal, traders said.'), [['Dana Whitcombe', 'Dana Whitcombe']]);
  });

  it('a club named with a word that opens clubs\' names, or a side in a result with one score, is a team', () => {
    assert.deepEqual(people('They play against Dynamo Kirsk next week. Hapoel Tarsa drew with Spartak Velsk.'), []);
    assert.deepEqual(people('Juventa Casel beat Dorfen 2-1, and City beat Harlow Vale 3-1 at home.'), []);
    assert.deepEqual(people('Corvin Sarnel drew 0-0 at home. Later Eastmoor lost to Corvin Sarnel 1-2.'), []);
    assert.deepEqual(people('Harwick went top after beating Corvo Lanzi 3-0, and Eastmoor stayed second despite losing to Tarvin Vale 1-2.'), []);
    // a row of results: each side between the other's score and its own
    assert.deepEqual(people('Division one: Harwick 24 Corvo Lanzi 17 Dorfen 8 Tarvin Vale 30'), []);
    assert.deepEqual(people('Room 12 Anna Berg 34 said no.'), [['Anna Berg', 'Anna Berg']]);
    // the player named beside the club is a person, and the club's bare word no short form of him
    assert.deepEqual(people('Dynamo Kirsk won again. Sarnia Pellow scored twice for Kirsk.'), [['Sarnia Pellow', 'Sarnia Pellow']]);
  });

  it('a side met in a game the clause names after "in" or "at" is a team, with no score', () => {
    assert.deepEqual(people('Eastmoor scored 228 against Orvane Tumbel in the third limited-overs match.'), []);
    assert.deepEqual(people('Rovers drew with Kessel Vale in the cup tie on Saturday.'), []);
    // not after another word, nor "match-fixing", nor a person's "final days"
    assert.deepEqual(people('Fans turned against Tavo Lindqvist after the game. The case against Orvane Tumbel in the '
      + 'match-fixing trial opened.').map(([t]) => t), ['Tavo Lindqvist', 'Orvane Tumbel']);
    assert.deepEqual(people('Protesters marched against Tavo Lindqvist in the final days of the campaign.').map(([t]) => t), ['Tavo Lindqvist']);
  });

  it('keeps players beaten in sets, players with a given name, and sides the article shows to be people', () => {
    assert.deepEqual(people('Wen Lijuan beat Marta Szabo 6-3 6-2 in the quarter-finals.'),
      [['Wen Lijuan', 'Wen Lijuan'], ['Marta Szabo', 'Marta Szabo']]);
    assert.deepEqual(people('Oduya Kessel beat Tarvin Holm 6-4, 7-5 on Tuesday.'), [['Oduya Kessel', 'Oduya Kessel'], ['Tarvin Holm', 'Tarvin Holm']]);
    assert.deepEqual(people('Rhys Tallon beat Kwame Oduya 10-7 in the snooker final.'), [['Rhys Tallon', 'Rhys Tallon'], ['Kwame Oduya', 'Kwame Oduya']]);
    assert.deepEqual(people('Ding Weiyang won 10-7 in the snooker final.'), [['Ding Weiyang', 'Ding Weiyang']]);
    assert.deepEqual(people('Oduya Kessel lost to Brannock Vale 1-2. Oduya Kessel said he was tired.'),
      [['Oduya Kessel', 'Oduya Kessel'], ['Oduya Kessel', 'Oduya Kessel']]);
  });

  it('one word after a club\'s opening word is the club, with "who" too; a demonym of two words is no name', () => {
    assert.deepEqual(people('Lokomotiv Brest, who had won their last three games, finished with ten men. Brest made it hard.'), []);
    assert.deepEqual(people('Sri Lankan all-rounder Dimuth Perera hit the winning six. New Zealander Ana Tuilagi took four wickets.'),
      [['Dimuth Perera', 'Dimuth Perera'], ['Ana Tuilagi', 'Ana Tuilagi']]);
  });

  it('a surname the article also names a firm by is the firm where its shares move; a holder\'s shares stay a person\'s', () => {
    // (the label's first mention, named so after "label", is the label's, though the article names her alike)
    assert.deepEqual(people('The fashion label Corra Delvani named a new designer. Corra Delvani, 76, will stay on the board. '
      + "Delvani's shares rose 4% on the news."), [['Corra Delvani', 'Corra Delvani']]);
    assert.deepEqual(people("Ivo Marsden, 52, sold part of his stake. Marsden's shares in the bank were worth $3 million."),
      [['Ivo Marsden', 'Ivo Marsden'], ['Marsden', 'Ivo Marsden']]);
    assert.deepEqual(people("Ivo Marsden, 52, runs the fund. Marsden's shares rose in value, he said."),
      [['Ivo Marsden', 'Ivo Marsden'], ['Marsden', 'Ivo Marsden']]);
  });

  it('a given name before a plural word of places ("Alice Springs", "Lorna Falls") is the place unless something personal is said', () => {
    assert.deepEqual(people('Tourists flocked to Lorna Falls and Alice Springs over the holiday.'), []);
    assert.deepEqual(people('Alice Springs, 40, said she would run again.'), [['Alice Springs', 'Alice Springs']]);
  });

  it('brokers named like people: the second of "analysts at A and B", "bankers from X", "X kept its rating", "led the underwriting"', () => {
    assert.deepEqual(people('Analysts at Corran Barney and Teller Vance raised their forecasts, while Hollis Witter kept its rating.'), []);
    assert.deepEqual(people('The bank hired three bankers from Kidwell Pardoe, and traders at Ashby Grant said demand was strong.'), []);
    assert.deepEqual(people('R.J. Halloway and Charles Schwab led the underwriting of the bond issue.'), []);
    // a person who does such things with "its" of something not a firm's, or between people
    assert.deepEqual(people('Dana Ruiz cut its ribbon when the bridge opened.'), [['Dana Ruiz', 'Dana Ruiz']]);
    assert.deepEqual(people('Talks between Dana Ruiz and Tomas Brenn ended on Monday.'), [['Dana Ruiz', 'Dana Ruiz'], ['Tomas Brenn', 'Tomas Brenn']]);
    assert.deepEqual(people('The committee heard from Dana Ruiz and Tomas Brenn.'), [['Dana Ruiz', 'Dana Ruiz'], ['Tomas Brenn', 'Tomas Brenn']]);
  });

  it('a lone word no list knows that "told reporters" or "told a news conference" is a person', () => {
    assert.deepEqual(people('Orlovsky told reporters in Kyiv that the talks had failed.'), [['Orlovsky', 'Orlovsky']]);
    // (a quotation in the old style, "``if it fails''", is someone else's words: no "it" of the speaker)
    assert.deepEqual(people('President Orlovsky met the envoy. Orlovsky told a news conference in Minsk that ``if it fails, we will act.\'\' '
      + 'The Orlovsky government said it would wait.'), [['Orlovsky', 'Orlovsky'], ['Orlovsky', 'Orlovsky'], ['Orlovsky', 'Orlovsky']]);
    assert.deepEqual(people('Orlovsky said the talks had failed.'), []);
  });

  it('a role before a name after a comma opens the next clause; a suffix alone is no name; "Canon" is a clergy title', () => {
    // (", police Lt. Jason Hall told reporters" said nothing personal of the street)
    assert.deepEqual(people('They searched a flat on Wayne Avenue, police Lt. Jason Tull told reporters.'), [['Jason Tull', 'Jason Tull']]);
    assert.deepEqual(people('Dana Reyes, spokeswoman, said no.'), [['Dana Reyes', 'Dana Reyes']]);
    assert.deepEqual(people('The bouncer, Luis Orantes Jr., 31, was shot. County Prosecutor Mat Rush Jr. said more charges were possible.'),
      [['Luis Orantes Jr.', 'Luis Orantes Jr.']]);
    assert.deepEqual(people('The trust was founded by the late Canon Arthur Penwarden.'), [['Arthur Penwarden', 'Arthur Penwarden']]);
  });

  it('the author of a source in another language, with "(in German)" after the name, opens its line of sources', () => {
    assert.deepEqual(people('== Sources ==\n\n* Hannes Wolterer (in German). "Sturm legt Netz lahm" — Nordbote, March 3, 2025\n'),
      [['Hannes Wolterer', 'Hannes Wolterer']]);
    assert.deepEqual(people('== Sources ==\n\n* Nordbote (in German). "Sturm legt Netz lahm" — March 3, 2025\n'), []);
  });

  it('", now at" and an institution after a lone surname is where a person works', () => {
    assert.deepEqual(people('A 2019 paper had predicted such planets. Lindquist, now at Tarrow University, welcomed the result.'),
      [['Lindquist', 'Lindquist']]);
    assert.deepEqual(people('Lindquist, now a subsidiary of Vexcor, makes pumps.'), []);
  });
});
