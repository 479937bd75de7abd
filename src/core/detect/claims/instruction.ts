// An instruction or a piece of advice in the imperative: "Call 112 if you smell gas.", "Keep pets indoors until the
// smoke clears.", "Test every suspected case.", "Ask about recent travel." It tells the reader what to do and states no
// fact to check; the model, which learnt from debates, scored such lines 0.52-0.86 for their figures (a phone number, a
// threshold) and their medical or official words. A line that goes on to say something checkable is left alone: a
// "that" clause ("Remember that prices rose 9 percent"), a quotation, or a finite verb of its own outside an "if",
// "until" or "when" clause ("Report cards show a rise", where "Report" is a noun).

/** Longest unit looked at: instructions are short, and the test stays cheap for the long sentences of a story. */
const MAX_LENGTH = 260;

/** Verbs that open instructions and advice (public-health notices, safety warnings, how-to lines, site prompts). */
const INSTRUCTION_VERB = /^(?:please\s+)?(?:call|dial|text|test|suspect|keep|report|advise|implement|ask|check|avoid|wash|stay|seek|contact|visit|isolate|wear|monitor|evacuate|boil|shelter|notify|refer|collect|administer|vaccinate|ensure|make sure|be sure|do not|don['’]t|remain|limit|store|discard|bring|turn off|close|lock|consult|review|consider|learn|find out|see|read|watch|look|try|remember|let)\s/i;

/**
 * The word after the verb that shows it is a verb, not a noun ("Test the water", not "Test results"): an article, a
 * pronoun, a preposition or adverb, a figure ("Call 911").
 */
const VERB_READING = /^(?:the|a|an|all|any|every|each|your|their|his|her|its|our|them|him|it|this|these|those|yourself|yourselves|everyone|anyone|someone|patients|children|pets|residents|people|visitors|staff|users|readers|drivers|about|at|for|in|into|on|out|up|away|off|with|to|from|indoors|inside|outside|home|immediately|only|no|more|\d[\d\s-]*)$/i;

/** Verbs that point the reader at a fact rather than tell them what to do. */
const ATTENTION = /^(?:please\s+)?(?:look|see|remember|consider|check|watch|read|learn|find out|review|let|try)\s/i;

/** Words that make a clause of their own: the instruction's condition or time, not a statement. */
const CLAUSE_OPENER = /^(?:if|until|unless|when|whenever|before|after|while|where|once)$/i;
/** Finite verbs that would make a statement of the line ("Test results are due", "Report cards showed …"). */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|says|said|shows?|showed|found|finds|fell|rose|grew|went|came|got|made|took|gave|lost|won|paid|spent|became|began|saw|told|knew|led|sold|bought|built|brought|sent|stood)$/i;
/** An "-ed" word after these is an adjective ("with suspected measles", "all infected people"), not a past tense. */
const BEFORE_ADJECTIVE = /^(?:the|a|an|all|any|every|each|no|for|with|of|in|on|to|and|or|their|your|his|her|its|these|those)$/i;
const ED = /^[a-z]{3,}ed$/;
/** A preposition after an "-ed" word that makes it a passive's participle: "arrested in", "found near". */
const PASSIVE_AFTER = /^(?:in|at|on|by|for|near|after|over|during|from|between)$/i;

/** Does the unit only tell the reader what to do? The caller makes sure it holds no quotation. */
export function isInstruction(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  const verb = INSTRUCTION_VERB.exec(unit);
  if (!verb) return false;
  // (a "that" clause says what the reader should believe: the claim the line carries; a figure after a colon or a
  // verb of attention is the fact the line points at: "Look at the record: jobs up 9 percent")
  if (/\bthat\b/i.test(unit) || (/\d/.test(unit) && (ATTENTION.test(verb[0]) || /[:—–]\s*\S[^]*\d/.test(unit)))) return false;
  const words = unit.slice(verb[0].length).split(/[\s,;:()]+/).filter(w => w.length > 0);
  if (!words.length) return false;
  // (a headline's passive after its subject is no instruction: "Suspect arrested in shooting of officer")
  const verbShown = VERB_READING.test(words[0]) || (ED.test(words[0].toLowerCase()) && !(words.length > 1 && PASSIVE_AFTER.test(words[1]) && !/[.!?]["'”’]?$/.test(unit.trimEnd())));
  let previous = words[0].toLowerCase();
  for (let i = 1; i < words.length; i++) {
    const word = words[i].toLowerCase().replace(/[.!?»>]+$/, '');
    if (CLAUSE_OPENER.test(word)) break;
    if (FINITE.test(word) || (ED.test(word) && !BEFORE_ADJECTIVE.test(previous))) return false;
    previous = word;
  }
  // no finite verb of its own, and the word after the first shows the first is a verb
  return verbShown;
}
