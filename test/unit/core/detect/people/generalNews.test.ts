import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// A helper's audit of people on general news nobody had tuned for (issue 14): what its commonest errors teach.
// Made-up names and lines.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: an audit of general news', () => {
  it('reads a body\'s noun that is also a verb, before a person\'s possessive, as what the person does', () => {
    assert.deepEqual(names('Nora Whitcombe shares her concern about the budget.'), ['Nora Whitcombe']);
    assert.deepEqual(names('It turns out that Senator Nora Whitcombe shares his view.'), ['Nora Whitcombe']);
    // a firm's shares that move stay the firm's
    assert.deepEqual(names('Orchard shares rose 5% on Monday.'), []);
  });

  it('reads a hall or a school named in Hindi ("… Bhavan", "… Vidyalaya") as a place, not a person', () => {
    assert.deepEqual(names('The minister will inaugurate Anand Bhavan and visit Rohan Vidyalaya on Monday, officials said.'), []);
    // a person whose name merely sits beside one stays a person
    assert.deepEqual(names('Anand Mehra said the new hall would open on Monday.'), ['Anand Mehra']);
  });

  it('reads a constituency as a place, not a person', () => {
    assert.deepEqual(names('Hon. Tunde Aderibigbe, representing Okemba Constituency II, was elected Speaker on Tuesday.'),
      ['Tunde Aderibigbe']);
  });

  it('reads names listed beside a partnership of two families joined by "&" as partnerships too', () => {
    assert.deepEqual(names('The deal was built by Harwell & Stroud, Pendry Voss and Quillan Marsh.'), []);
    assert.deepEqual(names('It was advised by Harwell & Stroud LLP and Pendry Voss.'), []);
    // a list of people who open with their given names stays people's
    assert.deepEqual(names('The deal was built by Carver & Lowe, Dana Whitcombe and Lena Okafor.'), ['Dana Whitcombe', 'Lena Okafor']);
  });

  it('reads a people\'s word after a title and a given name as the surname, whatever verb follows', () => {
    assert.deepEqual(names('Prime Minister Karim Danish walks into the chamber as protesters shout.'), ['Karim Danish']);
    // before a noun, without a title, it stays the people's word
    assert.deepEqual(names('The club hired the Danish coach Ole Hald.'), ['Ole Hald']);
  });

  it('reads ", who\'s" after a name as a relative clause about a person', () => {
    assert.deepEqual(names('Tavita Lemalu, who’s about to retire from running the firm, suggested the change.'), ['Tavita Lemalu']);
    assert.deepEqual(names("Tavita Lemalu, who's been there a decade, suggested the change."), ['Tavita Lemalu']);
  });


  it('reads a singer before "& The" and a band as a person, not a firm of two families', () => {
    assert.deepEqual(names('Dana Reyes & The Tides have cancelled their tour dates.'), ['Dana Reyes']);
    assert.deepEqual(names('Dana Reyes & The Tides Cancel Tour Dates\n\nDana Reyes & The Tides have cancelled their tour dates.'),
      ['Dana Reyes', 'Dana Reyes']);
    // two families joined by "&" stay a firm
    assert.deepEqual(names('Harlan & Pike said it would cut 200 jobs.'), []);
  });


  it('reads May after what is written or said to someone as the surname of the May the article names', () => {
    assert.deepEqual(names('Theresa May spoke on Monday. In a letter to May, the doctors warned of a crisis.'), ['Theresa May', 'May']);
    // a month after "to" stays a month
    assert.deepEqual(names('The vote was postponed to May, officials said. Theresa May did not reply.'), ['Theresa May']);
  });

  it('reads a name set off after a body\'s noun and a comma as the body\'s name', () => {
    assert.deepEqual(names('A group, Tavita Lemalu Ose, has written to the assembly.'), []);
    assert.deepEqual(names('A charity, Hope Varnum, said it would help.'), []);
    // a speaker set into the sentence, or a person after a person's noun, stays a person
    assert.deepEqual(names('The group, Ana Ruiz said, has grown.'), ['Ana Ruiz']);
    assert.deepEqual(names('Her friend, Ana Ruiz, said so.'), ['Ana Ruiz']);
  });
});
