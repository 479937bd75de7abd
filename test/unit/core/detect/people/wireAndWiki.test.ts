import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of the pass on made-up wire items in a 1996 style and short world news in a wiki's style (5 December,
// morning), each with sentences it must read and sentences it must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: wire items and wiki news (5 December, morning)', () => {
  it('a name after a full name and "at" is where that person works, whatever the verb after it says', () => {
    assert.deepEqual(people('Bonds slipped after trader Owen Carrick at Pellow Ashdown trimmed his forecast.'),
      [['Owen Carrick', 'Owen Carrick']]);
    // a surname with a capital after its apostrophe or hyphen is a full name too
    assert.deepEqual(people("Strategist Nuala O'Brannagh-Tate at Corwen Hale said the rally would fade."),
      [["Nuala O'Brannagh-Tate", "Nuala O'Brannagh-Tate"]]);
    assert.deepEqual(people('Economist Ross McTavish at Dunmore Pell said rates would hold.'), [['Ross McTavish', 'Ross McTavish']]);
    // the person after a role and "at" a place keeps his verb
    assert.deepEqual(people('Coach Hilda Voss at Lorne Park said Selwyn Marr would start.'),
      [['Hilda Voss', 'Hilda Voss'], ['Selwyn Marr', 'Selwyn Marr']]);
  });

  it('a name that "was founded" or "is headquartered" somewhere is a firm, beside its founder of that surname', () => {
    assert.deepEqual(people('Vannucci was founded in 1948 by the engineer Carlo Vannucci. Vannucci is headquartered in Turin.'),
      [['Carlo Vannucci', 'Carlo Vannucci']]);
    // the founder himself, with his verb, stays
    assert.deepEqual(people('Carlo Vannucci founded a firm in 1948. Vannucci was born in Turin.'),
      [['Carlo Vannucci', 'Carlo Vannucci'], ['Vannucci', 'Carlo Vannucci']]);
  });

  it('a name set off as a factory, a mill or a building is none of its namesake\'s', () => {
    assert.deepEqual(people('Flames gutted the Ashworth Mill, a disused cotton factory, on Tuesday. It was built by the merchant '
      + 'Edwin Ashworth. Ashworth Mill was due to become flats.'), [['Edwin Ashworth', 'Edwin Ashworth']]);
    assert.deepEqual(people('Flames gutted the Corliss Hartwell, a derelict bottling plant. Corliss Hartwell was due to become flats.'), []);
    // a person's trade after the building's noun keeps the person
    assert.deepEqual(people('Edwin Ashworth, a mill owner, said he would rebuild.'), [['Edwin Ashworth', 'Edwin Ashworth']]);
  });

  it('"Les" before one capitalised word that is no French plural is a given name', () => {
    assert.deepEqual(people('Les Pardew and Tony Garcia scored for Harlow. Les Pardew, 30, was booked.'),
      [['Les Pardew', 'Les Pardew'], ['Tony Garcia', 'Tony Garcia'], ['Les Pardew', 'Les Pardew']]);
    assert.deepEqual(people("Forward Les O'Dowd said he was tired."), [["Les O'Dowd", "Les O'Dowd"]]);
    // the French article before a plural, or alone, stays no name
    assert.deepEqual(people('Les Verts beat Nantes, the daily Les Echos said. Les Halles was busy.'), []);
  });

  it('a side\'s scorers in brackets after its score are players with a penalty or an own goal written out', () => {
    assert.deepEqual(people('Harlow 2 (Teale 14 o.g., Brannagh 80 penalty) Kirsk 1 (Olsen 56 own goal)').map(p => p[0]),
      ['Teale', 'Brannagh', 'Olsen']);
  });

  it('a word with a brand\'s capital inside it is a firm\'s, not a person\'s; a name\'s prefix keeps its capital', () => {
    assert.deepEqual(people('An OrbitalX Condor 9 rocket launched two satellites. Tova Brandt, the chief executive of OrbitalX, said it went well.'),
      [['Tova Brandt', 'Tova Brandt']]);
    assert.deepEqual(people('Users of CloudHarbor Nimbus complained on Tuesday.'), []);
    assert.deepEqual(people('Ross McAllister, Tia DeLuca and Ann FitzGerald said they would stay.').map(p => p[0]),
      ['Ross McAllister', 'Tia DeLuca', 'Ann FitzGerald']);
  });

  it('a name before a laboratory, a mill or a refinery in lower case is that place\'s', () => {
    assert.deepEqual(people('Scientists at the Henry Cardwell laboratory and the Ada Brightmore refinery were evacuated.'), []);
  });

  it('a fashion house, the brands or a name known for "its" things is a firm, beside a namesake of the family', () => {
    assert.deepEqual(people('The fashion house Lucio Marzani was sold on Monday. The founder\'s son, Paolo Marzani, will stay.'),
      [['Paolo Marzani', 'Paolo Marzani']]);
    assert.deepEqual(people('Lucio Marzani, known for its silk scarves, opened a shop in Leeds. Paolo Marzani, 41, runs it.'),
      [['Paolo Marzani', 'Paolo Marzani']]);
    assert.deepEqual(people('The group also owns the brands Ilse Brandauer and Marco Venturi.'), []);
    // players and a person known for her own things stay
    assert.deepEqual(people('The players Ilse Brandauer and Marco Venturi said they would stay.').map(p => p[0]), ['Ilse Brandauer', 'Marco Venturi']);
    assert.deepEqual(people('Ilse Brandauer, known for her silk scarves, opened a shop.').map(p => p[0]), ['Ilse Brandauer']);
  });

  it('a name that had sales or profits of a sum is a firm, beside its founder of that surname', () => {
    assert.deepEqual(people('Paolo Marzani runs the family firm. Marzani had sales of 640 million euros last year.'),
      [['Paolo Marzani', 'Paolo Marzani']]);
  });

  it('a nationality\'s man or woman before a name no list knows is no part of it', () => {
    assert.deepEqual(people('The club appointed the Dutchman Rutger van Halsema as coach.'), [['Rutger van Halsema', 'Rutger van Halsema']]);
    assert.deepEqual(people('Irishwoman Saoirse Ni Bhraonain won the race.'), [['Saoirse Ni Bhraonain', 'Saoirse Ni Bhraonain']]);
  });

  it('a trade\'s plural before a given name names people, not a firm of them', () => {
    assert.deepEqual(people('Danish architects Mette Holmgaard and Sune Lykke-Berg won the prize. Holmgaard said she was surprised.').map(p => p[0]),
      ['Mette Holmgaard', 'Sune Lykke-Berg', 'Holmgaard']);
    assert.deepEqual(people('The architects Pollard Moss designed it.'), []);
  });

  it('a person\'s role right before a name keeps that mention the person\'s beside a jet named after him', () => {
    assert.deepEqual(people('Its tail shows the explorer Torvald Brekke. The Torvald Brekke jet flies to Oslo.'),
      [['Torvald Brekke', 'Torvald Brekke']]);
    // a title inside a vessel's name is no role
    assert.deepEqual(people('The steamer Princess Ailsa, built in 1910, carried 200 people. The Princess Ailsa sailed on Sunday.'), []);
  });

  it('what a firm or a thing will be called, named or renamed is its name, not a person', () => {
    assert.deepEqual(people('The merged company will be called Tamsin Harlowe and will list in Dublin.'), []);
    assert.deepEqual(people('In May the airline was renamed Edda Strand.'), []);
    // a child is named so
    assert.deepEqual(people('The baby was named Edda Strand.'), [['Edda Strand', 'Edda Strand']]);
  });

  it('a name of no given name whose share price moves by cents or yen in a market report is a firm', () => {
    assert.deepEqual(people('Property shares led the index higher. Tai Wing rose 40 cents to HK$12.10 and Okada Kosan added 30 yen.'), []);
    // a given name first keeps the person
    assert.deepEqual(people('Shares were flat. Dana Ruiz added 40 cents to the fund.').map(p => p[0]), ['Dana Ruiz']);
  });

  it('a name that is owned by someone is a firm\'s, beside a person of that surname', () => {
    assert.deepEqual(people('Orsini is owned by Whitcombe Foods. Marta Orsini, 52, founded it.'), [['Marta Orsini', 'Marta Orsini']]);
  });

  it('every name on a scorecard\'s batting line is a player', () => {
    const card = 'Harlow first innings\nTariq Mahmood c Pellew b Trask 61\nInam-ul-Rashid lbw b Trask 4\n'
      + 'Yusuf Qadri c and b Pellew 12\nNaveed Alam not out 25\nExtras 6';
    assert.deepEqual(people(card).map(p => p[0]),
      ['Tariq Mahmood', 'Pellew', 'Trask', 'Inam-ul-Rashid', 'Trask', 'Yusuf Qadri', 'Pellew', 'Naveed Alam']);
    // a place's word there is a fielder's or a bowler's surname
    assert.deepEqual(people('Kestrel first innings\nOmar Latif c Cork b Pellew 12\nSaad Rauf b Cork 0').map(p => p[0]),
      ['Omar Latif', 'Cork', 'Pellew', 'Saad Rauf', 'Cork']);
    // a batsman retired hurt; "out" in prose before no figure cues no line
    assert.deepEqual(people('Kestrel first innings\nInam-ul-Rashid retired hurt 7').map(p => p[0]), ['Inam-ul-Rashid']);
    // a line of prose with "b" in it is no batting line
    assert.deepEqual(people('Plan B Harlow Vale 2 was agreed.'), []);
    // a bowler named by surname before his own innings is the batsman named with his initial there
    const innings = 'Harlow\nJ. Pellew c Qadri b Trask 40\nKestrel\nR. Trask b Pellew 12';
    assert.deepEqual(people(innings),
      [['J. Pellew', 'J. Pellew'], ['Qadri', 'Qadri'], ['Trask', 'R. Trask'], ['R. Trask', 'R. Trask'], ['Pellew', 'J. Pellew']]);
  });

  it('who made the works named before "by" are people, each of a list', () => {
    assert.deepEqual(people('The recital includes works by Halvorsen and Brenstad.').map(p => p[0]), ['Halvorsen', 'Brenstad']);
    assert.deepEqual(people('The gallery hung paintings by Oudeman, Kaspers and Teeling.').map(p => p[0]), ['Oudeman', 'Kaspers', 'Teeling']);
    // a film is a studio's as often
    assert.deepEqual(people('The film by Brightmoor was a hit.'), []);
  });

  it('one word named after "its … rival" is the firm in that mention, beside a person of that surname', () => {
    assert.deepEqual(people("Brenner and its German rival Ostrowski said on Friday they would cut prices. The founder's son, "
      + 'Piotr Ostrowski, 44, runs the firm.'), [['Piotr Ostrowski', 'Piotr Ostrowski']]);
    // his rival is a person
    assert.deepEqual(people('Piotr Ostrowski beat his old rival Brenner in the final.').map(p => p[0]), ['Piotr Ostrowski', 'Brenner']);
  });

  it('an aircraft named after a person, set off after its number, or "a" name that crashed, is the vehicle', () => {
    assert.deepEqual(people('Another 787, named Edvard Lunde, flies to Bangkok.'), []);
    assert.deepEqual(people('A Corliss Otter crashed near the lake on Sunday.'), []);
    // a person named so, or one who crashed after a title or alone, stays
    assert.deepEqual(people('Her son, named Edvard Lunde after his grandfather, was born in May.').map(p => p[0]), ['Edvard Lunde']);
    assert.deepEqual(people('Driver Ana Ruiz crashed on lap 12.').map(p => p[0]), ['Ana Ruiz']);
  });

  it('an accented word whose plain spelling is a short form no name has stays a name\'s word', () => {
    assert.deepEqual(people('The fund\'s manager, Einar Már Þórisson, was cleared.'), [['Einar Már Þórisson', 'Einar Már Þórisson']]);
  });

  it('a horse named like a person on a race\'s results line, its jockey in brackets and its odds, is no person', () => {
    const result = 'HORSE RACING - KESTREL STAKES RESULT.\n1. Lady Marisol 5-2 favourite (ridden by Ciaran Doyle)\n'
      + '2. Henry Fairweather (Aoife Brennan) 12-1\nTrainer Malachy Reid said he was pleased.';
    assert.deepEqual(people(result).map(p => p[0]), ['Ciaran Doyle', 'Aoife Brennan', 'Malachy Reid']);
    // a player's country and a set's score are no jockey and odds
    assert.deepEqual(people('Cup results:\nTomas Kellner (South Africa) 6-3 6-4').map(p => p[0]), ['Tomas Kellner']);
  });

  it('a word no list knows before a word of the language is a name where it then does what only a person does', () => {
    assert.deepEqual(people('Zebulon Woods shot a 66 on Friday.').map(p => p[0]), ['Zebulon Woods']);
    assert.deepEqual(people('Tygo Fields carded a 70.').map(p => p[0]), ['Tygo Fields']);
    // a side does not shoot to the top, nor win as a person does
    assert.deepEqual(people('Kirsk Wanderers shot to the top of the table. Tarvo Rangers won 2-0.'), []);
  });

  it('a name before what is made there and a works\' noun is the works, also beside a person of that surname', () => {
    assert.deepEqual(people('Fire guts Ashworth cotton mill\n\nThe mill was built in 1871 by the merchant Edwin Ashworth.'),
      [['Edwin Ashworth', 'Edwin Ashworth']]);
    assert.deepEqual(people('Workers at the Corlett steel plant went on strike.'), []);
    // what a person does to a plant is no product
    assert.deepEqual(people('Tom Hale visited plant workers. Edwin Ashworth closed mills across the county.').map(p => p[0]),
      ['Tom Hale', 'Edwin Ashworth']);
  });

  it('a name of no given name right after a full name\'s possessive is what that person owns', () => {
    assert.deepEqual(people("Property shares were mixed. Tycoon Chan Wai-kit's Tsim Harbour Holdings rose. Magnate Ana Ruiz's Kestrel Ardane was flat.").map(p => p[0]),
      ['Chan Wai-kit', 'Ana Ruiz']);
    // a person named after it is opened by a given name
    assert.deepEqual(people("Coach Ana Ruiz's Tom Kerr scored twice.").map(p => p[0]), ['Ana Ruiz', 'Tom Kerr']);
  });
});
