import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';
import { businessUnitAfter } from '../../../../../src/core/detect/people/businessUnits';
import { listedAfterFirmNoun } from '../../../../../src/core/detect/people/firmNounLists';

// Made-up sentences of deal news (firms pass): law firms, banks, consultancies, family firms and fashion labels named
// like people, told apart by what the article says of them.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: firms named like people in deal news', () => {
  it('reads "& Sons", "and Sons" and initials\' "and Co" as a family firm\'s style', () => {
    assert.deepEqual(names('The orchard was sold to Earl Dunmore & Sons in October.'), []);
    assert.deepEqual(names('In 1923 it acquired the department store B. Kellaway and Sons.'), []);
    assert.deepEqual(names('The station was sold by R. Tallis and Co this morning.'), []);
    // a band's or a side's "and Co" without initials is left to the rest of the article
    assert.deepEqual(names('Singer Orrin Vale and Co played an acoustic set.'), ['Orrin Vale']);
    // the family's people stay people
    assert.deepEqual(names('Ron Dunmore, whose father started Earl Dunmore & Sons, said he would stay.'), ['Ron Dunmore']);
  });

  it('reads names listed right after firms\' plural noun as firms', () => {
    const text = 'Strategy firms like Roland Pirelli, Quist and Mavren are in talks.';
    assert.ok(listedAfterFirmNoun(text, text.indexOf('Roland')));
    assert.ok(listedAfterFirmNoun(text, text.indexOf('Mavren')));
    // a role between the noun and the name, a possessive item or a noun of people ends the list
    const owners = 'Cattle companies such as Harrow Grazing Company and part owner Peter Quell sold stations.';
    assert.ok(!listedAfterFirmNoun(owners, owners.indexOf('Peter')));
    const chief = 'Carmakers such as Drayton and Velloria\'s Ada Crane spoke.';
    assert.ok(!listedAfterFirmNoun(chief, chief.indexOf('Ada')));
    const miners = 'Miners such as Tom Harker went on strike.';
    assert.ok(!listedAfterFirmNoun(miners, miners.indexOf('Tom')));
    assert.deepEqual(names(text), []);
    assert.deepEqual(names(owners), ['Peter Quell']);
    assert.deepEqual(names(miners), ['Tom Harker']);
  });

  it('reads a name before what a firm runs it as ("wealth management unit", "brokerage business")', () => {
    assert.ok(businessUnitAfter(' wealth management unit in recent weeks'));
    assert.ok(businessUnitAfter(' brokerage business over time.'));
    assert.ok(businessUnitAfter(' label, signals a new direction'));
    // a noun the unit's word qualifies, or a verb before it, says nothing of a firm
    assert.ok(!businessUnitAfter(' business partner Jo Lee spoke'));
    assert.ok(!businessUnitAfter(' said the unit would close'));
    assert.deepEqual(names('Brokers left Fenwick Corp\'s Darrow Lynch wealth management unit. Ten had been with Darrow Lynch for decades.'), []);
    assert.deepEqual(names('Hale said the unit would close. Hale, 52, joined in 1990.'), ['Hale', 'Hale']);
  });

  it('reads a firm\'s word of law, farming, retail or Japanese trade at a name\'s end', () => {
    assert.deepEqual(names('The buyer was advised by Quarrie Lindqvist PLLC.'), []);
    assert.deepEqual(names('Tarrow Pastoral spends $130 million on two stations. The deal, confirmed by Tarrow, closed.'), []);
    assert.deepEqual(names('It advised on its purchase of Vantor Foodstores in 2010.'), []);
    assert.deepEqual(names('Sanno Gumi, a builder of temples, and Haruki Onsen, an inn, are the oldest family firms.'), []);
  });
  it('reads a name before its managing or senior partner as the firm', () => {
    assert.deepEqual(names('Ivy Marsh managing partner Lotte Kramer said the talks had ended.'), ['Lotte Kramer']);
    assert.deepEqual(names('Ivy Marsh senior partner Lotte Kramer said the talks had ended.'), ['Lotte Kramer']);
    // the one appointed is a person
    assert.deepEqual(names('The board named Ada Quill managing partner on Monday.'), ['Ada Quill']);
  });

  it('reads a count of staff or outlets after a name\'s possessive as a firm\'s, where nothing personal is said', () => {
    assert.deepEqual(names('One day Darrow Lynch\'s 14,000-plus financial consultants could work for a bank.'), []);
    // an owner the article shows to be a person stays one
    assert.deepEqual(names('Tom Hale\'s 40 employees were told on Monday. Hale, 61, said he would retire.'), ['Tom Hale', 'Hale']);
  });

  it('reads a body named with a member\'s singular possessive after "the" as no person', () => {
    assert.deepEqual(names('Head of the Eastfold and Marram Cattleman\'s Association Ida Moss said prices rose.'), ['Ida Moss']);
    assert.deepEqual(names('Ida Moss\'s Association speech was praised.'), ['Ida Moss']);
  });
  it('reads a given name, a middle initial and a country\'s name as a person\'s full name', () => {
    assert.deepEqual(names('Frederick J. Mali said he would retire.'), ['Frederick J. Mali']);
    // initials before a country are still its short form
    assert.deepEqual(names('Talks with N. Korea stalled.'), []);
  });

  it('reads "which" set off by a dash after a name as a firm\'s, as after a comma', () => {
    assert.deepEqual(names('It has gained ground on Harlan Voss -- which has 15,160 brokers.'), []);
    assert.deepEqual(names('It has gained ground on Harlan Voss — which has 15,160 brokers.'), []);
  });

  it('reads a name joined to a firm that then ends or holds merger talks as a firm', () => {
    assert.deepEqual(names('Quarry & Company and T.R. Vantome have officially ended merger talks.'), []);
    assert.deepEqual(names('Quarry Partners and Lomax Vell agreed to merge on Monday.'), []);
    // beside a person, no firm
    assert.deepEqual(names('Ada Quill and Tom Vell said they wanted a quiet life.'), ['Ada Quill', 'Tom Vell']);
  });
  it('reads a possessive\'s "parent" firm and a firm\'s name of another time in brackets as firms\'', () => {
    assert.deepEqual(names('It sold the chain to Halvern\'s parent Halvern Rudd (now Quarry Corporation), which reopened it.'), []);
    assert.deepEqual(names('Ada Quill\'s parent company reported a loss.'), []);
    // a person's other name in brackets is no firm's
    assert.deepEqual(names('Tom Vell (now Yusuf Vell) sang on Monday.'), ['Tom Vell', 'Yusuf Vell']);
  });
});
