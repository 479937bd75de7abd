// Machines named like people: an AI assistant, a chatbot, a language model or a supercomputer that the article names
// with one word a person might bear ("Orla is Veltrix's voice assistant", "the supercomputer Barnaby", "the chatbot
// Juniper"). Once the article says what the word names, each mention of that word alone is the machine's, not a short
// form of a person ("Orla answered 2 million questions"); a longer name that holds it stays a person's ("Orla Quinn",
// the engineer it is named after). No list of such names: only what the article itself says of the word decides.
// One test of the whole text first (a machine's noun); the patterns then read only the lines that hold a machine's noun
// phrase (an article's "model" alone passes the first test, and the patterns' \p{Lu} cost most over a whole text).
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';
import { matchesInCuedLines } from '../../text/cuedMatches';

/** A machine's noun somewhere in the article: the cheap test before any pattern runs. */
const MACHINE_NOUN = /chatbot|supercomputer|assistant|model|\bbot\b/;

/**
 * What the word names, as a noun phrase: a chatbot or a supercomputer; an assistant or a model only with a word of
 * machines before it ("voice assistant", "AI assistant", "large language model"), not "his assistant", "model Ana".
 */
const MACHINE = String.raw`(?:AI[ \t-]+)?(?:chatbots?|supercomputers?|(?:(?:AI|voice|virtual|digital|language|LLM|generative|conversational)(?:[ \t]+[\p{Ll}-]+)?[ \t]+(?:assistants?|models?|chatbots?))|AI[ \t]+(?:system|bot))`;

/** "the chatbot Juniper", "supercomputer Barnaby", "voice assistant Orla": the noun right before the one word. */
const NOUN_BEFORE = lazyPattern(() => new RegExp(String.raw`(?<![\p{L}])${MACHINE}(?:,?[ \t]+(?:named|called|dubbed|code-?named))?[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\d-]|[ \t]+\p{Lu})`, 'gu'));

/**
 * "Orla is Veltrix's voice assistant", "Juniper is a chatbot", "Juniper, a chatbot made by …", "Orla is a family of large
 * language models": the word, "is" or a comma, and the noun within four words after a determiner or a firm's possessive.
 */
const SAID_TO_BE = lazyPattern(() => new RegExp(String.raw`(?<![\p{L}\d'’-])(?<!\p{Lu}\p{L}*[ \t]+)(\p{Lu}\p{Ll}{2,})(?:[ \t]+(?:is|was|remains)|,)[ \t]+(?:a|an|the|its|\p{Lu}[\p{L}]*['’]s)(?:[ \t]+(?:series|family|line|set)[ \t]+of)?(?:[ \t]+[\p{L}-]+){0,4}?[ \t]+${MACHINE}(?![\p{L}])`, 'gu'));

/**
 * A superset of MACHINE, a capitalised "Bot" and a version number before "model", without the `u` flag, cheap to compile
 * and run. Every match of the four patterns holds a match of one of them and lies within one line (their spaces are
 * [ \t]; no look-behind reads past a line break), so only the lines where this matches are searched.
 */
const MACHINE_NEAR = /chatbot|supercomputer|(?:AI|voice|virtual|digital|language|LLM|generative|conversational)[ \t]+(?:\S+[ \t]+)?(?:assistant|model)|AI[ \t]+(?:system|bot)|[a-z][ \t]+Bot\b|\d\.\d+[ \t][^\n]{0,40}model/g;

/** A line's whole text (a line holds no line feed). */
const WHOLE_LINE = /[^\n]+/g;

/**
 * "the Juniper chatbot", "Veltrix's Orla assistant", "a chatbot called “Juniper Bot”": the word right before a chatbot's
 * or a supercomputer's noun, or before "Bot" capitalised as the second word of its own name.
 */
const NOUN_AFTER = lazyPattern(() => new RegExp(String.raw`(?<![\p{L}\d'’-])(?<!\p{Lu}\p{L}*[ \t]+)(\p{Lu}\p{Ll}{2,})[ \t]+(?:AI[ \t]+)?(?:chatbot|supercomputer|voice[ \t]+assistant|AI[ \t]+assistant|Bot)(?![\p{L}])`, 'gu'));

/**
 * "the release of its Juniper 3.5 Pro reasoning model": the word before a version number (figures with a point) and
 * up to a capitalised word and a word in lower case before "model": a model's release, never a person's name.
 */
const VERSION_AFTER = lazyPattern(() => new RegExp(String.raw`(?<![\p{L}\d'’-])(?<!\p{Lu}\p{L}*[ \t]+)(\p{Lu}\p{Ll}{2,})[ \t]+\d{1,2}(?:\.\d{1,2})+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:[ \t]+[\p{Ll}-]+)?[ \t]+models?(?![\p{L}])`, 'gu'));

/** The words the article says name a machine. */
export function machineNames(text: string): Set<string> {
  const names = new Set<string>();
  if (!MACHINE_NOUN.test(text)) return names;
  // (the cued lines found once, for the three patterns)
  const lines = Array.from(matchesInCuedLines(text, MACHINE_NEAR, WHOLE_LINE), line => line[0]);
  if (lines.length === 0) return names;
  for (const pattern of [NOUN_BEFORE(), SAID_TO_BE(), NOUN_AFTER(), VERSION_AFTER()]) {
    for (const line of lines) for (const m of line.matchAll(pattern)) names.add(m[1]);
  }
  return names;
}

/** The mentions without those of one word the article says names a machine. */
export function withoutMachinesNamed(text: string, mentions: PersonMention[]): PersonMention[] {
  if (mentions.length === 0) return mentions;
  const names = machineNames(text);
  if (names.size === 0) return mentions;
  return mentions.filter(m => !names.has(m.text.replace(/['’]s?$/, '')));
}
