import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// War and diplomacy reports: armed groups named with Arabic words for "front", "army", "movement", towns named with
// Hebrew and Arabic words for "house", "spring", "village", regions of the compass before a town, a briefing's title
// that joins its date to the spokesman's name by a hyphen. Made-up sentences and names.

describe('war reports: groups, towns and briefing titles', () => {
  it('an armed group named with an Arabic word for front, army or movement is no person', () => {
    const text = 'Fighters from Harakat al-Fajr and Jaish al-Nour attacked the town, a spokesman, Omar Haddad, said. '
      + 'Jabhat al-Wadi was dissolved in 2019.';
    assert.deepEqual(texts(text), ['Omar Haddad']);
  });

  it('"Islamic" in a name makes a body of it: "the Palestinian Islamic Jihad (PIJ)"', () => {
    assert.deepEqual(texts('Hamas and the Palestinian Islamic Jihad (PIJ) replied, the envoy Lina Sabri said.'), ['Lina Sabri']);
  });

  it('a kibbutz, a moshav, a "Kiryat" or a "Ramat" is a place', () => {
    const text = 'Gunmen entered Kibbutz Nahal Oren and Kibbutz Tzur Dana, Capt. Yael Shani said. Sirens sounded in '
      + 'Kiryat Omer and Ramat Elon.';
    assert.deepEqual(texts(text), ['Yael Shani']);
  });

  it('a name opened by "Beit", "Ein" or "Deir" is a town, while "Beit" inside a soldier\'s name stays his', () => {
    const text = 'Rockets fell on Beit Lavi and Ein Harod. Shelling hit Deir Salem overnight. Sergeant Noam Beit Halevi was '
      + 'wounded.';
    assert.deepEqual(texts(text), ['Noam Beit Halevi']);
  });

  it('a name after "eastern", "southern" or "north-western" in lower case is a place, in every mention', () => {
    const text = 'Troops pushed into eastern Kafr Dunis on Monday. Kafr Dunis was shelled again, Maj. Ari Lavon said. '
      + 'Fighting went on in north-western Tal Roumi.';
    assert.deepEqual(texts(text), ['Ari Lavon']);
    // (a region written with its capital opens a name of its own, which this does not read)
    assert.deepEqual(texts('Eastern Dunis Farms said Ana Ruiz would lead it.'), ['Ana Ruiz']);
  });

  it('a month and day joined to a name by a hyphen are the date, not a second surname', () => {
    assert.deepEqual(texts('Briefing by Army Spokesperson Col. Dana Orr-May 26, 2024\n\nGood evening.'), ['Dana Orr']);
    assert.deepEqual(texts('Statement by Gen. Ilan Peretz-Oct. 3, 2023'), ['Ilan Peretz']);
    // (a double surname that is also a month stays whole)
    assert.deepEqual(texts('Dr. Ruth Carden-May said the clinic would open.'), ['Ruth Carden-May']);
  });

  it('a diplomat after "Ambassador to Türkiye" is named without the country', () => {
    assert.deepEqual(texts('The delegation included Ambassador to Türkiye Sam Corley and his deputy.'), ['Sam Corley']);
  });
  it('a title-case headline that carries "U.S." or "U.N." is still a headline: its capitals name no one', () => {
    const text = 'U.S. Troops Push Into the Valley; One Marine Killed\n\nU.N. Envoys Stage Border Assault Talks\n\n'
      + 'A Marine died on Thursday, Gen. Lara Voss said.';
    assert.deepEqual(texts(text), ['Lara Voss']);
    // (a credit line's "/U.S. Navy" after a photographer's name leaves the photographer's name a person's)
    assert.deepEqual(texts('(Tom Arden/U.S. Navy via AP)\n\nThe ship docked.'), ['Tom Arden']);
  });
  it('an Italian surname in "-ese" after a given name is a surname, not a people\'s word ("Danese" is not "Danish")', () => {
    assert.deepEqual(texts('The ambassador Marco Danese expressed concern.'), ['Marco Danese']);
    // (a people's word after "-ish" still is one: "the Danish envoy")
    assert.deepEqual(texts('The Danish envoy Lars Holm spoke first.'), ['Lars Holm']);
  });
});
