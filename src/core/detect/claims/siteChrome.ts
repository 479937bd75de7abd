// The controls and standing lines a news site puts round its stories, pasted with them from the web: a breadcrumb
// ("Home » News » Council approves budget"), a link's prompt ("… by clicking here.", "Read more here."), a video's link
// with its running time ("Flood waters rise in the valley 02:13"), a comment
// section's header and its posts' signatures ("One thought on “…”", "Posted by jo_b | Report as abusive"), a live
// page's note on its clock ("The latest on the storm (all times local):", "All updates are in Eastern Time."), and a
// writer's biography ("Jo Bell is a senior reporter for the Harbour Wire covering transport.", "Her coverage areas
// include housing and health.", "He can be reached at jbell@…"). None is a claim of the story; the claim model, which
// learnt from debates, scored them 0.50–0.83 for their names, figures and "reports". Each pattern says only what such a
// line says: a sentence that also tells news ("Jo Bell, a reporter for the Wire, was arrested on Tuesday.") is left alone.

import { isPatternSpace } from '../../text/whiteSpace';
import { lazyPattern } from '../../text/lazyPattern';

/** Longest unit looked at: these lines are short, and a long sentence of the story needs no test. */
const MAX_LENGTH = 220;

/** "Home » News » Politics", "News › Local › Council approves budget", "Home > Business > Markets": a page's path. */
const BREADCRUMB = /^(?:home|news|homepage)\s*[»›>|/]\s*\S|(?:\s[»›]\s[^»›]*){2}/i;
const OPENS_AS_BREADCRUMB = /^(?:home|news)/i;
/** Every breadcrumb holds a » or a › or opens with "home" or "news": most units are done with after this quick test
 *  (two searches for a character and an anchored pattern, where the pattern /[»›]|^(?:home|news)/i was tried at every
 *  character of the unit). */
function mayBeBreadcrumb(unit: string): boolean {
  return unit.indexOf('»') >= 0 || unit.indexOf('›') >= 0 || OPENS_AS_BREADCRUMB.test(unit);
}

/** A link's prompt at a sentence's end: "… by clicking here.", "Read more here.", "See also: …, here.", "(Read more … HERE)". */
const LINK_PROMPT_END = /\bhere\b[)\].!\s]*$/i;
const LINK_PROMPT = /(?:\b(?:click(?:ing)?|tap(?:ping)?)\b[^.!?\n]{0,80}|\b(?:read|see|watch|listen)(?: (?:more|on|also|full|the full))\b[^.!?\n]{0,100})\bhere\b[)\].!\s]*$/i;

