import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of issue 14's twelfth pass (an office written after a name, initials written without full stops, law firms
// and other firms named like people), each with sentences it must read and sentences it must leave alone. All names are
// made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: offices after names, initials without stops, firms named like people (twelfth pass)', () => {
  it('a name followed by its office in capitals ("Tarun Mehrota Defence Minister") is the name, and the office none of it', () => {
    assert.deepEqual(people('Tarun Mehrota Defence Minister met his counterpart on Monday. Mehrota said talks went well.'),
      [['Tarun Mehrota', 'Tarun Mehrota'], ['Mehrota', 'Tarun Mehrota']]);
    assert.deepEqual(people('The talks were attended by R. Vasudevan External Affairs Minister and Lakshmi Iyengar Finance Minister.'),
      [['R. Vasudevan', 'R. Vasudevan'], ['Lakshmi Iyengar', 'Lakshmi Iyengar']]);
    // an office before the name, or a firm's officer after its name, are read as before
    assert.deepEqual(people('Finance Minister Lakshmi Iyengar said the deficit would fall.'), [['Lakshmi Iyengar', 'Lakshmi Iyengar']]);
  });

  it('initials in capitals without full stops before a surname are the person\'s where the article shows a person', () => {
    assert.deepEqual(people('RK Darnell said she wanted every child to own a book. Darnell lives in Perth.'),
      [['RK Darnell', 'RK Darnell'], ['Darnell', 'RK Darnell']]);
    assert.deepEqual(people('The poet HW Castellan wrote the letters in 1921. Castellan, who was 33, kept copies.'),
      [['HW Castellan', 'HW Castellan'], ['Castellan', 'HW Castellan']]);
    assert.deepEqual(people('Tickets are sold online. LMQ Oderin, 61, will open the show.'), [['LMQ Oderin', 'LMQ Oderin']]);
    // (the word alone, shown to be a person's, where no other full name ends in it)
    assert.deepEqual(people('A letter by VK Hallam sold for £8,000. Hallam described his work as tolerable.'),
      [['VK Hallam', 'VK Hallam'], ['Hallam', 'VK Hallam']]);
    assert.deepEqual(people('Shares in VK Hallam rose. Ruth Hallam, a trader, said Hallam told his clients to sell.'),
      [['Ruth Hallam', 'Ruth Hallam'], ['Hallam', 'Ruth Hallam']]);
  });

  it('initials before a word with nothing personal said of it name a firm, no short form of a person of that word', () => {
    assert.deepEqual(people('KP Morgan said it expected volumes to recover.'), []);
    assert.deepEqual(people('Shares in DL Tamworth fell. Dana Tamworth, a trader, said DL Tamworth would cut 300 jobs.'),
      [['Dana Tamworth', 'Dana Tamworth']]);
    // a title in capitals, or a country's letters, are read as before
    assert.deepEqual(people('PM Dana Okonjo said he would resign. US Senator Ada Brill agreed.'),
      [['Dana Okonjo', 'Dana Okonjo'], ['Ada Brill', 'Ada Brill']]);
  });

  it('a full name that "said it had no plans", "would not comment" or "would appeal" is a firm where no person is shown', () => {
    assert.deepEqual(people('Harlan Dorsey said it had no plans to withdraw from the mandate.'), []);
    assert.deepEqual(people('Quill Bramwell Osterley said on Monday that it would not comment on rumours.'), []);
    assert.deepEqual(people('The lenders lost. Vance Orrin said it would appeal.'), []);
    // a person's "it", or the same words where the article shows a person of the name, are read as before
    assert.deepEqual(people('Ana Whitcombe said it was a good game.'), [['Ana Whitcombe', 'Ana Whitcombe']]);
    assert.deepEqual(people('Harlan Dorsey said it had no plans to resign. Dorsey, 58, has led the party since 2019.'),
      [['Harlan Dorsey', 'Harlan Dorsey'], ['Dorsey', 'Harlan Dorsey']]);
  });
});
