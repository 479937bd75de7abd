// What the detectors read: the article as a reader sees it, on the article's own offsets. Link targets are addresses,
// not article text: "[Dana Reyes](https://example.org/wiki/Dana_Reyes) said" names one person once and says "said"
// right after her name, and "https://news.example/2025/03/04/" holds no date the article states. Inline HTML tags,
// soft hyphens and zero-width characters are not seen at all, and a no-break space reads as a space, as pasted text
// is full of them ("Mr\u00a0Reyes").

import { matchesStartingAt } from './cuedMatches';
import { lazyPattern } from './lazyPattern';

/** What the detectors read, and where each of its characters stands in the article. */
export interface TextView {
  text: string;
  /** The article's offset of each offset of `text`; absent when `text` is the article itself. */
  sourceOffsets?: Int32Array;
}

/**
 * A Markdown link, not an image: "[text](destination)", its text without brackets or a line break; the destination
 * may hold balanced brackets, as wiki addresses do ("…/wiki/Mercury_(planet)").
 */
export const MARKDOWN_LINK = /(?<!!)\[([^[\]\n]{1,300})\]\(((?:[^()\n]|\([^()\n]*\))*)\)/g;
/** An image's destination ("![alt](destination)"), kept in place but blank: captions are found by the image. */
const IMAGE_DESTINATION = /(!\[[^\]\n]*\]\()((?:[^()\n]|\([^()\n]*\))*)\)/g;
/** A wiki page's picture, "[[Image:Dana Reyes Berlin.jpg|thumb|caption]]": its file name, blank (the caption is kept). */
const WIKI_FILE = /(\[\[(?:Image|File):)([^|\]\n]*)/gi;
/**
 * A bare web address, up to a space, a quotation mark, an angle bracket or a closing bracket it did not open
 * ("(see www.example.org)", but all of "…/wiki/Mercury_(planet)").
 */
const BARE_URL = /\b(?:https?:\/\/|www\.)(?:[^\s<>"'`()\]]|\([^\s<>"'`()\]]*\))+/gi;
/** An e-mail address ("letters@daily.example"), found from its "@": the characters of its two parts. */
const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = lazyPattern(() => /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy);
/** Punctuation that ends the sentence around an address rather than the address: "see www.example.org." */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/** Spaces of other widths, which read as one: no-break, figure, thin, narrow no-break. */
const OTHER_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters nobody sees: a soft hyphen, zero-width spaces and joiners' cousins, a byte-order mark. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
/** Whether the text holds anything the view changes. */
const CHANGED = /\]\(|:\/\/|www\.|@|\[\[(?:Image|File):|<|[\u00a0\u2000-\u200b\u202f\u205f\u3000\u00ad\u2060\ufeff]/i;
/** Markdown emphasis at a word's edge ("**Ana Ruiz**,", "_not_"): how words look, not which. */
export const EMPHASIS = /(?<![\p{L}\p{N}])[*_]{1,3}(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?'"’”)])[*_]{1,3}(?![\p{L}\p{N}])/gu;
/** EMPHASIS tried at one mark: a match starts at a mark (tried from every character, it cost 57 ms a megabyte). */
const EMPHASIS_HERE = lazyPattern(() => new RegExp(EMPHASIS.source, 'uy'));

/** Inline HTML tags that style words, and those that strike words out or mark them added. */
const STYLING_TAG_NAMES = 'a|b|strong|em|i|u|span|mark|abbr|cite|q|small|sup|sub|time|font';
const EDIT_TAG_NAMES = 's|del|ins';
const inlineTag = (names: string) => new RegExp(String.raw`<\/?(?:${names})\b[^<>\n]{0,500}>`, 'gi');
/** An inline HTML tag, which marks words up without breaking the line: "<a href=…>", "</strong>", "<del>". */
const INLINE_TAG = inlineTag(`${STYLING_TAG_NAMES}|${EDIT_TAG_NAMES}`);
/** An inline tag that only styles its words: not <s>, <del>, <ins>, which say words were struck out or added. */
export const STYLING_TAG = inlineTag(STYLING_TAG_NAMES);

/**
 * The article as the detectors read it: a Markdown link's text without its brackets and destination, no inline HTML
 * tags ("<a href=…>Dana Reyes</a>" reads "Dana Reyes") and no invisible characters, an image's, a wiki picture's file
 * name and a bare web or e-mail address's characters as spaces, other spaces as plain ones. Laws: every other character is
 * kept, in order, with no line break added or removed; `sourceOffsets[i]` is the article's offset of the view's
 * character i; an article without any of these is its own view.
 */
export function readingView(source: string): TextView {
  if (!CHANGED.test(source)) return { text: source };
  const blanked = blankEmails(source
    .replace(OTHER_SPACES, ' ')
    .replace(IMAGE_DESTINATION, (_whole: string, open: string, target: string) => `${open}${blank(target)})`)
    .replace(WIKI_FILE, (_whole: string, open: string, file: string) => `${open}${blank(file)}`)
    .replace(BARE_URL, (url: string) => {
      const tail = TRAILING_PUNCTUATION.exec(url)?.[0] ?? '';
      return blank(url.slice(0, url.length - tail.length)) + tail;
    }));
  // what the view leaves out, as [start, end) pairs in the article
  const dropped: [number, number][] = [];
  for (const link of blanked.matchAll(MARKDOWN_LINK)) {
    dropped.push([link.index, link.index + 1], [link.index + 1 + link[1].length, link.index + link[0].length]);
  }
  for (const tag of blanked.matchAll(INLINE_TAG)) dropped.push([tag.index, tag.index + tag[0].length]);
  for (const mark of blanked.matchAll(INVISIBLE)) dropped.push([mark.index, mark.index + 1]);
  return withRangesDropped(blanked, dropped);
}

/**
 * A view's text without emphasis marks at words' edges: "**Dana Reyes**, 41," reads "Dana Reyes, 41,". The people
 * detector reads it (a name's evidence is the words and punctuation around it); the claims rules read emphasis, which
 * marks captions and bylines. Laws as readingView's; offsets are `text`'s.
 */
export function withoutEmphasis(text: string): TextView {
  const dropped: [number, number][] = [];
  for (const mark of matchesStartingAt(text, /[*_]/g, EMPHASIS_HERE)) dropped.push([mark.index, mark.index + mark[0].length]);
  return withRangesDropped(text, dropped);
}

/** `source` less the [start, end) ranges in `dropped` (a range inside one already left out counts once). */
function withRangesDropped(source: string, dropped: [number, number][]): TextView {
  if (dropped.length === 0) return { text: source };
  dropped.sort((a, b) => a[0] - b[0]);
  let text = '';
  const offsets = new Int32Array(source.length); // the view is never longer than its source
  let kept = 0;
  let from = 0;
  const keep = (end: number) => {
    text += source.slice(from, end);
    for (let i = from; i < end; i++) offsets[kept++] = i;
  };
  for (const [start, end] of dropped) {
    if (start < from) continue; // inside a range already left out ("[<b>Ana</b>](…)" keeps its tags' words)
    keep(start);
    from = end;
  }
  keep(source.length);
  return { text, sourceOffsets: offsets.subarray(0, kept) };
}

/**
 * The article's offsets of a span found in the view: from its first character's to just after its last's. A whole
 * unit (`wholeLinks`: a sentence, a claim) also takes the brackets and destination of a link it opens or ends with.
 */
export function sourceSpan(view: TextView, source: string, start: number, end: number, wholeLinks = false): { start: number; end: number } {
  const at = view.sourceOffsets;
  if (!at || start >= end || start < 0 || end > at.length) return { start, end };
  let from = at[start];
  let to = at[end - 1] + 1;
  if (wholeLinks) {
    if (source[from - 1] === '[' && (start === 0 || at[start - 1] < from - 1)) from--;
    if (source.startsWith('](', to)) to = end < at.length ? at[end] : source.length;
  }
  return { start: from, end: to };
}

/**
 * The text with each e-mail address ("letters@daily.example") blanked: an address too, whose words ("daily") say
 * nothing. Found from each "@" rather than by a pattern tried at every character (108 ms a megabyte).
 */
function blankEmails(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && EMAIL_LOCAL_CHAR.test(text[start - 1])) start--;
    EMAIL_DOMAIN().lastIndex = at + 1;
    const domain = start < at ? EMAIL_DOMAIN().exec(text) : null;
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    out += text.slice(from, start) + blank(text.slice(start, end));
    from = end;
    at = end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function blank(s: string): string {
  return ' '.repeat(s.length);
}
