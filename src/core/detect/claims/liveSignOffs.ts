// How a live page and a newsletter frame their posts, which no editor checks: a live blog's sign-off ("That's it from
// me.", "That's all for now.", "That ends our live coverage of the storm for today, May 4.", "Our live coverage of the
// flood is concluding.", "We'll be back at 7am with the latest.", "Thanks for following our live blog"), its credit
// ("This page was edited by Jo Bell."), a comment's head ("2. riverfan99 says") and a newsletter's masthead (a date,
// then "View Online | Sign Up | Shop", under a mail template's advert tag; the line saying what the issue holds, and who
// writes it while its writer is away), and a live chat's notice of its guest ("Ana Ruiz was online Tuesday, May 4, at
// 1 p.m. ET to take your questions about the budget."). The claim model scored them 0.51–0.72 for "live", "coverage",
// a date or a time. Each pattern
// reads the whole unit, so a sign-off that goes on to report ("That's all for tonight, after a day in which the court
// cut the fine to £2m") is left alone.

/** Longest unit looked at: these lines are short. */
const MAX_LENGTH = 160;

const SIGN_OFF = /^(?:that['’]?s (?:it|all)(?: (?:for|from) (?:now|today|tonight|me|us|this (?:blog|page|evening|morning))| from (?:the )?[^,;:!?\n]{1,50}?)?(?: for (?:now|today|tonight|this (?:evening|morning|week)))?|that (?:ends|concludes|wraps up|closes) (?:our|this|today['’]s|tonight['’]s) (?:[\w-]+ ){0,3}(?:live (?:blog|coverage|updates|page)|blog|coverage)\b[^!?;:\n]{0,80}|(?:our|this|the) live (?:coverage|blog|updates|page)\b[^!?;:\n]{0,80}? (?:is (?:now )?(?:concluding|ending|closing|over|paused)|has (?:now )?(?:ended|concluded|closed)|ends here)|(?:we['’]ll|we will) be back (?:at|on|from|tomorrow|later|in the morning|with)\b[^!?;:\n]{0,100}|thanks?(?: you)? (?:(?:all |again )?for (?:following|reading|joining us|staying with us|watching)|to (?:all )?(?:our )?readers)\b[^!?;:\n]{0,80})[.!]?$/i;
/** How each sign-off opens: most units are done with after this one quick test. */
const SIGN_OFF_HINT = /^(?:that['’]?s (?:it|all)|that (?:ends|concludes|wraps|closes) |(?:our|this|the) live |we(?:['’]ll| will) be back |thanks? )/i;

/** A live page's credit: "This page was edited by Jo Bell and Ana Cruz.", "Today's live blog is being written by Jo Bell." */
const PAGE_CREDIT = /^(?:this|the|today['’]s|tonight['’]s) (?:page|live (?:blog|page|coverage)|blog) (?:was|has been|is being|is) (?:edited|compiled|written|produced|run) by [^.!?;:,\n]{1,80}[.!]?$/i;

/** A comment's head on a page that prints its readers' comments: a numbered handle and "says" ("2. riverfan99 says"). */
const COMMENT_HEAD = /^(?:\d{1,4}\.\s*)?[\w.@-]{2,30} (?:says|writes|wrote|said):?$/i;

/**
 * A newsletter's masthead: the issue's date and its links ("May 3, 2024 View Online | Sign Up | Shop"), with at most a
 * mail template's advert tag before it ("{if …} Advertisement {/if} |"). A story's headline run into it is left alone.
 */
const MASTHEAD = /^(?:[^\n]{0,200}?\badvertisement\b[^|\n]*[|\n]\s*)?(?:(?:\w+day,? )?\w{3,9}\.? \d{1,2},? \d{4} )?view (?:online|in (?:your )?browser)\s*(?:\|\s*(?:sign up|subscribe|shop(?: [\w%$ ]{1,16})?|share|forward)\s*)+$/i;

/**
 * A newsletter's own opening: the line that says what this issue holds ("In today's newsletter: …", "In this edition,
 * …"), and who writes it while its writer is away ("Rosa Prince returns on Monday.", "Jo Bell is back next week."). The
 * issue's stories are told below it, each in its own sentences.
 */
const ISSUE_OPENING = /^[*_]{0,3}in (?:today['’]s|this|this week['’]s|tonight['’]s) (?:newsletter|edition|issue|briefing)\b\s*[:,—–-]/i;
/** The words every WRITER_RETURNS holds after the name, tested first (its letter classes are dear to compile). */
const WRITER_RETURNS_WORDS = / (?:returns|is back|will be back) (?:on |tomorrow|next week)/;
const WRITER_RETURNS = /^(?!(?:He|She|It|They|We|You|The|This|That|Parliament|Congress|Court)\s)(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:returns|is back|will be back) (?:on \p{Lu}\p{Ll}+day|tomorrow|next week|on \p{Lu}\p{Ll}+)[.!]?$/u;

/**
 * A live chat's notice: who was (or will be) online, when, to take readers' questions or to talk of something. The
 * chat's transcript follows it; the notice says only that it took place.
 */
const CHAT_NOTICE = /^[^!?\n]{0,140}?\b(?:was|is|will be|are|were)\s+online\b[^!?\n]{0,80}?\bto\s+(?:(?:take|answer|field|respond to)\s+(?:your\s+|readers['’]?\s+|reader\s+)?(?:questions|comments)|talk|chat|discuss)\b[^!?\n]{0,200}$/i;
/** Longest chat notice: its guest's title and the subjects to be discussed run longer than a sign-off. */
const MAX_NOTICE = 320;

/** Does the unit only frame a live page's or a newsletter's posts (see above)? The caller makes sure it holds no quotation. */
export function isLiveSignOff(unit: string): boolean {
  if (unit.length <= MAX_NOTICE && unit.includes(' online ') && CHAT_NOTICE.test(unit)) return true;
  if (unit.length > MAX_LENGTH) return unit.includes(' | ') && unit.length < 400 && MASTHEAD.test(unit);
  const c = unit.charCodeAt(0) | 32;
  if (((c === 105 /* i */ || c === 42 /* * */ || c === 95 /* _ */) && ISSUE_OPENING.test(unit))
    || (unit.length <= 60 && WRITER_RETURNS_WORDS.test(unit) && WRITER_RETURNS.test(unit))) return true;
  return ((c === 116 /* t */ || c === 111 /* o */ || c === 119 /* w */) && ((SIGN_OFF_HINT.test(unit) && SIGN_OFF.test(unit)) || (c === 116 && PAGE_CREDIT.test(unit)))) || (unit.length <= 48 && COMMENT_HEAD.test(unit))
    || (unit.includes(' | ') && MASTHEAD.test(unit));
}
