import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';
import { andCoAfter, makerOfMedicineBefore, medicineAfterPossessive } from '../../../../../src/core/detect/people/drugMakers';

// Made-up sentences of health news (health pass): a drugmaker named like a person, told by what it makes.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: a drugmaker named like a person', () => {
  it('reads a medicine after a name\'s possessive, a few describing words between', () => {
    const text = 'Advisers backed Harlan Voss\'s experimental kidney drug.';
    assert.ok(medicineAfterPossessive(text, text.indexOf(' experimental')));
    assert.ok(medicineAfterPossessive('Orla Penn\'s Parkinson\'s drug, tested on 300 people,', 'Orla Penn\'s'.length));
    assert.ok(medicineAfterPossessive('Orla Penn\'s updated COVID-19 vaccine for children', 'Orla Penn\'s'.length));
    // a noun the medicine's word qualifies is a politician's plan as often as a firm's product
    assert.ok(!medicineAfterPossessive('Abel Corrigan\'s drug pricing plan failed.', 'Abel Corrigan\'s'.length));
    assert.ok(!medicineAfterPossessive('Abel Corrigan\'s vaccine mandate was struck down.', 'Abel Corrigan\'s'.length));
    // nor a clause with a verb before the noun ("his team developed a drug")
    assert.ok(!medicineAfterPossessive('Abel Corrigan\'s team developed a drug for gout.', 'Abel Corrigan\'s'.length));
  });

  it('reads a maker after "a vaccine from" or "the drug developed by", and "and Co\'s" before its medicine', () => {
    const text = 'Regulators approved a vaccine from Marta Quell for older adults.';
    assert.ok(makerOfMedicineBefore(text, text.indexOf('Marta')));
    assert.ok(!makerOfMedicineBefore('Regulators heard from Marta Quell.', 'Regulators heard from '.length));
    assert.ok(andCoAfter('Orrin Dale and Co’s drug for gout was approved.', 'Orrin Dale'.length));
    // a band's or a side's "and Co." is no firm's
    assert.ok(!andCoAfter('Orrin and Co. decided to play an acoustic set.', 'Orrin'.length));
    assert.ok(!andCoAfter('Tallis and Co\'s hopes faded in the second half.', 'Tallis'.length));
  });

  it('makes a firm of such a name where nothing personal is said of it', () => {
    assert.deepEqual(names('Advisers backed Harlan Voss\'s experimental kidney drug on Monday.'), []);
    assert.deepEqual(names('Regulators approved a vaccine from Marta Quell for older adults.'), []);
    assert.deepEqual(names('Regulators approved Orrin Dale and Co’s drug for early dementia.'), []);
    // an inventor the article shows to be a person stays one
    assert.deepEqual(names('Advisers recalled Harlan Voss\'s polio vaccine. Voss, who died in 1995, never patented it.'),
      ['Harlan Voss', 'Voss']);
    assert.deepEqual(names('Senator Abel Corrigan\'s drug pricing plan failed.'), ['Abel Corrigan']);
  });

  it('reads a name ending in "Medicine" as an institution', () => {
    assert.deepEqual(names('Researchers at Kenton Vale Medicine said the trial was small, said Dr. Ana Pryce.'), ['Ana Pryce']);
  });
});
