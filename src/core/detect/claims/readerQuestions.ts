// A question the page puts to its reader, standing alone: a section's head ("What does this mean for renters?", "Honours
// list: Which stars have been recognised?"), a teaser ("So who are the rebels in the north?") or an explainer's step
// ("How much is the pension going up in April?"), and a moderator's question ("What would you tell the farmers who lost
// their land?"). A question asserts nothing to check; the claim model scored such units 0.50–0.78 for their names and
// dates. Only a wh-question is read (a yes/no one, "Did the mayor sell the depot?", is how a fact-check titles the claim
// it checks). Left alone: a question in quotation marks (someone's words, which the caller keeps), one about a claim
// ("Why is the claim that crime fell wrong?"), a rhetorical one that states what it asks of ("What, do you know that the
// fund tripled?"), one that follows a statement ("Rates were held at 5% | What does this mean?") or a clause ("When the
// fund closed, who paid?"), and one with a figure other than a year.

/** Longest unit looked at: a standing question is short. */
const MAX_LENGTH = 200;

/** The question's opening, after at most a label with its colon ("Honours list: Which …"). */
const OPENS_AS_QUESTION = /^(?:(?:so|and|but) )?(?:[^:?!.|\n]{1,60}: )?(?:how|what|why|who|whom|whose|which|when|where)\b[^?!|\n,]*\?$/i;
/** A question about a claim, or a rhetorical one that states what it asks of (see above). */
const ASKS_OF_A_CLAIM = /\b(?:claim|claims|claimed|true|truth|right to|really|fact|accurate|correct|wrong to|know|knew|realize|realise|remember|hear|heard|aware)\b/i;

/** A figure other than a year: a question that holds one often states it ("Where are the mothers who are 3 times
 *  more likely to …?"). */
const FIGURE = /(?<!\d)\d{1,3}(?!\d)|\d{5}/;

/** Is the unit a question standing alone that asks about no claim (see above)? The caller makes sure it holds no quotation. */
export function isReaderQuestion(unit: string): boolean {
  return unit.length <= MAX_LENGTH && unit.charCodeAt(unit.length - 1) === 63 /* ? */ && OPENS_AS_QUESTION.test(unit) && !ASKS_OF_A_CLAIM.test(unit)
    && !FIGURE.test(unit);
}

/**
 * A reader's question in a newspaper's Q&A, which tells the asker's own case: "Q My employer doesn't offer insurance and I
 * can't afford to buy it.", "Q: I was refused a loan because …". The answer ("A …") is what the page tells; the case is
 * only what the question needs (the claim model scored such lines 0.52–0.65).
 */
const ASKERS_CASE = /^Q[.:]?\s+(?:I|I['’](?:m|ve|d)|My|We|We['’](?:re|ve)|Our)\s/;

/** Is the unit a Q&A's question telling the asker's own case (see ASKERS_CASE)? */
export function isAskersOwnCase(unit: string): boolean {
  return unit.charCodeAt(0) === 81 /* Q */ && ASKERS_CASE.test(unit);
}