/** A comment section: "One thought on “…”", "12 comments on this story", "3 Responses to …", "Posted by jo_b | Report as abusive". */
const COMMENTS = /^(?:(?:no|one|two|three|four|five|\d{1,5}) (?:thoughts?|comments?|responses?|replies) (?:on|to) (?:["“‘']|(?:this|the) (?:story|article|post|page)\b)[^.!?\n]*[.!?]?["”’']?$|(?:posted|submitted|commented) by \S[^.!?\n]{0,60}$|(?:leave|post|add) an? (?:new )?(?:reply|comment)\b)/i;
/** Its closing form, "Comments are closed.", apart: tried only where the unit says "comments" (its search from each of
 *  the unit's first forty characters, with a look behind at each, cost more than the rest of the comments' forms). */
const COMMENTS_CLOSED = /^(?:^|.{0,40}?(?<=[\sa-z]))comments (?:are|have been) (?:now )?closed(?: (?:on|for) this (?:article|story|post|page))?\.?$/i;
const COMMENTS_WORD = /comments/i;

/** A live page's note on its clock: "The latest on the quake (all times local):", "All updates are in Eastern Time (GMT -4)." */
const LIVE_CLOCK = /\(all times [^()\n]{1,40}\)[:.]?$|^all (?:times|updates|entries) (?:are |listed )?(?:in )?[\p{L} ]{0,30}\b(?:time|GMT|UTC|ET|PT|CT)\b/iu;

/** The roles a writer's biography names. */
const ROLE = String.raw`(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer|photographer|photojournalist|intern|fellow|critic|analyst)`;
/** A name, or a pronoun: the biography's subject. */
const WRITER = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|He|She|They)`;
/**
 * A writer's biography, as the line under a story gives it: "Jo Bell is a senior reporter for the Harbour Wire.", "Jo
 * Bell covers transport as a staff writer for the Wire.", "Her coverage areas include housing.", "He can be reached at
 * jbell@wire.example.", "Follow her on X @jobell."
 */
const BIO = lazyPattern(() => new RegExp(String.raw`^(?:${WRITER} (?:is|has been|works as) an? (?:[\p{L}-]+ ){0,3}${ROLE}s? (?:at|for|with|on|covering|who covers|who writes about)\b|${WRITER} (?:covers|writes about|reports on) [^.;]{1,80}\bas an? (?:[\p{L}-]+ ){0,3}${ROLE}\b|(?:[Hh]is|[Hh]er|[Tt]heir) (?:coverage areas?|areas of coverage|beat|reporting|work) (?:include|includes|focus(?:es)? on|cover|covers)\b|(?:${WRITER}|[^.;]{1,80}, (?:who|whose) [^.;]{1,80},) can be (?:reached|contacted|emailed)\b|[Ff]ollow (?:him|her|them|${WRITER}) on (?:[Tt]witter|X|[Ff]acebook|[Ii]nstagram|[Bb]luesky|[Tt]hreads|[Ll]inked[Ii]n)\b)`, 'u'));
/** Every biography holds one of these: most sentences are done with after this one quick test. */
const BIO_HINT = /reporter|correspondent|writer|editor|columnist|journalist|contributor|producer|photograph|intern|fellow|critic|analyst|coverage|beat|reporting|work |can be (?:reached|contacted|emailed)|[Ff]ollow/;
/**
 * What each of BIO's forms holds beside its name (a name's letters read as any but a space): BIO's letter classes cost
 * about 0.25 ms each to compile, which every process paid at its first sentence with "work " or "reporting" in it.
 * (BIO_HINT is tried before it only where BIO_OPENINGS, a quicker search still, has passed: each of its forms opens on
 * a space or the unit's start, and over a megabyte of news it took about a quarter of BIO_HINT's time, 3 against 10–14
 * ms, warm, in one process.)
 */
const BIO_WORDS = new RegExp(String.raw` (?:is|has been|works as) an? (?:[^ ]+ ){0,3}${ROLE}s? (?:at|for|with|on|covering|who covers|who writes about)\b| (?:covers|writes about|reports on) |^(?:[Hh]is|[Hh]er|[Tt]heir) (?:coverage areas?|areas of coverage|beat|reporting|work) (?:include|includes|focus(?:es)? on|cover|covers)\b| can be (?:reached|contacted|emailed)\b|^[Ff]ollow `, 'u');
/**
 * BIO_WORDS's forms up to their first words, fixed strings a quick search finds, tested first, then BIO_HINT: BIO_WORDS,
 * with its roles after any three words, cost a process some 5–10 ms to compile, which it paid at its first short
 * sentence with no figure.
 */
const BIO_OPENINGS = / (?:is|has been|works as) an? | (?:covers|writes about|reports on) |^(?:[Hh]is|[Hh]er|[Tt]heir) | can be (?:reached|contacted|emailed)|^[Ff]ollow /;

/**
 * A wire's or a release's notes for the reader: the rate a figure was converted at ("($1 = 82.78 Indian rupees)"),
 * where a text was taken from ("[Adapted from: …]", "Excerpted from …"), who to call ("Media contact: Jo Bell, …").
 */
const NOTE = /^(?:\((?:[$€£¥]|US\$)?\s?1 = [^()\n]{1,40}\)$|[[(]?(?:adapted|excerpted|reprinted|republished|condensed) from(?:\s*:|\s+["“*_]|(?<=^[[(].*))|(?:media |press |news |investor )?(?:contacts?|enquiries|inquiries)\s*:)/i;

/**
 * A site describing itself or its rules, as the standing text round its stories does: "This blog is moderated and
 * links are removed.", "Comments are reviewed before they appear.", "Our Albany bureau reports on the legislature.",
 * "Valley Radio is supported by Members.", "The Ledger, a leading publisher of farm news, offers readers …", and a
 * video's or broadcast's transcript under it: "This transcript has been automatically generated and may not be accurate."
 */
const SELF_DESCRIPTION = lazyPattern(() => new RegExp(String.raw`^(?:this transcript (?:has been|was|is|were) (?:automatically |machine[- ]|computer[- ]|auto-?)(?:generated|transcribed)\b|(?:this|our) (?:site|blog|page|forum|comment section|comments? (?:section|thread)?)\s*(?:is|are) (?:moderated|reviewed)\b|comments (?:are|will be|may be) (?:moderated|reviewed|held)\b|our [\p{L}.,'’ ]{0,40}\b(?:bureau|desk|newsroom|team|staff|reporters|correspondents) (?:reports?|covers?|writes?) (?:on|about)\b|\p{Lu}[\p{L}.&'’ -]{0,40} (?:is|are) (?:supported|funded|made possible) by (?:our )?(?:members|readers|listeners|viewers|donors|subscribers|you)\b|\p{Lu}[\p{L}.&'’ -]{0,40}, (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:publisher|provider|source) of [^,.;]{0,80}\b(?:news|information|journalism)(?: and [^,.;]{0,40})?, (?:offers|provides|publishes|delivers|brings|gives)\b)`, 'iu'));
const SELF_HINT = /transcript|moderated|reviewed|bureau|desk|newsroom|team|staff|reporters|correspondents|supported|funded|made possible|publisher|provider|source|held/i;
/**
 * What each of SELF_DESCRIPTION's forms holds beside its letter classes (a word's letters read as any but a space),
 * under the same flags: those classes cost about 0.5 ms each to compile case-blind, which every process paid at its
 * first sentence with "team", "staff" or "source".
 */
const SELF_WORDS = /^this transcript (?:has been|was|is|were) (?:automatically |machine[- ]|computer[- ]|auto-?)(?:generated|transcribed)\b|^(?:this|our) (?:site|blog|page|forum|comment section|comments? (?:section|thread)?)\s*(?:is|are) (?:moderated|reviewed)\b|^comments (?:are|will be|may be) (?:moderated|reviewed|held)\b|(?:bureau|desk|newsroom|team|staff|reporters|correspondents) (?:reports?|covers?|writes?) (?:on|about)\b| (?:is|are) (?:supported|funded|made possible) by (?:our )?(?:members|readers|listeners|viewers|donors|subscribers|you)\b|, (?:a|an|the) (?:[^ ]+ ){0,3}(?:publisher|provider|source) of [^,.;]{0,80}\b(?:news|information|journalism)(?: and [^,.;]{0,40})?, (?:offers|provides|publishes|delivers|brings|gives)\b/iu;
/**
 * What each of SELF_WORDS's forms holds, its few words side by side, under the case-blind flag alone; or a character
 * that the Unicode flag folds to a letter of those words (ſ, the Kelvin sign). SELF_WORDS's case-blind Unicode words
 * cost a process 15–30 ms to compile, which it paid at the first sentence with "team", "staff" or "source" in it.
 */
const SELF_OPENINGS = /^this transcript |^(?:this|our) (?:site|blog|page|forum|comment)|^comments (?:are|will|may) |(?:bureau|desk|newsroom|team|staff|reporters|correspondents) (?:report|cover|write)| (?:is|are) (?:supported|funded|made possible) by (?:our )?(?:members|readers|listeners|viewers|donors|subscribers|you)|(?:publisher|provider|source) of |[\u017f\u212a]/i;

/**
 * A teaser's label and the headline it points to: "More news: Storm closes the pass", "Read also: …", "(MORE: Falling
 * trees to blame for outages)", a blog post's tags ("Labels: Osk, floods, original reporting"), a fuller story's link ("Full report: Council approves budget"), an issue's list of
 * contents ("In this issue: Editor's note · …") — the bracketed one only where it is the whole unit, since a story's sentence may run on
 * after it; a bare "MORE:" opens a post's next quotation as often ("MORE: the minister says, “…”") and is left alone.
 */
const TEASER_LABEL = /^(?:(?:more (?:news|stories|coverage)|read (?:more|also|next|this(?: next)?)|also read|related(?: (?:news|stories|story|coverage|topics|articles?|content|reading))?|topics|tags|labels|filed under|see also|recommended|don['’]t miss|full (?:report|story|coverage)|in (?:the|this) (?:current )?issue)\s*:\s*\S|\((?:more|read more|related|see also)\s*:[^()\n]{1,160}\)\s*$)/i;

/**
 * A related story's label run into its headline with no colon, as a page is pasted: "Related Story Jail for scam
 * mastermind over ruse", "Related Articles Port strike ends". The label is capitalised and the headline opens with a
 * capital or a figure.
 */
const RELATED_LABEL_GLUED = /^Related (?:[Ss]tor(?:y|ies)|[Aa]rticles?|[Nn]ews|[Cc]overage|[Rr]eading) [A-Z0-9]/;

/**
 * A one-word label in capitals before another story's headline: "ALSO: Council backs bridge plan", "MORE: Storm cuts
 * power to 20,000 homes", "ICYMI: …", "WATCH: …". Only a headline: a capital or figure after the label, no quotation
 * and no full stop, one short line ("MORE: @aide says, “…”" and a post's sentence run on after the label stay claims).
 */
const HEADLINE_LABEL = /^(?:ALSO|MORE|READ|ICYMI|LOOK|WATCH) ?: ?[A-Z0-9][^"“”.!?\n]{0,100}$/;

/** A link to another story with its tag in capitals ending its line: "Council leader quits[LATEST]", "Mayor hits back at
 *  critics [REACTION]". */
const RELATED_TAG = /\S ?\[(?:LATEST|REVEALED|INSIGHT|ANALYSIS|VIDEO|PICTURES|PICS|POLL|LIVE|UPDATE|EXCLUSIVE|REACTION|COMMENT)\][ \t]*(?:\n|$)/;

/** An invitation to the site's alerts or letters: "Get breaking news alerts and special reports.", "Sign up for our
 *  daily newsletter.", "Subscribe to the morning headlines." */
// (or a topic page's prompt to follow it: "Follow the latest port strike news, videos, and analysis from Harbour TV.")
const ALERTS_OFFER = /^(?:follow\s+(?:the|all the)\s+latest\s+[^.!?\n]{0,60}?\b(?:news|coverage|updates|videos)\b[^.!?\n]{0,60}|(?:get|sign up for|subscribe to|receive)\s+(?:(?:our|the|free|daily|weekly|morning|evening|breaking|latest|top|local|email|e-mail)\s+){0,3}(?:news(?:letters?)?|alerts|updates|headlines|briefings?)\b[^.!?\n]{0,80})[.!]?$/i;

/** A teaser cut off before its link: "… the video showed the officer’s Read More >", "… the first three weeks. Read more »". */
const TEASER_END = /\b(?:read|continue reading|see|view|learn)(?: the)? (?:more|full story|story|all)\s*(?:[>»›]|&gt;)\s*$/i;

/**
 * Whether the unit's last character before its trailing white space is one a teaser ends on (> » › or the ; of
 * "&gt;"): what TEASER_END needs, read from the end rather than by trying the pattern at every character.
 */
function mayEndAsTeaser(unit: string): boolean {
  let end = unit.length;
  while (end > 0 && isPatternSpace(unit.charCodeAt(end - 1))) end--;
  const c = unit.charCodeAt(end - 1);
  return c === 62 /* > */ || c === 0xbb /* » */ || c === 0x203a /* › */ || c === 59 /* ; */;
}

/**
 * Whether the unit ends on "here" (any case), then only ) ] . ! and white space, as LINK_PROMPT_END needs (its word
 * boundaries are the pattern's to test): read from the end rather than by trying the pattern at every character.
 */
function mayEndOnHere(unit: string): boolean {
  let end = unit.length;
  while (end > 0 && isPromptTail(unit.charCodeAt(end - 1))) end--;
  return end >= 4 && (unit.charCodeAt(end - 4) | 32) === 104 /* h */ && (unit.charCodeAt(end - 3) | 32) === 101 /* e */
    && (unit.charCodeAt(end - 2) | 32) === 114 /* r */ && (unit.charCodeAt(end - 1) | 32) === 101 /* e */;
}

/** ) ] . ! or white space: what may follow a link prompt's "here". */
function isPromptTail(c: number): boolean {
  return c === 41 || c === 93 || c === 46 || c === 33 || isPatternSpace(c);
}

/**
 * A video's link: its title and its running time, with no sentence's end ("Flood waters rise in the valley 02:13",
 * "More than 9,000 pupils miss school 0:47"). A time after "at", "by" or "until" is a schedule's ("Polls close at 8:00").
 */
const VIDEO_LINK = /^[^!?\n]{8,160}?(?<!\b(?:at|by|until|till|from|to|before|after|around|since|about|of|and|or))\s+\d{1,2}:[0-5]\d(?::[0-5]\d)?$/i;

/** A video's link with its button on the line under its title, which ends no sentence: "Polls open in Osk as rain falls⏎Go to video". */
const VIDEO_BUTTON_LINE = /^[^\n]{7,159}[^.!?\n]\n\s*(?:go to|watch|play) video\s*$/i;

/** Whether the unit ends on a running time's digits ("02:13"): what VIDEO_LINK needs, read from the end. */
function mayEndOnRunningTime(unit: string): boolean {
  const n = unit.length;
  return n > 12 && unit.charCodeAt(n - 3) === 58 /* : */ && isDigitCode(unit.charCodeAt(n - 1)) && isDigitCode(unit.charCodeAt(n - 2));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A copyright or trademark notice in brackets or after a wire's "END" (the bare "Copyright …" and "© …" lines are
 * BOILERPLATE's in claims.ts): "(© Copyright 2019 The Harbour Wire.", "END [Copyright The Harbour Press, Ltd.]",
 * "Lantern Radio and its Logo TM and Copyright 2011 Lantern Broadcasting Inc. Used under license."
 */
const COPYRIGHT_NOTE = /^(?:END\s*)?[([]\s*(?:(?:TM|™)\s+and\s+)?(?:©|\(c\)|copyright\b)|^END\s+(?:©|copyright\b)|\b(?:TM|™|®) and (?:©\s*)?copyright \d{4}\b/i;
/**
 * What COPYRIGHT_NOTE needs: its unit opens with a bracket or "END" (any case), or it names a copyright. One search for a
 * word, where the pattern's trademark form was tried at every "t" and "m" of every unit.
 */
function mayBeCopyrightNote(unit: string): boolean {
  const c = unit.charCodeAt(0);
  return c === 40 /* ( */ || c === 91 /* [ */ || (c | 32) === 101 /* e */ || COPYRIGHT_WORD.test(unit);
}
const COPYRIGHT_WORD = /copyright/i;

/** The nouns a newspaper's name ends on ("The Harbour Times", "The Valley Gazette"). */
const PAPER = String.raw`(?:Post|Times|Herald|Journal|Tribune|News|Gazette|Guardian|Telegraph|Star|Globe|Chronicle|Independent|Observer|Mail|Express|Standard|Register|Review|Record|Courier|Press|Ledger|Bulletin|Examiner|Inquirer|Sentinel|Dispatch|Enquirer|Mirror|Argus|Beacon|Citizen|Eagle|Advocate|Democrat|Republican|Statesman|Leader|Messenger|Monitor|Recorder|Transcript|Patriot|Pioneer|Reporter)`;
/**
 * A masthead alone, or run into its slogan with no space between ("The Harbour TimesTruth Before Speed"): a paper's
 * name, then at most a capitalised slogan. A headline says more than a name.
 */
const MASTHEAD = new RegExp(String.raw`^The (?:[A-Z][A-Za-z'’.-]*\s){0,3}${PAPER}(?:[A-Z][a-z'’]+(?: [A-Za-z'’]+){0,6})?$`);

/**
 * A document's sign-off fields, as a board's or a council's published item ends: "Recommended By: / Signed By: / Jo
 * Bell - Chief Finance Officer", "Approved by: Dr. Ana Ruiz, Superintendent". The labels, then at most a name and a
 * title: a record of a vote ("Approved by: the board, 5-2") holds a figure and is left alone.
 */
const SIGN_OFF = /^(?:(?:recommended|signed|approved|submitted|prepared|reviewed|presented|released|issued|authori[sz]ed) by\s*:\s*)+(?:\p{Lu}[\p{L}.'’ -]{0,60}(?:\s*[-–—,]\s*[\p{L}.'’ -]{1,60})?)?$/iu;

/** A paper's line about itself under its masthead: "Tuesday, March 3, 2026 | Daily newspaper published by Harbour Media, Osk." */
const PUBLISHER_LINE = /^(?:[^|\n]{0,40}\|\s*)?(?:an? |the )?(?:(?:daily|weekly|sunday|evening|morning|online|local|independent|national|english[- ]language) )+(?:newspaper|news ?paper|news site|magazine) published by (?=\p{Lu})[^.!?|\n]{1,60}\.?$/iu;
/** The publisher's name and place, each word capitalised ("Harbour Media, Osk"): a sentence of the story goes on. */
const PUBLISHER = / published by (?:\p{Lu}[\p{L}&'’.-]*,? ){0,6}\p{Lu}[\p{L}&'’-]*\.?$/u;

/**
 * A site's footer and a blog's list header: "Maintained and developed by Harbour Media Group.", "Powered by Lantern
 * Press.", "Showing posts with label Local News." The maker's name is capitalised word by word (BY_NAME): "Developed by
 * the county, the plan cut 40 routes." goes on as a sentence does.
 */
const FOOTER = /^(?:showing posts (?:with label|from|for) [^.!?\n]{1,80}\.?$|(?:(?:this )?(?:site|website|page) )?(?:maintained|developed|designed|powered|hosted|built)(?: and (?:maintained|developed|designed|powered|hosted|built))? by \S)/i;
const BY_NAME = / by (?:\p{Lu}[\p{L}&'’.-]*,? ){0,6}\p{Lu}[\p{L}&'’-]*\.?$/u;

/** A review's header of the book: its publisher, pages and price ("Harbour Books 412pp £20", "Kell Press, 288 pp, $27.99"). */
const BOOK_DETAILS = /^[^.!?\n]{1,60}\b\d{2,4} ?pp\.?,? (?:[£$€] ?\d{1,3}(?:\.\d\d)?|hbk|pbk)\.?$/i;

/** A site's header run together with its links, ending on its social prompt: "… theatre guide Tickets for 90 showsFollow us
 *  for the latest news Twitter" (a story's sentence ends on its own words, not on a network's name after "Follow us"). */
const FOLLOW_US_END = /follow us (?:on|for)\b[^.!?\n]{0,60}\b(?:twitter|facebook|instagram|x|linkedin|youtube|tiktok)\s*$/i;

/** Does the unit only steer the reader round the site (breadcrumb, link prompt, comments, a note, a live page's clock)? */
export function isSiteChrome(unit: string): boolean {
  // (a note is read at any length: a contact line runs on with phone numbers and addresses)
  if (NOTE.test(unit)) return true;
  // (as are links to other stories, several run together, each tagged "[LATEST]")
  if (unit.includes(']') && RELATED_TAG.test(unit)) return true;
  if (unit.length > MAX_LENGTH) return false;
  // (each pattern after a quick test that most sentences fail)
  if ((mayEndAsTeaser(unit) && TEASER_END.test(unit)) || (SELF_HINT.test(unit) && SELF_OPENINGS.test(unit) && SELF_WORDS.test(unit) && SELF_DESCRIPTION().test(unit))) return true;
  if ((mayEndOnRunningTime(unit) && VIDEO_LINK.test(unit)) || (/video\s*$/i.test(unit) && VIDEO_BUTTON_LINE.test(unit))) return true;
  if (TEASER_LABEL.test(unit) || ALERTS_OFFER.test(unit) || RELATED_LABEL_GLUED.test(unit)) return true;
  if (unit.length <= 110 && unit.charCodeAt(1) <= 90 /* a capital's second letter */ && HEADLINE_LABEL.test(unit)) return true;
  if (unit.includes(':') && / by\s*:/i.test(unit) && SIGN_OFF.test(unit)) return true;
  if (unit.includes('pp') && BOOK_DETAILS.test(unit)) return true;
  if (unit.includes('ollow us') && FOLLOW_US_END.test(unit)) return true;
  if (/ published by /i.test(unit) && PUBLISHER_LINE.test(unit) && PUBLISHER.test(unit)) return true;
  if (unit.length <= 120 && FOOTER.test(unit) && (/^showing posts/i.test(unit) || BY_NAME.test(unit))) return true;
  if ((mayBeCopyrightNote(unit) && COPYRIGHT_NOTE.test(unit)) || (unit.length <= 80 && (unit.charCodeAt(0) === 84 /* T */) && MASTHEAD.test(unit))) return true;
  return (mayBeBreadcrumb(unit) && BREADCRUMB.test(unit)) || (mayEndOnHere(unit) && LINK_PROMPT_END.test(unit) && LINK_PROMPT.test(unit))
    || COMMENTS.test(unit) || (COMMENTS_WORD.test(unit) && COMMENTS_CLOSED.test(unit)) || (/all (?:times|updates|entries)/i.test(unit) && LIVE_CLOCK.test(unit));
}

/**
 * Is the unit a writer's biography? The caller makes sure it tells no news as well: no figure, no quotation, no
 * event ("… was arrested on Tuesday").
 */
export function isWriterBio(unit: string): boolean {
  return unit.length <= MAX_LENGTH && BIO_OPENINGS.test(unit) && BIO_HINT.test(unit) && BIO_WORDS.test(unit) && BIO().test(unit);
}
