// The lines a page's own controls and status notes leave in pasted text: a browser notice ("IE 11 is not supported.
// For an optimal experience visit our site on another browser."), a loader ("Loading 10 comments..."), a paywall's
// offer ("Unlock this article instantly by becoming a free subscriber."), a list's label ("Top downloads in last 24
// hours", "Most read"), a pager ("Page 17 « 1 2 3 »"), a prompt to scroll ("Scroll below to read earlier updates."), a
// tracker's promotion ("Keep track of cases across the world with our interactive map."), a dashboard's update stamp
// or schedule ("Data last updated 7.5.2022.", "Updated Monday-Friday at 4:00 pm") and a video's credit ("Report by Jo
// Bell.") and a comment box's count ("Comments (0)", "Comments (0) Closed", "No comments:"). None is a claim of the story; the claim model scored them 0.51-0.86 for their figures and times. Each
// pattern reads the whole of such a line, so a sentence that tells news with the same words ("The council updated its
// figures on Monday.", "Browsers no longer supported the plug-in, the firm said.") is left to the model.

import { lazyPattern } from '../../text/lazyPattern';

/** Longest unit looked at: these lines are short. */
const MAX_LENGTH = 200;

/** The first words such a line opens with (a quick test before the patterns). */
const OPENING = /^(?:ie\b|internet explorer|(?:your|this) browser|for an? (?:optimal|best|better)|loading\b|unlock\b|top\b|most\b|page \d|scroll\b|keep track|track\b|follow\b|explore\b|(?:data|figures|numbers|dashboard|page|this page)\b|(?:last )?updated\b|report(?:ing)?(?: assistance)? by\b|video by\b|comments|no comments)/i;

/** "IE 11 is not supported.", "Your browser is no longer supported", "For an optimal experience visit our site on another browser." */
const BROWSER = lazyPattern(() => /^(?:(?:(?:ie|internet explorer) ?\d{0,2}|(?:your|this) browser)(?: version)? (?:is|are) (?:not|no longer) (?:supported|compatible)\b[^!?\n]{0,120}|for an? (?:optimal|best|better) (?:viewing |browsing )?experience,? (?:please )?(?:visit|use|view|open|try)\b[^!?\n]{0,80})[.!]?$/i);

/** "Loading 10 comments...", "Loading…", "Loading more stories". */
const LOADING = /^loading(?: \d[\d,]*)?(?: (?:more|new))?(?: (?:comments?|stories|articles|posts|results|content|videos?))?\s*(?:\.{2,3}|…)?$/i;

/** "Unlock this article instantly by becoming a free subscriber." */
const PAYWALL = lazyPattern(() => /^unlock (?:this|the|all|full|unlimited) (?:article|story|content|access)\b[^!?\n]{0,100}\b(?:subscri\w*|register\w*|sign(?:ing)? up|member\w*|log(?:ging)? in)\b[^!?\n]{0,40}[.!]?$/i);

/** "Top downloads in last 24 hours", "Most read", "Most viewed stories this week": a list's label. */
const LIST_LABEL = lazyPattern(() => /^(?:top|most) (?:downloads|downloaded|read|viewed|watched|popular|shared|emailed|commented)(?: (?:stories|articles|videos|news|posts|now))?(?: (?:in|over|from)(?: the)? (?:last|past) (?:\d{1,3} )?(?:hours?|days?|weeks?)| (?:today|this week|this month))?[.:]?$/i);
/** LIST_LABEL's two words up to the second's first letter: tested first ("Most of the tax cuts …" compiled it). */
const LIST_LABEL_OPENING = /^(?:top|most) [drvwpsec]/i;

/** "Page 17«..10..16171819..»", "Page 2 of 14": a pager. */
const PAGER = /^page \d{1,4}(?: of \d{1,4})?(?:\s*[«‹<][^\n]{0,60}|\s*)$/i;

/** "Scroll below to read previous reports …", "Scroll down for video". */
const SCROLL = /^scroll (?:down|up|below|above|further)\b[^!?\n]{0,160}[.!:]?$/i;

