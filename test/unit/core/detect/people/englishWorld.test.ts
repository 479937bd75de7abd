import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences in the styles of English-language news outside the United States: courts in Lagos, Dhaka and
// Karachi, councils in Brisbane, Malay and Filipino names, places of worship.
const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: English-language news outside the United States', () => {
  it('reads "Barrister", "Advocate", "Cr" and "Hon" before a name as titles, not parts of it', () => {
    assert.deepEqual(linked('The petition was filed by Barrister Imran Qadir and Advocate Nusrat Jahan on Monday.'),
      [['Imran Qadir', 'Imran Qadir'], ['Nusrat Jahan', 'Nusrat Jahan']]);
    assert.deepEqual(linked('Councillor Peta Dawson spoke first. Later Cr Dawson left the meeting.'),
      [['Peta Dawson', 'Peta Dawson'], ['Dawson', 'Peta Dawson']]);
    assert.deepEqual(linked('Hon Grant Wilmot, the minister, said the bill would pass.'), [['Grant Wilmot', 'Grant Wilmot']]);
  });

  it('links a name\'s two opening words to the full name written before them ("Ismail Sabri" of "Ismail Sabri Yaakob")', () => {
    assert.deepEqual(linked('Prime Minister Datuk Seri Kamal Rahim Yusof opened the fair. Kamal Rahim said the city must grow.'),
      [['Kamal Rahim Yusof', 'Kamal Rahim Yusof'], ['Kamal Rahim', 'Kamal Rahim Yusof']]);
    // (not a full name run into the word after it and written after the name: "Imran Khan Sit-In")
    assert.deepEqual(linked('Aamir Khan led the march. A plea sought to stop Chairman Aamir Khan Sit-In (dharna) in the capital. Aamir Khan spoke.').map(m => m[1]),
      ['Aamir Khan', 'Aamir Khan Sit-In', 'Aamir Khan']);
  });

  it('keeps initials before a given name and a surname a full name of their own ("Md. Karim Rahman")', () => {
    const text = 'The bench of Justice Md. Karim Rahman passed the order. Magistrate Shahin Rahman rejected the plea.';
    assert.deepEqual(linked(text).map(m => m[1]), ['Md. Karim Rahman', 'Shahin Rahman']);
    // (an initial before a surname alone is still that person's short form)
    assert.deepEqual(linked('Kyrylo Budanov spoke. K. Budanov said more.').map(m => m[1]), ['Kyrylo Budanov', 'Kyrylo Budanov']);
  });

  it('reads Malay and South Asian bodies and squares as no people', () => {
    assert.deepEqual(linked('The area from Dataran Kenanga to the old station will be a heritage site, Prime Minister Anwar Salleh said.'),
      [['Anwar Salleh', 'Anwar Salleh']]);
    assert.deepEqual(linked('The march was led by the Jatiya Sramik Bahini and the Keretapi Utara Berhad union.'), []);
    assert.deepEqual(linked('Police from the Counter Terrorism and Transnational Crime Unit sought the remand.'), []);
  });

  it('reads a name between "the" and a place of worship as the place', () => {
    assert.deepEqual(linked('Worshippers gathered at the Al Noor mosque and the Omar Farooq mosque on Friday.'), []);
  });

  it('reads one ordinary word after "Chief" as an office, not a name', () => {
    assert.deepEqual(linked('The council replaced its Chief Whip, Alderman Khetha Dube.'), [['Khetha Dube', 'Khetha Dube']]);
    assert.deepEqual(linked('Chief Okafor said the land was his.'), [['Okafor', 'Okafor']]);
  });

  it('keeps a nickname in curly quotes inside a name after a plural title', () => {
    assert.deepEqual(linked('The bloc includes Senators Paolo Benigno “Bam” Aquino IV and Risa Hontiveros.'),
      [['Paolo Benigno “Bam” Aquino IV', 'Paolo Benigno “Bam” Aquino IV'], ['Risa Hontiveros', 'Risa Hontiveros']]);
  });

  it('keeps capitals after a person\'s title as initials before a given name and a surname ("Justice KM Nurul Alam")', () => {
    assert.deepEqual(linked('The bench of Justice KM Nurul Alam and Justice ABM Farid Haque passed the order.').map(m => m[0]),
      ['KM Nurul Alam', 'ABM Farid Haque']);
    // (without a title, two words after capitals may be a thing's name: "the JMW Turner Prize")
    assert.deepEqual(linked('The award went to the JMW Turner Prize winner.'), []);
  });
});
