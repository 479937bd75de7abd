// Where a page names its writer or photographer: a byline, a credit line. Only names stand there.

import { isDateline } from '../../text/datelines';
import type { WordClass } from './classify';
import { lazyPattern } from '../../text/lazyPattern';

/** A name alone on its line, or after "By": a byline names its writer. Looks a few characters either way only. */
export function isByline(text: string, start: number, end: number): boolean {
  let i = skipBlanksBack(text, start);
  if (i >= 2 && (text[i - 1] === 'y' || text[i - 1] === 'Y') && (text[i - 2] === 'b' || text[i - 2] === 'B') && i < start) {
    i = skipBlanksBack(text, i - 2);
  }
  if (i > 0 && text.charCodeAt(i - 1) !== 10) return false;
  let j = end;
  while (j < text.length && j - end < 8 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
  return j === text.length || text.charCodeAt(j) === 10;
}

/** "By Kelvin Danladi Isa", "BY ADA KELL" alone on its line: "by" opening the line, then the name to the line's end. */
export function byWriterLine(text: string, start: number, end: number): boolean {
  const i = skipBlanksBack(text, start);
  if (i < 2 || i === start || (text[i - 1] !== 'y' && text[i - 1] !== 'Y') || (text[i - 2] !== 'b' && text[i - 2] !== 'B')) return false;
  return isByline(text, start, end);
}

/** "Staff Writer", "STAFF REPORTERS": the staff word and a newsroom's trade after it, a byline's credit. */
const STAFF_CREDIT = /^[ \t]{0,3}staff[ \t]{1,2}(?:writer|reporter|photographer|correspondent)s?(?![a-z])/i;

/** Whether the words at `at` (after a name's end, blanks perhaps first) are a newsroom's credit ("Staff Writer"), which
 *  follows a writer's name, no firm's. */
export function staffCreditAt(text: string, at: number): boolean {
  return STAFF_CREDIT.test(text.slice(at, at + 32));
}

/**
 * A credit label and a colon before, on the same line: "Photo: …", "Court reporter: …", "Pictures: …". Only names are
 * credited there, so a full name of unfamiliar words after one is a person's, where it ends the credit (the line, a
 * "|" or ")" or "*" or ";" or "/" or "," after it, a full stop ending the line, or "for" and the outlet; "© Photograph: …"
 * as a copyright line writes it).
 */
const CREDIT_LABEL = lazyPattern(() => /(?:^|[.|(*_;/©]\s*)(?:[\p{L}-]+\s+)?(?:photos?|photographs?|photography|pictures?|images?|illustrations?|graphics|video|credit|text|words|reporter|reporting|writer|editor|editing|correspondent|photographer|interview(?:er)?|authors?|byline|contributing|contributors?)\s*:\s*$/iu);
/**
 * CREDIT_LABEL's label and colon in small letters, without letter classes: tried on the line lower-cased before it, as
 * its case-blind letter classes cost some 0.5 ms to compile ("ſ" is the one character its flags fold to a letter of it
 * that lower-casing leaves). CREDIT_BY_WORD is the same for CREDIT_BY.
 */
const CREDIT_LABEL_WORD = /(?:photos?|photographs?|photography|pictures?|images?|illustrations?|graphics|video|credit|text|words|reporter|reporting|writer|editor|editing|correspondent|photographer|interview(?:er)?|authors?|byline|contributing|contributors?)\s*:\s*$|ſ/;
/**
 * A slash, then a picture agency's name, ending the credit: "/Getty Images", " / AP)", "/AFP via Getty Images"; or a
 * bar between blanks, as some pages set a caption's credit ("Ezra Vann | Getty Images"); an agency named for its
 * pictures too ("/Trackside Images", " | Harbour Photos").
 */
const AGENCY_AFTER = lazyPattern(() => /^(?:[ \t]?\/[ \t]?|[ \t]\|[ \t])(?:Getty Images|AP|AFP|Reuters|EPA(?:-EFE)?|Shutterstock|Bloomberg|Xinhua|Anadolu(?: Agency)?|PA(?: Images| Wire)?|NurPhoto|Sipa(?: USA)?|Alamy|Associated Press|REX|Zuma(?: Press)?|(?:\p{Lu}[\p{L}-]*[ \t]){1,2}(?:Images|Photos|Pictures|Photography))\b(?:[ \t]+via[ \t]+Getty[ \t]+Images)?[ \t]*(?:$|\r?\n|[)|;,.])/u);

/** A credit line of a name, a slash (or a bar) and a picture agency: "Ezra Vann/Getty Images", "(Dara Quell / AP)". */
const NAME_THEN_AGENCY = lazyPattern(() => /^[ \t(]*(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}\p{Lu}[\p{L}'’-]*(?=[ \t]?\/|[ \t]\|)/u);

/** Whether a line (its text from its start) is a photographer's credit to a picture agency, which only names stand in. */
export function agencyCreditLine(line: string): boolean {
  const m = NAME_THEN_AGENCY().exec(line);
  return m !== null && AGENCY_AFTER().test(line.slice(m[0].length, m[0].length + 40));
}

/** "Ph:", the photographer's label as picture desks shorten it, after an agency's name perhaps ("(Picture: AGNC Ph: …"). */
const PH_LABEL = /(?:^|[\s(|;/])P[Hh]\s*:\s*$/;
const CREDIT_END = /^(?:\s*(?:$|\r?\n|[|)*;/,_])|\.[ \t]*(?:$|\r?\n)| for )/u;

export function creditSlot(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < 80 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const before = text.slice(lineStart, start);
  // (both end-anchored patterns, tried from every character of the line before the name, only where their colon or
  // their "by" stands in it)
  if (before.includes(':') && ((CREDIT_LABEL_WORD.test(before.toLowerCase()) && CREDIT_LABEL().test(before)) || PH_LABEL.test(before))) return CREDIT_END.test(text.slice(end, end + 6));
  // "Ezra Vann/Getty Images" under a photo, "(Dara Quell / AP)": a photographer's name, a slash and a picture agency,
  // opening the line or a bracket (the agency's name is all the label such a credit has)
  // (no read past the text's end, where V8 throws optimised code away)
  if (((end < text.length && text.charCodeAt(end) === 47 /* / */)
    || (end + 1 < text.length && (text.charCodeAt(end + 1) === 47 || text.charCodeAt(end + 1) === 124 /* | */)))
    && AGENCY_AFTER().test(text.slice(end, end + 40))
    && (before.trim() === '' || /\(\s*$/.test(before))) return true;
  // "— Beatriz Sousa Menezes, Lisbon": a letter's or a quotation's signature, a name after a dash opening its line,
  // then its town, or nothing, to the line's end
  // (and "From Musa Abdullahi Kura, Kano": a byline as West African and South Asian papers write it, alone on its line)
  if (SIGNATURE_DASH.test(before) || BYLINE_FROM.test(before)) return SIGNATURE_END().test(text.slice(end, end + 40));
  // "(Reporting by Kate Abnett and Julia Payne; Additional reporting by Gergely Szakacs in Budapest; Editing by …)":
  // a wire's credits at a story's end, each name ended by "and", "in" and its city, ";" or ")"
  // (or by a slash and the outlet: "(Photo by Anh T. Dorn/Valley News Group)")
  return BY_BLANK.test(before) && CREDIT_BY_WORD.test(before.toLowerCase()) && CREDIT_BY().test(before) && CREDIT_BY_END.test(text.slice(end, end + 6));
}

/**
 * A name whose last word is a place's ("Hereward Holland", "Ines Jordan"), after "by" ("Writing by …"), its other words
 * a given name or words no list knows: many surnames are places' names, and creditSlot then says whether a credit
 * stands there. "Photo: Nova Scotia" has no "by"; "by Visit Holland" has a word of the language.
 */
export function placeSurnameAfterBy(text: string, start: number, classes: readonly WordClass[], part: { first: number; last: number }): boolean {
  if (classes[part.last] !== 'place' || !BY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  for (let k = part.first; k < part.last; k++) if (classes[k] !== 'given' && classes[k] !== 'unknown' && classes[k] !== 'initial') return false;
  return classes[part.first] !== 'initial';
}

const BY_BEFORE = /\bby\s+$/i;

/**
 * The outlet after a photographer's name in a credit: "Photo: Daniel Ruiz / Harwick Ledger", "(Image: Jo Bell /
 * Agencia Foto)" (in "(AP Photo/Jo Bell)" the photographer comes after the slash, and the label before it).
 */
export function creditOutlet(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(skipBlanksBack(text, start) - 1) !== 47 /* / */) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 120 && LABEL_NAME_SLASH().test(text.slice(lineStart, start)) && OUTLET_END.test(text.slice(end, end + 4));
}

const LABEL_NAME_SLASH = lazyPattern(() => /(?:[Pp]hotos?|[Pp]hotographs?|[Pp]ictures?|[Ii]mages?|[Vv]ideo|[Cc]redit|PHOTO|IMAGE)\s*:\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\/\s*$/u);
const OUTLET_END = /^\s*(?:$|\r?\n|[|)*;,])/u;

const SIGNATURE_DASH = /^[ \t]*(?:[—–]|--)[ \t]*$/;
const BYLINE_FROM = /^[ \t]*[*_]{0,2}From[ \t]+$/;
const SIGNATURE_END = lazyPattern(() => /^(?:,[ \t]+\p{Lu}[\p{L}'’. -]{1,30})?[ \t]*(?:\r?\n|$)/u);
const CREDIT_BY = lazyPattern(() => /(?:^|[(;|.]\s*)(?:additional\s+)?(?:reporting|report|writing|editing|research|compiled|produced|photos?|pictures?|video|graphics|interviews?)\s+by\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?(?:(?:and|&)\s+)?$/iu);
/** "by" and a blank, as CREDIT_BY has them (in any case). */
const BY_BLANK = /by\s/i;
const CREDIT_BY_WORD = /(?:reporting|report|writing|editing|research|compiled|produced|photos?|pictures?|video|graphics|interviews?)\s+by\s|ſ/;
const CREDIT_BY_END = /^(?:\s*(?:$|\r?\n|[|);,/])| (?:and|in) )/u;

/**
 * The agency's name in a wire dateline's brackets, the whole of them: "HARLOW, England (Dale Wire) — …". Wires are
 * named after places and founders, so only where the name stands tells it from a person's.
 */
export function datelineAgency(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 40 /* ( */ || text.charCodeAt(end) !== 41 /* ) */) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  return start - lineStart <= MAX_DATELINE && isDateline(text.slice(lineStart, end + 1));
}

/** Most characters of a dateline before its agency: a place, a region and a date. */
const MAX_DATELINE = 80;

function skipBlanksBack(text: string, from: number): number {
  let i = from;
  while (i > 0 && from - i < 8 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}
