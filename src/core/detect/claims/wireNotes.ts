import { lazyPattern } from '../../text/lazyPattern';
// The lines a news agency's copy carries round its story, pasted with it by the sites that run the wire: the credit
// with the rate a figure was converted at before it ("$1 = 0.77 euros Reporting by Jo Bell; editing by Ana Ruiz"),
// a correction's note ("(This story corrects the figure in the second paragraph)"), a desk's byline with its agency
// ("Wire staff / AFP (jb)"), a pointer to more stories ("(More stock market stories.)", "Next: Senate passes bill …"),
// an archive's age note ("This article is more than 11 years old."), and a results service's table rows
// ("Halftime: 1-0;Attendance: 48,682"), a desk's note of what a version changed ("(Updates with comment …)"), a syndicating site's note of the source ("(With inputs from agencies.)") and a
// chain's placeholder for an advertisement that did not load. None is a claim of the story; the claim model scored them 0.54–0.78 for their
// names and figures. Each pattern reads only such a line: a sentence of the story is longer, or says something else.

/** Longest unit looked at: these notes are short. */
const MAX_LENGTH = 240;

/** A wire's credit closing the unit: "Reporting by Jo Bell in Lagos; Editing by Ana Ruiz)", "(Writing by …; editing by …)". */
const CREDIT_AT_END = /(?:^|[\s(])(?:(?:additional )?reporting|report|writing|compiled|reported) by \p{Lu}[^()\n]{1,120}?;\s*(?:editing|edited) by \p{Lu}[^()\n]{1,80}?\)?\s*$/iu;

/** What may stand before such a credit in the same unit: a conversion note, a correction's note, or nothing. */
const BEFORE_CREDIT = /^(?:\(?(?:US|C|A|NZ)?[$€£¥]\s?1 = [^()\n]{1,40}\)?\s*|[^()\n]{0,140}\b(?:paragraph|paragraphs|headline|dateline|spelling)\)\s*|\(?this (?:story|version|article) (?:corrects|refiles|updates|adds|removes|fixes)\b[^()\n]{0,140}\)?\s*|)$/iu;

/** A desk's byline with the agency it drew on: "Wire staff / AFP (jb)October 9, 2005", "DW staff / Reuters". */
const AGENCY_BYLINE = lazyPattern(() => /^\p{Lu}[\p{L}.&]{0,12}(?: \p{Lu}[\p{L}.&]{0,12})? staff\s*(?:\/|with|and)\s*\p{Lu}[\p{L}-]{1,20}(?:\s*\/\s*\p{Lu}[\p{L}-]{1,20})?(?:\s*\([\p{L}/]{1,20}\))?\s*[\p{L}\d ,.:]{0,24}$/u);
/** What AGENCY_BYLINE holds beside its letter classes (2 ms to compile): "staff /", "staff with", "staff and". */
const AGENCY_STAFF = / staff\s*(?:\/|with|and)/u;

/** "(More stock market stories.)", "(Related coverage.)": a pointer to the site's other stories, broken over lines or not. */
const MORE_STORIES = /^\((?:more|related|further|other)\s[\p{L}\s-]{0,40}?(?:stories|news|coverage|articles|reports)\.?\)$/iu;

/** "Next: Senate passes bill …", "Up next: …", "Previous story: …": the site's link to another story. */
const NEXT_STORY = /^(?:[Nn]ext|[Uu]p next|[Pp]revious|[Pp]revious story|[Nn]ext story)\s*:\s*\p{Lu}/u;

