// What a news page says to its reader about its other products, pasted with the story: a broadcast's prompt ("Tune in
// at 9 p.m. on Channel 4 to see who wins!", "Watch the cast explain the ending in the video above.", "Listen to the
// full interview."), a newsletter's blurb ("The Evening Digest delivers the day's top stories to your inbox every
// weekday.", "Catch up on the election stories of the week, curated by our politics desk", "Harbour news in your
// inbox"), a newsletter's title with its sign-up button ("The Lantern | A week of rain / Sign up now!") and a data
// service's note on how to get its full report ("For access to the full weekly report, please send your request to
// desk@… or call 1-800-…"). None is a claim of the story; the claim model scored them 0.51–0.68 for their dates, names
// and phone numbers. Each pattern reads only such a line: a sentence that reports a broadcast ("Four million viewers
// tuned in.") or a newsletter ("A newsletter from the firm said it was closing.") opens otherwise, and is left alone.
import { lazyPattern } from '../../text/lazyPattern';

/** Longest unit looked at: these prompts are short, and the test stays cheap for the long sentences of a story. */
const MAX_LENGTH = 260;

/**
 * A broadcast's prompt: "Tune in at 9 p.m. …", "Watch … in the video above", "See the moment in the clip below",
 * "Listen to the full interview", "Watch the full episode here".
 */
const BROADCAST = /^(?:tune in\b[^!?\n]{0,160}[.!]?$|(?:watch|see|hear|listen to)\b[^!?\n]{0,200}\b(?:in|on) the (?:video|clip|player|footage|audio|podcast) (?:above|below)\b[^!?\n]{0,120}[.!]?$|(?:watch|listen to|hear|read) (?:the|our|this) (?:full|entire|complete|whole|extended) (?:interview|conversation|episode|segment|report|video|broadcast|speech|podcast|discussion|exchange)\b[^!?\n]{0,80}[.!:]?$|(?:watch|listen to) (?:the|this) (?:video|clip|segment|episode|podcast|interview)\s*[.!:]?$)/i;

/**
 * A newsletter's blurb: "The Evening Digest delivers the day's top stories …" (a title, then what it brings and
 * when or where), "Catch up on … stories …", "… news in your inbox".
 */
