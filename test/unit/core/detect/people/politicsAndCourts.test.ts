import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Parliaments and parties, armed forces, churches and courts: each rule with sentences it must read and sentences it
// must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: politics, the forces, churches and courts', () => {
  it('an office written as a compound of titles is a title before the name, not part of it', () => {
    assert.deepEqual(people('Governor-General Tess Harland will swear in the new ministers on Monday.'), [['Tess Harland', 'Tess Harland']]);
    assert.deepEqual(people('Shadow Attorney-General Ewan Drummore said the opposition backed both judges.'),
      [['Ewan Drummore', 'Ewan Drummore']]);
    assert.deepEqual(people('Vice-Chancellor Ruth Okoli opened the library.'), [['Ruth Okoli', 'Ruth Okoli']]);
    // a double-barrelled surname of two titles' words that are surnames too stays a name
    assert.deepEqual(people('Professor Ada Baron-Cohen said the study was small.'), [['Ada Baron-Cohen', 'Ada Baron-Cohen']]);
  });

  it('a title and an ordinary word after "the" name a body or an office, no person', () => {
    assert.deepEqual(people('Brigadier Ola Brandvik became Chief of the General Staff in June.'), [['Ola Brandvik', 'Ola Brandvik']]);
    assert.deepEqual(people('The General Staff said the drill had gone well.'), []);
    // a title before a surname that is a word, with no "the", stays a person
    assert.deepEqual(people('She met General Rose at the base.'), [['Rose', 'Rose']]);
  });

  it('a name set off by commas after an office held of a place is the office holder', () => {
    assert.deepEqual(people('The Bishop of Wexcombe, Tobin Frost, joined worshippers for Friday prayers.'), [['Tobin Frost', 'Tobin Frost']]);
    assert.deepEqual(people('Rabbi Mira Salt and the Dean of Harwick, Osric Lamb, led a vigil.'),
      [['Mira Salt', 'Mira Salt'], ['Osric Lamb', 'Osric Lamb']]);
    // an office firms hold too names no person
    assert.deepEqual(people('The owner of Harwick, Kestrel Dynamics, said it would sell.'), []);
  });

  it('ships: more navies\' prefixes, a ship called by its last word after "the", a class named after a ship', () => {
    assert.deepEqual(people('The frigate HNoMS Halvard Brenning joined the group.'), []);
    assert.deepEqual(people('Polish frigate ORP Tadeusz Wolny arrived on Monday.'), []);
    assert.deepEqual(people('USS Amos Tarrant is in the region. The Tarrant left San Diego in July. Amos Tarrant, a senator, died in 1961.'),
      [['Amos Tarrant', 'Amos Tarrant']]);
    assert.deepEqual(people('The Brennock class, named after Vice Admiral Sir Hugh Brennock, will be retired.'),
      [['Hugh Brennock', 'Hugh Brennock']]);
    // the surname alone with no "the" is still the person
    assert.deepEqual(people('USS Amos Tarrant is in the region. Amos Tarrant, a senator, died in 1961. Tarrant was 80.'),
      [['Amos Tarrant', 'Amos Tarrant'], ['Tarrant', 'Amos Tarrant']]);
  });

  it('a cabinet listed line by line, a label and a name or a bullet, a name and its brief, lists people', () => {
    assert.deepEqual(people('Here is the list:\n\nInterior: Kibet Orengo\nTreasury: John Wekesa\nForeign Affairs: Musoga Ndirangu\n'
      + 'Education: Julia Ombati\nEnergy: Odhiambo Tuyara\n').map(p => p[0]),
    ['Kibet Orengo', 'John Wekesa', 'Musoga Ndirangu', 'Julia Ombati', 'Odhiambo Tuyara']);
    assert.deepEqual(people('The full list:\n\n- Ravindra Goyalkar – Road Transport and Highways\n- Piyush Sethuram – Commerce and Industry\n'
      + '- Dharmesh Pradhanka – Education\n').map(p => p[0]), ['Ravindra Goyalkar', 'Piyush Sethuram', 'Dharmesh Pradhanka']);
    // a label that names a work or a firm lists no person; a headline with a label stays a headline
    assert.deepEqual(people('Results:\n\nBest Film: Tarvo Lumen\nBest Actor: Tom Hale\nBest Actress: Ana Ruiz\n').map(p => p[0]),
      ['Tom Hale', 'Ana Ruiz']);
    assert.deepEqual(people('Analysis: Kremlin Eyes Grain Deal\n\nMOSCOW - The Kremlin said on Monday that talks would go on.'), []);
  });

  it('a base or a place named after a person ("Camp", "Fort", "Port" before the name) is no mention of the person', () => {
    assert.deepEqual(people('The case is the third at Camp Harrower this year. The base is named after Lt. Gen. Amos Harrower.'),
      [['Amos Harrower', 'Amos Harrower']]);
    assert.deepEqual(people('CAMP HARROWER, N.C. — A captain testified. The base is named after Lt. Gen. Amos Harrower.'),
      [['Amos Harrower', 'Amos Harrower']]);
    // the surname alone elsewhere is still the person; a camp in lower case opens no place's name
    assert.deepEqual(people('Troops at Fort Tolland were told. The fort honours Gen. Ezra Tolland, who died in 1876. Tolland was 59.'),
      [['Ezra Tolland', 'Ezra Tolland'], ['Tolland', 'Ezra Tolland']]);
    assert.deepEqual(people('The summer camp Maria Lopez ran has closed.'), [['Maria Lopez', 'Maria Lopez']]);
  });
});

