// The lines that say who wrote an opinion piece, under a column, an op-ed or a letter: "Jo Bell is a professor of
// history at Harbour University.", "He is the author of *Tides* (Kell Press, 2019).", "Her new book is “Salt”.",
// "Tom Reyes teaches law at Northvale College and lives in Portvale." They state the writer's standing, not the news,
// and an editor checks the piece, not them. (A reporter's line, "Jo Bell covers transport for the Wire", is siteChrome's.)
import { lazyPattern } from '../../text/lazyPattern';

/** Longest unit read: a biography is one or two short sentences. */
const MAX_LENGTH = 240;

/** A name of up to four capitalised words, or a pronoun: the biography's subject. */
const WRITER = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|He|She|They)`;

/** The trades of an opinion page's writers, as its biography names them. */
const TRADE = String.raw`(?:professor|lecturer|teacher|researcher|scholar|historian|economist|novelist|poet|essayist|commentator|fellow|dean|chancellor)`;
// (not "author": "the author of the Clean Rivers Act" is a lawmaker's deed; a book says the writer's, below)

/**
 * "Jo Bell is a professor of history at …", "He is an associate professor at …", "Tom Reyes teaches law at …", "She is
 * the author of three books on …", "He is the co-author of *Tides* (Kell Press, 2019)", "Her latest book is …", "Her
 * new book, *Salt*, is out in May", "… and lives in Portvale".
 */
const BIO = lazyPattern(() => new RegExp(String.raw`^(?:${WRITER} (?:is|has been) (?:also )?(?:an?|the) (?:[\p{L}-]+ ){0,4}${TRADE}s? (?:of|at|in|on|for|with|emerit(?:us|a))\b|${WRITER} (?:teaches|taught|lectures) (?:[\p{L}-]+ ){0,4}(?:at|in)\b|${WRITER} (?:is|are) (?:also )?(?:the )?(?:co-?)?authors?(?:, with [^,;]{1,40},)? of (?:(?:[\p{L}-]+ ){0,3}(?:books?|novels?|memoirs?|biograph(?:y|ies)|collections?|studies)\b|[^;\n]{0,160}\([^()]*(?:Press|Books|Publishing|Publishers|House)[^()]*\)\.?$)|(?:His|Her|Their) (?:new|latest|most recent|forthcoming|upcoming|next|first|debut) (?:book|novel|memoir|collection)(?:,| is\b))|^${WRITER} is (?:an?|the) [^.;]{3,80} (?:and|who) (?:now )?lives (?:in|near|with)\b`, 'u'));

/** A figure outside brackets: a biography gives none but a book's year beside its publisher. */
const FIGURE_OUTSIDE_BRACKETS = /\d(?![^()]*\))/;

/** Whether the unit is an opinion writer's biography (see the file's head). */
export function isAuthorBio(unit: string): boolean {
  return unit.length <= MAX_LENGTH && BIO_WORDS.test(unit) && BIO_SHAPE.test(unit) && !FIGURE_OUTSIDE_BRACKETS.test(unit) && BIO().test(unit);
}

/**
 * BIO's forms with the writer's words read as any but a space: a subject of up to four words, then its verb, or a
 * possessive. BIO's letter classes cost a process some 15 ms to compile, which it paid at the first sentence that
 * named a book or a fellow; this shape tells nearly all of them apart first.
 */
const BIO_SHAPE = /^(?:\S+(?: \S+){0,3} (?:is|has been|teaches|taught|lectures|are) |(?:His|Her|Their) )/;

/** One of these is in every biography BIO reads: most sentences are done with after this one quick test. */
const BIO_WORDS = / (?:professor|lecturer|teacher|researcher|scholar|historian|economist|novelist|poet|essayist|author|commentator|fellow|dean|chancellor|teaches|taught|lectures|book|novel|memoir|collection|lives)/;
