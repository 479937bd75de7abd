// A body's word written alone after the body's other words: "the County Sheriff's Department, who is leading the
// inquiry", "before the Secretary of State notified him". The word ("Department", "State") may be a surname elsewhere
// ("Ford said he"), but after a capitalised word's possessive or a capitalised word and "of" it ends the name of an
// office or a body, and the "who" or "him" after it is the person's the sentence is about, not its own.
import { lazyPattern } from '../../text/lazyPattern';

/** "Sheriff's ", "Children's ", "Secretary of ", "Court of ": a capitalised word's possessive, or one and "of". */
const BODY_BEFORE = lazyPattern(() => /\p{Lu}\p{L}*(?:['’]s|[ \t]of)[ \t]$/u);

/** Whether the word at `start` ends a body's or an office's name that its words before it open. */
export function bodysWordAt(text: string, start: number): boolean {
  // (the blank before the word and a letter two before it first: most words alone have no "'s" or "of" before them)
  const c = text.charCodeAt(start - 2);
  return (c === 115 /* s */ || c === 102 /* f */) && BODY_BEFORE().test(text.slice(Math.max(0, start - 32), start));
}
