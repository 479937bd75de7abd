import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Issue 14's reading pass on arts, books, fashion and esports news: players' handles inside their names, staff lists
// and rosters in title case, publishers' lists of titles and authors, a magazine's dateline in capitals, and a role
// someone serves in. All names are made up.

describe('people: arts, books, fashion and esports (culture pass)', () => {
  it('a player with a handle in quotation marks is one name, the handle lower-case too', () => {
    assert.deepEqual(people('The sniper Tomas “breeze” Holmgren joined the side, and Holmgren said he was happy.'),
      [['Tomas “breeze” Holmgren', 'Tomas “breeze” Holmgren'], ['Holmgren', 'Tomas “breeze” Holmgren']]);
    assert.deepEqual(people('The winners\n- Arena Cup 2019: Dovran “monk” Sadykov - Vortex\n'), [['Dovran “monk” Sadykov', 'Dovran “monk” Sadykov']]);
    // a word in scare quotes after a surname or a title's last word is no handle
    assert.deepEqual(people('Voters in Ohio said Kessler "won" Ohio easily.'), []);
    assert.deepEqual(people('The Master of Ceremonies “Dollar” Bill Tarrant opened the night.').map(p => p[0]).includes('Ceremonies “Dollar” Bill Tarrant'), false);
  });

  it('a roster line of a name with its handle and a position is no headline', () => {
    assert.deepEqual(people('Roster\n\nKarl “Vex” Brandt – Top\nIvo “Lumen” Sarkis – Jungle\n'),
      [['Karl “Vex” Brandt', 'Karl “Vex” Brandt'], ['Ivo “Lumen” Sarkis', 'Ivo “Lumen” Sarkis']]);
  });

  it('a staff list line of a name, a comma and a job is no headline', () => {
    assert.deepEqual(people('Our picks\n\nNoor Halvey, Editorial Assistant\nI loved this novel.\n\nTed Orrin, Sales Manager – Europe\nA fine debut.\n'),
      [['Noor Halvey', 'Noor Halvey'], ['Ted Orrin', 'Ted Orrin']]);
    // a headline with a comma and no role's word after it stays a headline
    assert.deepEqual(people('Harbour Town, Gateway To The Coast\n\nVisitors came.'), []);
  });

  it('a publisher\'s list of titles and their authors after a label and a colon', () => {
    assert.deepEqual(people('Spring list\n\nMarlow & Finch: The Salt Field by Odile Varga\n\nMarlow & Finch: Gemstone by Petra Lindqvist\n'),
      [['Odile Varga', 'Odile Varga'], ['Petra Lindqvist', 'Petra Lindqvist']]);
  });

  it('a magazine\'s dateline in capitals with its state makes a place of the town everywhere', () => {
    assert.deepEqual(people('MAY HAVEN, MICH.: The Lantern Theatre has announced its season. All plays will be in downtown May Haven.'), []);
  });

  it('someone who serves as a role or assumed the role of one is a person', () => {
    assert.deepEqual(people('Ondine Vasquiel currently serves as creative director.'), [['Ondine Vasquiel', 'Ondine Vasquiel']]);
    assert.deepEqual(people('Ondine Vasquiel serves as Marlowe\'s artistic director.'), [['Ondine Vasquiel', 'Ondine Vasquiel']]);
    assert.deepEqual(people('In 2019 Ondine Vasquiel assumed the role of artistic director.'), [['Ondine Vasquiel', 'Ondine Vasquiel']]);
    // what a firm serves as is no role
    assert.deepEqual(people('Velmora Harbour serves as a hub for the region.'), []);
  });
});