const NEWSLETTER = /^(?:(?:the |our )?(?:[A-Z][\w'’&-]*\s){1,4}(?:newsletter\s|e-?mail\s|briefing\s)?(?:delivers|brings(?: you)?|sends(?: you)?|rounds up|gives you)\b[^!?\n]{0,140}\b(?:to your inbox|in your inbox|every (?:morning|weekday|day|evening|afternoon|night|week|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|each (?:morning|weekday|day|evening|week))\b[^!?\n]{0,60}[.!]?$|catch up on (?:[^\s.!?]+ ){0,6}(?:stories|news|headlines|coverage|episodes)\b[^!?]{0,300}$|(?:[^\s.!?]+ ){0,4}(?:news|stories|headlines|updates) (?:delivered )?(?:in|to) your inbox\.?$)/i;
/** Every newsletter blurb holds one of these: most sentences are done with after this one quick test. */
const NEWSLETTER_HINT = /inbox|every |each |catch up on/i;

/**
 * What each of NEWSLETTER's forms holds: its verb, its opening, its inbox. NEWSLETTER, long and case-blind, cost a
 * process some 10–15 ms to compile, which it paid at the first sentence that said "every" or "each".
 */
const NEWSLETTER_WORDS = /^catch up on|your inbox|delivers|brings|sends|rounds up|gives you/i;

/** A newsletter's title and teaser, then its sign-up button on a line of its own: "The Lantern | A week of rain / Sign up now!" */
const SIGN_UP_LAST_LINE = /^[^.!?\n]{1,160}\n\s*sign up(?: now| today| here| for free)?[.!]?\s*$/i;

/** A data service's note on getting its full report: "For access to … please send your request to … or call …". */
const ACCESS_REQUEST = /^for (?:access to|a (?:free )?copy of|a (?:free )?trial of|subscriptions? to|reprints? of|permission to)\b[^!?]{0,200}\b(?:please )?(?:send (?:your|a) request|e-?mail|contact|call|write to)\b[^!?]{0,120}$/i;

/** Does the unit only point the reader to the site's broadcasts, letters or reports (see above)? */
/**
 * A subscription's offer: "You get two free articles each week when you sign up to our emails.", "Be part of the
 * conversation by getting your first three months for £3.", "Join the debate for just £1 a month".
 */
const OFFER = lazyPattern(() => /^(?:you(?:['’]ll| will)? get|get|be part of|join|subscribe|sign up|unlock|start)\b[^!?\n]{0,160}?(?:\bwhen you (?:sign up|subscribe|register)\b|\b(?:your|the) first (?:[\w-]+ ){0,2}(?:months?|weeks?|issues?) for (?:just |only )?[£$€]\s?\d|\bfor (?:just |only )?[£$€]\s?\d+(?:\.\d\d)? (?:a|per) (?:month|week|year)\b)/i);

/**
 * A booking's or a download's prompt ("Make a reservation at Six Seven.", "Download Full Report and Data", a report's
 * link with its file's kind and size: "Crop Report: May 2024 No. 9 (PDF - 867 KB)") and a page's appeal for support
 * ("The Herald is trusted by 27 million readers every month."): the claim model scored them 0.53–0.88.
 */
const BOOK_OR_DOWNLOAD = /^(?:make a (?:reservation|booking)\b[^!?\n]{0,80}|[^!?\n]{0,160}\((?:pdf|word|docx?|xlsx?|excel|csv)\b[^)\n]{0,12}\b\d[\d.,]*\s?[kmg]b\)[^!?]{0,40})[.!]?$/i;
// ("Download speeds doubled" is no prompt: the imperative's object opens with an article, a capital or a quote)
const DOWNLOAD = /^[Dd]ownload (?:the |our |this |an? |full |free |["“A-Z])[^!?\n]{0,120}[.!]?$/;
/**
 * The same prompt after a link's words or an imperative: "…, click here to download the Courier News app for free.",
 * "► Get local news on your phone by downloading the free Courier app in the App Store." ("Users were robbed by
 * downloading a fake app." is news: no link, no imperative), and a follow prompt with the site's handle ("Follow
 * @courier on X and Instagram for the latest news.").
 */
const APP_PROMPT = /(?:\b(?:click|tap) here to download|^[^\p{L}\d]{0,3}(?:get|stay|keep)\b[^!?:\n]{0,100}\bby downloading) (?:the |our )[^!?\n]{0,60}\bapp\b[^!?\n]{0,60}[.!]?$/iu;
const FOLLOW_HANDLE = /^[Ff]ollow @\w{1,30} (?:on|for|at)\b[^!?\n]{0,200}[.!]?$/;
const TRUSTED_BY = /^(?:the )?(?:[A-Z][\w'’&-]*\s){1,3}is trusted by (?:more than |over |nearly |some )?[\d.,]+ (?:million |thousand )?(?:readers|people|americans|britons|australians|users|subscribers|listeners|viewers)\b/i;
/** A live page's greeting: "Welcome to the Ledger's live coverage of …", "Welcome to our live blog", "Welcome back to …
 *  live updates" (the whole unit, one clause: "…, where 300 homes were lost" goes on to report). */
const LIVE_WELCOME = /^welcome (?:back )?to\b[^!?\n,;]{0,80}\blive (?:coverage|blog|updates|reporting)\b[^!?\n,;]{0,160}$/i;

/**
 * A show's or a site's own lines to its reader: a contact line ("Email us at desk@… Watch our show on …"), a paywall's
 * meter ("You are viewing your 2 free articles this month."), a podcast directory's counts ("2.4K Followers 61 Episodes
 * Claim Ownership") and a news app's pitch ("100s of premium titles.").
 */
const OWN_LINE = /^(?:(?:e-?mail|write to|text|message) us (?:at|on)\b|you(?:['’]re| are| have|['’]ve) (?:viewing|reading|read|used) (?:your )?\d+(?: of \d+)? free (?:articles?|stories)(?: left)?(?: (?:this|per|a|each) (?:month|week))?\.?$|\d[\d.,]*[km]? (?:followers|subscribers) \d[\d.,]*[km]? (?:episodes|posts)\b|(?:\d+['’]?s|hundreds|thousands) of (?:premium |top )?(?:titles|magazines|newspapers)\.?$)/i;

/**
 * A site's call to more of its own output: "Watch more of our videos on Shots!", "Get the latest Orbit Weekly news!",
 * "Join us at 6 p.m. for live launch coverage." (a claim model scored them 0.50-0.58 for their names and times).
 */
const MORE_OF_OURS = /^(?:(?:watch|see|read|find) more (?:of )?our (?:videos|stories|news|coverage|photos|pictures)\b[^!?\n]{0,60}|get the latest\b[^!?\n]{0,60}\b(?:news|updates|headlines)|join us\b[^!?\n]{0,40}\bfor (?:our )?live (?:\w+ ){0,2}coverage\b[^!?\n]{0,60})[.!]?$/i;

export function isReaderPrompt(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  const first = unit.charCodeAt(0) | 32;
  if ((first === 101 /* e */ || first === 119 /* w */ || first === 116 /* t */ || first === 109 /* m */ || first === 121 /* y */ || first === 104 /* h */ || (first >= 48 && first <= 57)) && OWN_LINE.test(unit)) return true;
  // (each pattern after a test of its first letter or a word it needs: most sentences fail them)
  if ((first === 116 /* t */ || first === 119 /* w */ || first === 115 /* s */ || first === 104 /* h */ || first === 108 /* l */ || first === 114 /* r */) && BROADCAST.test(unit)) return true;
  if (NEWSLETTER_HINT.test(unit) && NEWSLETTER_WORDS.test(unit) && NEWSLETTER.test(unit)) return true;
  if (first === 102 /* f */ && ACCESS_REQUEST.test(unit)) return true;
  if (first === 119 /* w */ && LIVE_WELCOME.test(unit)) return true;
  if ((first === 121 /* y */ || first === 103 /* g */ || first === 98 /* b */ || first === 106 /* j */ || first === 115 /* s */ || first === 117 /* u */) && OFFER().test(unit)) return true;
  if (first === 100 /* d */ && DOWNLOAD.test(unit)) return true;
  if (unit.includes(' app') && unit.includes('download') && APP_PROMPT.test(unit)) return true;
  if (first === 102 /* f */ && unit.charCodeAt(7) === 64 /* @ */ && FOLLOW_HANDLE.test(unit)) return true;
  if ((first === 119 /* w */ || first === 103 /* g */ || first === 106 /* j */ || first === 115 /* s */ || first === 114 /* r */ || first === 102 /* f */) && MORE_OF_OURS.test(unit)) return true;
  if ((first === 109 /* m */ || unit.includes('B)')) && BOOK_OR_DOWNLOAD.test(unit)) return true;
  if (unit.includes(' trusted by ') && TRUSTED_BY.test(unit)) return true;
  return unit.includes('\n') && SIGN_UP_LAST_LINE.test(unit);
}