/** "Keep track of cases across the world with our interactive map.": a tracker's promotion. */
const TRACKER = lazyPattern(() => /^(?:[Kk]eep track of|[Tt]rack|[Ff]ollow|[Ee]xplore)\b[^!?\n]{0,120}\b(?:with|on|using|in|via) (?:our|the|this|\p{Lu}[^!?\n]{0,60}?['’]s) (?:interactive |live |latest )?(?:map|tracker|dashboard|chart|graphic|database)s?\.?$/u);

/** A day, a month or a time in an update stamp or schedule: "7.5.2022", "Monday-Friday", "at 4:00 pm", "Oct. 3". */
const STAMP_PART = String.raw`(?:\d[\d./:-]*|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tue|wed|thu|fri|sat|sun)\.?|weekdays|weekends|daily|weekly|each|every|week|day|at|on|as of|and|to|through|from|[ap]\.?m\.?|noon|midnight|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|et|pt|ct|mt|est|edt|pst|pdt|gmt|utc|bst|local time)`;
/**
 * "Data last updated 7.5.2022.", "Updated Monday-Friday at 4:00 pm", "Last updated: Oct. 3, 2021": a dashboard's or a
 * page's stamp, or its schedule (with the note a schedule carries after asterisks: "**Updates will now be on weekdays
 * only.").
 */
const UPDATE_STAMP = lazyPattern(() => new RegExp(String.raw`^(?:(?:data|figures|numbers|dashboard|(?:this )?page)(?: (?:was|were|is|are))? )?(?:last )?updated\s*:?\s*(?:${STAMP_PART}[\s,.-]*)+(?:\*+[^\n]{0,120})?$`, 'i'));

/** "Report by Jo Bell.", "Video by Sam Reyes", "Reporting assistance by videographer Ana Ruiz in Suva.": a clip's credit. */
const CLIP_CREDIT = lazyPattern(() => /^(?:[Rr]eport|[Rr]eporting(?: assistance)?|[Vv]ideo|[Ff]ootage) by (?:(?:videographer|photographer|producer|camera ?(?:man|woman|operator)) )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)?\.?$/u);
/** A comment box's count over its first line or its state: "Comments (0)⏎No comments yet.", "Comments(0)⏎Top
 *  Comments", "Comments (0) Closed"; and its empty state alone, "No comments:", "No comments yet." */
const COMMENT_COUNT = /^(?:comments ?\(\d+\)(?:[ \t]+closed|\n[^\n]{0,40})?|no comments(?: yet)?[.:!]?)$/i;
/** A live page's label before its prompt to scroll: "Launch recap: Scroll down to …". */
const SCROLL_LABEL = /^[A-Za-z]+(?: [A-Za-z]+)?: (?=[Ss]croll )/;

/** Is the unit a page control's line or status note (see the module's comment)? */
export function isPageControl(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  let text = unit.trim();
  if (text.includes(': ')) text = text.replace(SCROLL_LABEL, '');
  if (!OPENING.test(text)) return false;
  // (each pattern only where the line opens with a letter its openings can: most cost 0.3-2 ms to compile)
  const first = String.fromCharCode(text.charCodeAt(0) | 32); // an ASCII letter: OPENING matched
  const opens = (letters: string) => letters.includes(first);
  return (opens('iytf') && BROWSER().test(text)) || (first === 'l' && LOADING.test(text)) || (first === 'u' && PAYWALL().test(text))
    || (opens('tm') && LIST_LABEL_OPENING.test(text) && LIST_LABEL().test(text)) || (first === 'p' && PAGER.test(text)) || (first === 's' && SCROLL.test(text))
    || (opens('ktfe') && TRACKER().test(text)) || (opens('dfnptlu') && UPDATE_STAMP().test(text))
    || (opens('rvf') && CLIP_CREDIT().test(text)) || (opens('cn') && COMMENT_COUNT.test(text));
}
