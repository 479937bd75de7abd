import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of the pass on made-up sport summaries in a 1996 wire's style (hockey, basketball, boxing, skiing,
// cycling, chess) and wiki-style news of firms, labels, hospitals, prizes and laws named after people (5 December,
// second pass), each with sentences it must read and sentences it must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: sport summaries and namesakes (5 December, second pass)', () => {
  it('a relative or an agent after a name\'s possessive makes a person of it, at a sentence\'s start too', () => {
    assert.deepEqual(people("Evander Holyfax's wife said on Thursday that talks would begin."),
      [['Evander Holyfax', 'Evander Holyfax']]);
    assert.deepEqual(people("Kostelnik's agent said the defenceman would appeal."), [['Kostelnik', 'Kostelnik']]);
    // a manager or a trainer, which a side has too, only after a name of two words
    assert.deepEqual(people("Evander Holyfax's manager said talks would begin. Holyfax stopped Tarrant in the 11th."),
      [['Evander Holyfax', 'Evander Holyfax'], ['Holyfax', 'Evander Holyfax']]);
    assert.deepEqual(people("Feyenhout's manager said the club would appeal."), []);
    // what firms have after their possessive stays theirs
    assert.deepEqual(people("Northrop Vantell's chief executive said it would cut jobs."), []);
  });

  it('"Promoter" or "Organizer" opening a sentence is a role before the name, not its first word', () => {
    assert.deepEqual(people('Promoter Dan Kingsley said the rematch could take place in May. Kingsley, who promotes Tarrant, agreed.'),
      [['Dan Kingsley', 'Dan Kingsley'], ['Kingsley', 'Dan Kingsley']]);
    assert.deepEqual(people('Organizer Ines Marlowe said the meeting would go ahead.'), [['Ines Marlowe', 'Ines Marlowe']]);
  });

  it('a name of unfamiliar words after a score and "win over", "drew … with", "lost … to" is the other side', () => {
    assert.deepEqual(people('Halvik went top with a 3-0 win over Vitesse Arnholt on Sunday.'), []);
    assert.deepEqual(people('Halvik drew 1-1 with Vitesse Arnholt. Halvik lost 2-1 to Dinamo Karlov at home.'), []);
    assert.deepEqual(people('Halvik were held 1-1 by Vitesse Arnholt.'), []);
    // a player beaten in sets is a person, and so is a name the article shows to be one
    assert.deepEqual(people('Tarvo Jansk won 6-3 6-4 over Mikel Aranzabal.'),
      [['Tarvo Jansk', 'Tarvo Jansk'], ['Mikel Aranzabal', 'Mikel Aranzabal']]);
  });

  it('a name ending in an elided "d\'" with nothing personal said of it is a prize or a place', () => {
    assert.deepEqual(people("Defender Mateo Arrizaga wins Ballon d'Or\n\nArrizaga, 28, has won the Ballon d'Or on Monday."),
      [['Mateo Arrizaga', 'Mateo Arrizaga'], ['Arrizaga', 'Mateo Arrizaga']]);
    assert.deepEqual(people("Tessa Brun said she would skip next week's downhill at Val d'Orsane."), [['Tessa Brun', 'Tessa Brun']]);
    // a person of such a name keeps a given name or a verb
    assert.deepEqual(people("Former president Valery Giscard d'Orsay spoke. Giscard d'Orsay said he was pleased."),
      [["Valery Giscard d'Orsay", "Valery Giscard d'Orsay"], ["Giscard d'Orsay", "Valery Giscard d'Orsay"]]);
  });

  it('the second word of a firm joined by "&" is no founder, though both founders are named', () => {
    assert.deepEqual(people('The chain Hollby & Marrish said it would close 30 shops. It was founded by Arthur Hollby and '
      + "Walter Marrish in 1894. Hollby & Marrish's chairman, Sir Geoffrey Tamplin, said it was painful."),
    [['Arthur Hollby', 'Arthur Hollby'], ['Walter Marrish', 'Walter Marrish'], ['Geoffrey Tamplin', 'Geoffrey Tamplin']]);
    // a founder named alone with his verb stays
    assert.deepEqual(people('Hollby & Marrish was founded by Arthur Hollby and Walter Marrish. Marrish died in 1930.'),
      [['Arthur Hollby', 'Arthur Hollby'], ['Walter Marrish', 'Walter Marrish'], ['Marrish', 'Walter Marrish']]);
  });

  it('"the Olympic giant slalom champion" after a name describes a person: "giant" there is no firm\'s noun', () => {
    assert.deepEqual(people("5. Deborah Compagnoli (Italy) 1:33.50\nItaly's Compagnoli, the Olympic giant slalom champion, said she would skip the downhill."),
      [['Deborah Compagnoli', 'Deborah Compagnoli'], ['Compagnoli', 'Deborah Compagnoli']]);
    // the firm described so stays one
    assert.deepEqual(people('Tarvel Brun, the software giant, said it would cut jobs.'), []);
  });

  it('a full name after "the firm" is the firm\'s, no relative of a person who shares its last word', () => {
    assert.deepEqual(people('Defence lawyer Gerald Fane of the firm Kasowin Fane said his client was ill.'),
      [['Gerald Fane', 'Gerald Fane']]);
    // a relative of the person, named with nothing beside it, still is one
    assert.deepEqual(people('Defence lawyer Gerald Fane said his client was ill. Marta Fane, his wife, agreed.'),
      [['Gerald Fane', 'Gerald Fane'], ['Marta Fane', 'Marta Fane']]);
  });

  it('a bare name that is led, attended or left, or "the X trustees", is the university the article names so', () => {
    assert.deepEqual(people('Whitcomb University named Dr. Abigail Osterholt president. She succeeds Dr. Franklin Weiss, who led '
      + "Whitcomb for 14 years. It was founded by the merchant Josiah Whitcomb. The Whitcomb trustees' chairman, Henry Gaines, agreed."),
    [['Abigail Osterholt', 'Abigail Osterholt'], ['Franklin Weiss', 'Franklin Weiss'], ['Josiah Whitcomb', 'Josiah Whitcomb'],
      ['Henry Gaines', 'Henry Gaines']]);
    // the founder's family stays his
    assert.deepEqual(people('Crossfield Park is the club\'s ground. Its founder, Albert Crossfield, died in 1950. The Crossfield family still owns it.'),
      [['Albert Crossfield', 'Albert Crossfield'], ['Crossfield', 'Albert Crossfield']]);
  });

  it('"Ostrander\'s lead drug" or "Ostrander\'s shares" beside "Ostrander Bio" is the firm, not its founder', () => {
    assert.deepEqual(people('Ostrand Bio was founded by Dr. Miriam Ostrand. Ostrand will join Lilby as an adviser. '
      + "Ostrand's lead drug treats a rare disease. Ostrand's shares jumped 62 percent."),
    [['Miriam Ostrand', 'Miriam Ostrand'], ['Ostrand', 'Miriam Ostrand']]);
    // the founder's own, after her possessive, stays hers
    assert.deepEqual(people("Ostrand Bio was founded by Dr. Miriam Ostrand. Ostrand's husband, Paul, is a surgeon."),
      [['Miriam Ostrand', 'Miriam Ostrand'], ['Ostrand', 'Miriam Ostrand'], ['Paul', 'Paul']]);
  });

  it('a surname in a headline\'s capitals keeps the particles written before it ("VAN DER BERGE")', () => {
    const text = 'CYCLING - VAN DER BERGE WINS SIX-DAY RACE.\nGHENT 1996-12-04\nDutchman Pieter van der Berge won on Wednesday.';
    assert.deepEqual(detectPeople(text).map(p => [text.slice(p.start, p.end), p.entity]),
      [['VAN DER BERGE', 'Pieter van der Berge'], ['Pieter van der Berge', 'Pieter van der Berge']]);
  });

  it('a name right after a club\'s initials ("AC Milan", "FC Tarvos") is the club, whose coach does not make it a person', () => {
    assert.deepEqual(people('Juventus won 2-1 over AC Milan, whose coach Oscar Tabarin faces the sack. Roberto Bagnoli scored for Milan. '
      + 'Milan president Silvio Berlino refused to comment.'),
    [['Oscar Tabarin', 'Oscar Tabarin'], ['Roberto Bagnoli', 'Roberto Bagnoli'], ['Silvio Berlino', 'Silvio Berlino']]);
    // a person after an acronym that is no club's keeps his name
    assert.deepEqual(people('BBC reporter Milan Horvat said the vote was close.'), [['Milan Horvat', 'Milan Horvat']]);
  });

  it('a chain named with its \'s ("Wendle\'s, founded in 1969 by Dave Wendle,") is the chain in its other mentions too', () => {
    assert.deepEqual(people("Wendle's to close 200 restaurants\n\nThe chain Wendle's said it would close 200 restaurants. "
      + "Wendle's, founded in 1969 by Dave Wendle, has 6,000 restaurants. An analyst said Wendle's shares were cheap. "
      + "Dave Wendle died in 2002. Wendle's daughter, Melinda Wendle, appears in its advertisements."),
    [['Dave Wendle', 'Dave Wendle'], ['Dave Wendle', 'Dave Wendle'], ['Wendle', 'Dave Wendle'], ['Melinda Wendle', 'Melinda Wendle']]);
  });

  it('an illness named with a full name\'s possessive ("Lou Gehrin\'s disease") is no mention of the man', () => {
    assert.deepEqual(people("The drug slowed ALS, also known as Lou Gehrin's disease, in a trial led by Dr. Merit Cudkow."),
      [['Merit Cudkow', 'Merit Cudkow']]);
    // his own things after his possessive stay his
    assert.deepEqual(people("Lou Gehrin's daughter said the family was pleased."), [['Lou Gehrin', 'Lou Gehrin']]);
  });

  it('a sentence opened by two unfamiliar words that "put Juventus ahead" or "gave Harlow the lead" names the scorer', () => {
    assert.deepEqual(people('Alen Boksav put Juventus ahead after 12 minutes.'), [['Alen Boksav', 'Alen Boksav']]);
    assert.deepEqual(people('Tarik Osmanagi gave Harlow the lead before half-time.'), [['Tarik Osmanagi', 'Tarik Osmanagi']]);
  });

  it('a flavour, a thing "named after" a person, and "X, Y & Co" are no people', () => {
    assert.deepEqual(people("The brand's Chunky Monkey and Cherry Garvey flavours sell well. Cherry Garvey is named after "
      + 'Jerry Garvey of the Grateful Dead.'), [['Jerry Garvey', 'Jerry Garvey']]);
    assert.deepEqual(people('Harley-Davidson gained 1-1/8. Dean Wittan, Discover & Co fell 3/4.'), []);
    // a person named after a relative keeps his name where something personal is said of him
    assert.deepEqual(people('Tom Hadley, 34, said he was named after his grandfather.'), [['Tom Hadley', 'Tom Hadley']]);
  });

  it('a firm owned or bought and named by its trade ("owns the shoemaker Alessandro Ferrin") is no person', () => {
    assert.deepEqual(people('The group, run by Lucia Bernardoni, also owns the shoemaker Alessandro Ferrin and the jeweller Bellandi.'),
      [['Lucia Bernardoni', 'Lucia Bernardoni']]);
    // a player a club sells stays a person
    assert.deepEqual(people('Harwick sold the striker Tom Brannan to Dunmore for 2 million pounds.'), [['Tom Brannan', 'Tom Brannan']]);
  });

  it('a label before its clothing, perfume or handbags, alone or first of a pair, is no person', () => {
    assert.deepEqual(people('The shops would sell more Ralph Laurel and Tommy Hilfinger clothing.'), []);
    assert.deepEqual(people('Sales of Ralph Laurel perfume rose.'), []);
    // the designer, shown as one, stays a person
    assert.deepEqual(people('Designer Ralph Laurel, 84, said he would retire.'), [['Ralph Laurel', 'Ralph Laurel']]);
  });

  it('a family name written first, alone before "\'s spokesman", is still its person\'s ("Mobuto\'s spokesman")', () => {
    assert.deepEqual(people("President Mobuto Sese Seko will return home.\nMobuto's spokesman, Kabongo Mbayo, said he was well."),
      [['Mobuto Sese Seko', 'Mobuto Sese Seko'], ['Mobuto', 'Mobuto Sese Seko'], ['Kabongo Mbayo', 'Kabongo Mbayo']]);
    assert.deepEqual(people("Premier Lin Peng arrived on Monday.\nLin's spokesman, Shen Guofeng, said the talks went well."),
      [['Lin Peng', 'Lin Peng'], ['Lin', 'Lin Peng'], ['Shen Guofeng', 'Shen Guofeng']]);
  });

  it('a headline in capitals names a person by the one word the story names him by alone ("MOBUTO TO RETURN")', () => {
    const text = "ZAIRE - MOBUTO TO RETURN HOME, AIDE SAYS.\nKINSHASA 1996-12-12\nPresident Mobuto Sese Seko will return home. "
      + 'Rebels want to topple Mobuto, an aide said.';
    assert.deepEqual(detectPeople(text).map(p => [text.slice(p.start, p.end), p.entity]),
      [['MOBUTO', 'Mobuto Sese Seko'], ['Mobuto Sese Seko', 'Mobuto Sese Seko'], ['Mobuto', 'Mobuto Sese Seko']]);
  });

  it('"had 20 for Vancouver" after two unfamiliar words opening a sentence is a player\'s share', () => {
    assert.deepEqual(people('Shareef Abdur-Rahman had 20 for Vancouver.'), [['Shareef Abdur-Rahman', 'Shareef Abdur-Rahman']]);
    assert.deepEqual(people('Tarik Osmanagi added 12 points for Harlow.'), [['Tarik Osmanagi', 'Tarik Osmanagi']]);
  });

  it('a band after "the bands" is no person, though its singer of that name is one', () => {
    assert.deepEqual(people('The label is home to the bands Harriet Vale and the Sundowners and the Blue Hours. '
      + "Harriet Vale, the band's singer, said she welcomed the deal."), [['Harriet Vale', 'Harriet Vale']]);
  });

  it('a brand named after its designer, after "the owner of" or that "would remain a brand", is no person; "X himself" is', () => {
    assert.deepEqual(people('The group, the owner of Coach and Kate Spane, said it would buy Capri Holdings, owner of Michael Korz, Versace '
      + 'and Jimmy Choo. The buyer said Michael Korz would remain a separate brand. Michael Korz himself, the designer who '
      + 'founded the label in 1981, will stay on. Korz said he was thrilled.'),
    [['Michael Korz', 'Michael Korz'], ['Korz', 'Michael Korz']]);
    // the owner of a firm named after him is a person
    assert.deepEqual(people('Tom Hadley, the owner of Hadley Foods, said he would sell.'), [['Tom Hadley', 'Tom Hadley']]);
  });

  it('a name before "products" or "beauty" ("Tom Forde beauty products") is a brand', () => {
    assert.deepEqual(people('Estee Lauden, which sells Tom Forde beauty products, was not involved.'), []);
    assert.deepEqual(people('Sales of Ana Ruiz products rose.'), []);
  });

  it('a full name after "the" sharing a person\'s surname is a thing named after the family, not a relative', () => {
    assert.deepEqual(people('The group bought the Palacio Almeda in Lisbon. Duarte Almeda said the family was pleased.'),
      [['Duarte Almeda', 'Duarte Almeda']]);
    // a relative named plainly stays one
    assert.deepEqual(people('Duarte Almeda said the family was pleased. Rosa Almeda agreed.'),
      [['Duarte Almeda', 'Duarte Almeda'], ['Rosa Almeda', 'Rosa Almeda']]);
  });

  it('"the 21-year-old Scot" describes the person before it and names no one', () => {
    assert.deepEqual(people('John Higson won. Higson, the 21-year-old Scot, beat Welshman Mark Willem 9-7.'),
      [['John Higson', 'John Higson'], ['Higson', 'John Higson'], ['Mark Willem', 'Mark Willem']]);
    // a player of that given name after his age keeps it
    assert.deepEqual(people('The 24-year-old Scot Pollan scored 20 points.'), [['Scot Pollan', 'Scot Pollan']]);
  });

  it('a headline in capitals names a person of one name the story names twice ("RONALDU SCORES TWICE")', () => {
    const text = 'SOCCER - RONALDU SCORES TWICE AS BARCELONA WIN.\nMADRID 1996-12-08\nBrazilian striker Ronaldu scored twice. '
      + 'Ronaldu, 20, signed in July.';
    assert.deepEqual(detectPeople(text).map(p => [text.slice(p.start, p.end), p.entity]),
      [['RONALDU', 'Ronaldu'], ['Ronaldu', 'Ronaldu'], ['Ronaldu', 'Ronaldu']]);
    // named once, the one name is not looked for in capitals
    const once = 'SOCCER - RONALDU SCORES TWICE.\nMADRID 1996-12-08\nBrazilian striker Ronaldu scored twice.';
    assert.deepEqual(detectPeople(once).map(p => once.slice(p.start, p.end)), ['Ronaldu']);
  });

  it('"scored the third for Ajaks, whose coach …": the side a goal is for is no person', () => {
    assert.deepEqual(people('Ronald de Beer added the third for Ajaks, whose coach Louis van Gaul had been criticised. '
      + 'Scorers: Ajaks - Litmanen 12, De Beer 80.'),
    [['Ronald de Beer', 'Ronald de Beer'], ['Louis van Gaul', 'Louis van Gaul'], ['Litmanen', 'Litmanen'], ['De Beer', 'Ronald de Beer']]);
    // a skater whose coach is named stays a person
    assert.deepEqual(people('The judges gave top marks to Michelle Kwon, whose coach Frank Carrol said she had a cold.'),
      [['Michelle Kwon', 'Michelle Kwon'], ['Frank Carrol', 'Frank Carrol']]);
  });

  it('"The computer maker Dell Technologies said" beside "Michael Dell" is the firm, and so is its short form after it', () => {
    assert.deepEqual(people('Dell to cut jobs\n\nThe computer maker Dell Technologies said on Monday it would cut 6,650 jobs. '
      + 'Dell said the cuts would save $1.5 billion. Michael Dell founded the company in 1984. Dell took it private in 2013.'),
    [['Michael Dell', 'Michael Dell'], ['Dell', 'Michael Dell']]);
  });

  it('"Dellon\'s shares had fallen 20 percent" beside the firm Dellon Technologies is the firm', () => {
    assert.deepEqual(people('Dellon Technologies cut jobs. Michael Dellon, 58, founded the company in 1984. '
      + "An analyst said Dellon's shares had fallen 20 percent in a year."), [['Michael Dellon', 'Michael Dellon']]);
  });

  it('"Walt Dizney said on Wednesday it would cut 7,000 jobs" is the firm named after its founder', () => {
    assert.deepEqual(people('Walt Dizney said on Wednesday it would cut 7,000 jobs. The company was founded by Walt Dizney '
      + 'and his brother Roy Dizney in 1923.'), [['Walt Dizney', 'Walt Dizney'], ['Roy Dizney', 'Roy Dizney']]);
    // a person who says a firm will cut jobs stays a person where the firm is named
    assert.deepEqual(people('Union leader Tom Hadley said the company would cut 700 jobs.'), [['Tom Hadley', 'Tom Hadley']]);
  });

  it('"Dizney\'s streaming service" beside the firm "Walt Dizney Co." is the firm\'s, not Roy Dizney\'s', () => {
    assert.deepEqual(people('Walt Dizney Co. cut jobs. It was founded by Walt Dizney and his brother Roy Dizney in 1923. '
      + "Dizney's streaming service lost 2.4 million subscribers."), [['Walt Dizney', 'Walt Dizney'], ['Roy Dizney', 'Roy Dizney']]);
    // his own after the possessive stay his
    assert.deepEqual(people("Walt Dizney Co. cut jobs. Roy Dizney, 80, died. Dizney's widow, Patricia, survives him."),
      [['Roy Dizney', 'Roy Dizney'], ['Dizney', 'Roy Dizney'], ['Patricia', 'Patricia']]);
  });

  it('"the Large Hadrin Collider": a run opened by a word of the language after "the" is a thing\'s name', () => {
    assert.deepEqual(people('Fabiola Gianotta said the Large Hadrin Collider would restart next week.'),
      [['Fabiola Gianotta', 'Fabiola Gianotta']]);
    // a person after "the" and a title keeps the name
    assert.deepEqual(people('The talks were led by the Reverend Jesse Jaxon.'), [['Jesse Jaxon', 'Jesse Jaxon']]);
  });

  it('one word no list knows that "scored both goals for PSG" is the scorer', () => {
    assert.deepEqual(people('Paris beat Nantes 2-0. Raio scored both goals for PSG.'), [['Raio', 'Raio']]);
    assert.deepEqual(people('Juventus drew 1-1. Boksav netted for Juventus in the 80th minute.'), [['Boksav', 'Boksav']]);
    // a side that scored is none
    assert.deepEqual(people('Nantes scored twice in the second half.'), []);
  });
});