/** "This article is more than 11 years old.": an archive's note on a story's age. */
const AGE_NOTE = /^this (?:article|story|page|post|content) is (?:more than |over )?(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old\.?$/i;

/** A results service's table row: "Halftime: 1-0;Attendance: 48,682", "Attendance: 31,891 Referee: Mike Jones". */
const RESULT_ROW = /^(?:half-?time|attendance|referee|venue|crowd)\s*:\s*[\d,-]{1,9}(?:\s*[;,]?\s*(?:attendance|referee|venue|crowd|half-?time)\s*:\s*[\p{L}\d ,.'’-]{1,40})*$/iu;

/** A syndicating site's note that it ran the wire's story as it came: "(This story has not been edited by … staff …)". */
const NOT_EDITED_NOTE = /^\(?this (?:story|article|report|content) (?:has not been|was not|is not) edited by\b[^()\n]{0,160}\)?$/i;

/** The agency's note on who funds a desk: "The Associated Press Health and Science Department receives support from …",
 *  "AP's climate coverage receives financial support from …" (its next sentence, "The AP is solely responsible for all
 *  content.", the model already passes over). */
const FUNDING_NOTE = /^(?:The )?(?:Associated Press|AP)\b[^.\n]{0,80} receives (?:financial )?support from /;
/** A syndicating site's notes on where the story came from: "(With inputs from agencies.)", "-- This report by The
 *  Canadian Press was first published in French on Sept. 27, 2022.", "This article was published in Polish on …". */
const SOURCE_NOTE = /^(?:\(?with (?:additional )?inputs? from [^()\n]{2,60}\)?\.?\)?|(?:[-–—]{1,2}\s*)?this (?:report|story|article)\b[^\n]{0,60}? was (?:first |originally )?published (?:in|on|by)\b[^\n]{0,80})$/i;
/** The desk's note of what a new version of the story changed: "(Updates with comment from the bank in third
 *  paragraph.)", "(Adds details, byline)", "(Recasts with minister's remarks)". */
const VERSION_NOTE = /^\((?:updates|adds|recasts|refiles)\b[^()\n]{2,140}\)$/i;
/** A newspaper chain's placeholder where an advertisement failed to load: "This advertisement has not loaded yet, …". */
const AD_PLACEHOLDER = /^(?:advertisement\s+)?(?:story continues below\s+)?this advertisement has not loaded yet\b/i;

/**
 * The fixed words that open CREDIT_AT_END's editor, MORE_STORIES and RESULT_ROW, under a flag that folds only ASCII
 * letters (none of theirs is an "s" or a "k", the letters the Unicode flag folds other characters to): tried first, as
 * each pattern's case-blind letter classes cost some 0.3 ms to compile.
 */
const EDITOR_BY = /edit(?:ing|ed) by /i;
const MORE_OPENING = /^\((?:more|related|further|other)\s/i;
const ROW_OPENING = /^(?:half-?time|attendance|referee|venue|crowd)\s*:/i;

/** Does the unit only carry the wire's notes round the story (credit, correction, agency byline, pointer, table row)? */
export function isWireNote(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  // Each pattern is tried only where a character or word every match holds stands (the credit's semicolon, the desk's
  // " staff", the pointer's bracket, the link's and the table row's colon, the age note's "t"): most units have none,
  // and a pattern never tried is never compiled (the letter classes cost up to 2 ms to compile, paid by a process at
  // its first unit).
  const credit = unit.includes(';') && EDITOR_BY.test(unit) ? CREDIT_AT_END.exec(unit) : null;
  if (credit && BEFORE_CREDIT.test(unit.slice(0, credit.index).trimEnd())) return true;
  // ("(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)")
  if ((unit.charCodeAt(0) === 40 /* ( */ || (unit.charCodeAt(0) | 32) === 116 /* t */) && NOT_EDITED_NOTE.test(unit)) return true;
  if (unit.includes(' receives ') && FUNDING_NOTE.test(unit)) return true;
  const first = unit.charCodeAt(0) | 32;
  if ((first === 119 /* w */ || first === 40 /* ( */ || first === 45 /* - */ || first === 116 /* t */ || unit.charCodeAt(0) > 127)
    && SOURCE_NOTE.test(unit)) return true;
  if ((first === 116 || first === 97 /* a */) && AD_PLACEHOLDER.test(unit)) return true;
  if (unit.charCodeAt(0) === 40 /* ( */ && VERSION_NOTE.test(unit)) return true;
  if (unit.length > 100) return false;
  const colon = unit.includes(':');
  return (unit.includes(' staff') && AGENCY_STAFF.test(unit) && AGENCY_BYLINE().test(unit)) || (unit.charCodeAt(0) === 40 /* ( */ && MORE_OPENING.test(unit) && MORE_STORIES.test(unit))
    || (colon && NEXT_STORY.test(unit)) || ((unit.charCodeAt(0) | 32) === 116 /* t */ && AGE_NOTE.test(unit)) || (colon && ROW_OPENING.test(unit) && RESULT_ROW.test(unit));
}
