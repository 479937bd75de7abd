import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Issue 14, read on business and technology news where firms, bands and assistants are named like people: each rule
// with sentences it must read and sentences it must leave alone. All names are made up.
describe('people: firms, bands and assistants named like people', () => {
  it('a people\'s noun that is a given name too opens a name of two words, unless something describes it', () => {
    assert.deepEqual(people('Finn Delaney, who grew up in Cork, released his first album in May.'),
      [['Finn Delaney', 'Finn Delaney']]);
    assert.deepEqual(people('Finn Harrowby released an album. Harrowby said it took a year.'),
      [['Finn Harrowby', 'Finn Harrowby'], ['Harrowby', 'Finn Harrowby']]);
    // after an article or a word that describes one of a people, or before a full name, it stays the people's noun
    assert.deepEqual(people('He lost in the final to fellow Finn Virtavaara.'), []);
    assert.deepEqual(people('The 24-year-old Finn Virtavaara won the sprint.'), []);
    assert.deepEqual(people('Finn Kimi Virtavaara won the sprint.'), [['Kimi Virtavaara', 'Kimi Virtavaara']]);
  });

  it('a firm\'s name that ends in "Management" or "Investments" is the firm\'s', () => {
    assert.deepEqual(people('Elliott Management said on Monday it had taken a stake in the miner.'), []);
    assert.deepEqual(people('Gideon Investments, run by Tamsin Orwell, returned 12% last year.'), [['Tamsin Orwell', 'Tamsin Orwell']]);
  });

  it('a band\'s noun right before a name names the band, whatever title or given name opens it', () => {
    assert.deepEqual(people('Also on the bill is the band Sister Marigold, who play on Sunday.'), []);
    assert.deepEqual(people('The rock band Brother Alden fell to fifth in the chart.'), []);
    // a duo is often named by its two members
    assert.deepEqual(people('Folk duo Leona Hart and Tom Marr went straight to number one.'),
      [['Leona Hart', 'Leona Hart'], ['Tom Marr', 'Tom Marr']]);
  });

  it('"St." after a given name opens a surname, and "St." with that word alone is the same person', () => {
    assert.deepEqual(people('Brent St. Marlow won the seat. St. Marlow, a former teacher, thanked voters in Moncton.'),
      [['Brent St. Marlow', 'Brent St. Marlow'], ['St. Marlow', 'Brent St. Marlow']]);
    // a saint's name that no given name opened in the article stays a place's, and "St." alone no one
    assert.deepEqual(people('Brent St. Marlow won the seat. He grew up in St. Louis.'), [['Brent St. Marlow', 'Brent St. Marlow']]);
    assert.deepEqual(people('Doctors at St. Agnes said she was stable.'), []);
  });

  it('a name of two words after a capital "The" is a body where it says something', () => {
    assert.deepEqual(people('The Garda Síochána said on Sunday it was investigating a crash.'), []);
    assert.deepEqual(people('The Tarrow Oyelade says the plan is sound.'), []);
    // a person after a role's word keeps it
    assert.deepEqual(people('The striker Ana Ruiz said she was fit.'), [['Ana Ruiz', 'Ana Ruiz']]);
  });

  it('the Dutch "\'t" after "van" is part of the name, with its capital or without', () => {
    assert.deepEqual(people('Sigrid van \'t Hooge, the speed skater, said she would retire. Van \'t Hooge won two titles.'),
      [['Sigrid van \'t Hooge', 'Sigrid van \'t Hooge'], ['Van \'t Hooge', 'Sigrid van \'t Hooge']]);
    assert.deepEqual(people('Her coach said van ’t Hooge was ready. Sigrid van ’t Hooge agreed.'),
      [['van ’t Hooge', 'Sigrid van ’t Hooge'], ['Sigrid van ’t Hooge', 'Sigrid van ’t Hooge']]);
  });

  it('a name\'s possessive with nothing owned after it but a clause of what it is names a brand or a shop', () => {
    assert.deepEqual(people('Jack Dorran\'s, owned by a drinks group, was hit by tariffs.'), []);
    assert.deepEqual(people('Harlow Kent\'s, which opened in 1990, closed. Harlow Kent said he was sad.'), [['Harlow Kent', 'Harlow Kent']]);
    // a possessive that owns something, or ends a clause, is the person's
    assert.deepEqual(people('The car was Tom Hale\'s, police said.'), [['Tom Hale', 'Tom Hale']]);
    assert.deepEqual(people('Jack Dorran\'s company, owned by his sons, was sold.'), [['Jack Dorran', 'Jack Dorran']]);
  });

  it('one word that names someone "as its" director is the firm, beside its founder\'s full name', () => {
    assert.deepEqual(people('Varenne named Sarah Burton as its creative director. Hubert de Varenne founded the house in 1952.'),
      [['Sarah Burton', 'Sarah Burton'], ['Hubert de Varenne', 'Hubert de Varenne']]);
    // a full name who names someone stays a person
    assert.deepEqual(people('The club said Tom Harcourt named Sarah Burton as its captain.'),
      [['Tom Harcourt', 'Tom Harcourt'], ['Sarah Burton', 'Sarah Burton']]);
  });
});

describe('a listed firm\'s bare name beside its founder\'s full name in a caption', () => {
  const caption = 'A statue of Ronald Baxter stands in front of the old mill in Deerfield, Illinois.\n'
    + 'Baxter reported fourth-quarter earnings on Thursday that topped forecasts but missed on revenue.\n'
    + 'Adjusting for one-time items Baxter reported earnings of $1.11 a share.\n'
    + '“We are leaving the year with momentum,” Baxter CFO Lena Marsh told reporters on Thursday.\n';
  it('is the firm where it stands before its officer\'s post and name, or before a part of the firm', () => {
    const text = caption + 'Here is what Baxter reported for the period ended Sept. 27.\n'
      + 'Revenue for Baxter’s devices unit fell 6%. Marsh said that Baxter is still in talks with regulators.\n';
    assert.deepEqual(people(text), [['Ronald Baxter', 'Ronald Baxter'], ['Lena Marsh', 'Lena Marsh'], ['Marsh', 'Lena Marsh']]);
  });
  it('but a relative after the possessive is the founder\'s', () => {
    assert.deepEqual(people(caption + 'Baxter’s grandson, Tom, said he was proud of the company.\n'),
      [['Ronald Baxter', 'Ronald Baxter'], ['Lena Marsh', 'Lena Marsh'], ['Baxter', 'Ronald Baxter'], ['Tom', 'Tom']]);
  });
});


describe('one word set off as a rival', () => {
  it('says nothing of a person, unless the rival is of someone', () => {
    assert.deepEqual(people('Mr Hale hoped to be bought by Quorvex, a rival, and one of the biggest exchanges.'), [['Hale', 'Hale']]);
    assert.deepEqual(people('Lebrov, a rival of the president, said he would run.'), [['Lebrov', 'Lebrov']]);
  });
});
