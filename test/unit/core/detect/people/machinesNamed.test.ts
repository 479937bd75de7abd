import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';
import { machineNames } from '../../../../../src/core/detect/people/machinesNamed';

// Made-up technology stories: an assistant, a chatbot or a supercomputer named with one word a person might bear.

describe('a machine the article names with a word a person might bear', () => {
  it('is no person once the article says what the word names', () => {
    const text = 'Orla is Veltrix\'s flagship AI assistant. Its name is a nod to Orla Quinn, the engineer who built '
      + 'the first prototype. Orla answered 2 million questions in its first week, and Orla\'s rivals took note.';
    assert.deepEqual(texts(text), ['Orla Quinn']);
    const machine = 'Norbridge built a supercomputer, named Barnaby in honour of its founder Hugh B. Barnaby. '
      + 'Barnaby ended the quiz with $41,200, while Dana Petrov finished second. Barnaby will play again on Friday.';
    assert.deepEqual(texts(machine), ['Hugh B. Barnaby', 'Dana Petrov']);
    assert.deepEqual(texts('Users can now talk to the chatbot Juniper on the phone. Juniper replies in seconds, '
      + 'said Mara Ellis, who leads the team.'), ['Mara Ellis']);
    assert.deepEqual(texts('Veltrix said its Juniper chatbot would be free. Juniper will reach Europe next year.'), []);
  });

  it('reads a family of models, and leaves a person an assistant or a model works for', () => {
    assert.deepEqual([...machineNames('Halden is a family of large language models made by Corvel.')], ['Halden']);
    assert.deepEqual([...machineNames('Pia, Corvel\'s voice assistant, can book tables.')], ['Pia']);
    // (an assistant who is a person, and a fashion model, are named so without a word of machines)
    assert.deepEqual([...machineNames('Maria is his assistant. Simone is a model for the brand.')], []);
    assert.deepEqual(texts('Maria Lund is his assistant. Maria said the schedule was full.'), ['Maria Lund', 'Maria']);
    // (the word inside a longer name is the person's: "Orla Quinn is a voice assistant" names no one-word machine)
    assert.deepEqual([...machineNames('The late Orla Quinn is a voice assistant\'s namesake.')], []);
  });

  it('reads every line that holds a machine\'s noun, whatever lies between', () => {
    const text = 'Pia, Corvel\'s voice assistant, can book tables.\r\nMara Ellis is a role model.\n\nAsked, Juniper\n'
      + 'Users of the chatbot Juniper replied. So did the Nova chatbot';
    assert.deepEqual([...machineNames(text)], ['Juniper', 'Pia', 'Nova']);
  });

  it('reads a capitalised "Bot" after the word, and a model\'s version number, as the machine\'s name', () => {
    assert.deepEqual(texts('Corvel said its chatbot, called “Wilbur Bot” in English, launches in May. It said Wilbur, or '
      + '“Web Interface for Language”, was trained in 2025.'), []);
    assert.deepEqual([...machineNames('Corvel said its chatbot, called “Wilbur Bot” in English, launches in May.')], ['Wilbur']);
    assert.deepEqual([...machineNames('Corvel followed the release of its Halden 3.5 Pro reasoning model.')], ['Halden']);
    // (a person with a number after the name, in no model's line, stays one)
    assert.deepEqual([...machineNames('Halden scored 3.5 points a game as a model pro.')], []);
    assert.deepEqual(texts('Halden Voss, 52, built the model. Halden 2.0, his new boat, sank.').includes('Halden Voss'), true);
  });
});
