import { lazyPattern } from '../../text/lazyPattern';
// A player's line in a game report: what one player does and a side does not ("completed 12 of 19 passes", "threw
// for 231 yards", "had seven catches", "kicked a 43-yard field goal", "Kell's 24-yard field goal"). Evidence that the
// words before it name a person, whatever lists know of them ("Jalon Daniels", "Tavon Rivers").

/** Small counts written out, as reports write them. */
const COUNT = String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** Right after the name (a space first). */
const PLAYER_LINE = lazyPattern(() => new RegExp(String.raw`^[ \t]{1,2}(?:`
  // "completed 12 of 19 passes", "finished 28 of 34", "went 18-of-30"
  + String.raw`completed[ \t]\d{1,2}(?:[ \t]of[ \t]|-of-)\d{1,2}\b`
  // "passed for 300 yards", "threw for 231 yards"
  + String.raw`|(?:passed|threw)[ \t]for[ \t]\d[\d,]*[ \t]yards\b`
  // "threw three touchdown passes", "threw a 10-yard touchdown pass", "caught a 25-yard touchdown pass", "caught the ensuing two-point conversion pass"
  + String.raw`|(?:threw|caught|tossed|heaved)[ \t](?:${COUNT}|the|his|her)(?:[ \t][\p{Ll}\d-]+){0,3}?[ \t](?:touchdown|TD|scoring)?[ \t]?pass(?:es)?\b`
  // "had seven catches", "made eight catches", "had 10 receptions", "had two touchdown catches", "had a scoring reception"
  + String.raw`|(?:had|made|added)[ \t]${COUNT}(?:[ \t](?:touchdown|TD|scoring))?[ \t](?:catch|catches|receptions?|tackles|sacks|interceptions)\b`
  // "kicked a 43-yard field goal", "had first-half field goals of 40 and 30 yards"
  + String.raw`|kicked[ \t](?:a|an|the|his|her)[ \t](?:[\p{Ll}\d-]+[ \t]){0,2}field[ \t]goal\b|had[ \t](?:[\p{Ll}-]+[ \t])?field[ \t]goals[ \t]of\b`
  // "rushed 14 times for 90 yards", "rushed for 110 yards and a TD on 23 carries"
  + String.raw`|rushed[ \t]\d{1,2}[ \t]times\b|rushed[ \t]for[ \t]\d[\d,]*[ \t]yards[ \t](?:[\p{Ll}\d]+[ \t]){0,4}on[ \t]\d{1,2}[ \t]carries\b`
  + ')', 'u'));

/**
 * What each of PLAYER_LINE's forms holds, without letter classes: its verb and the word that makes it a player's line
 * ("pass", "field goal", a catch's or a tackle's count), a cheap test before it (its letter classes cost some 0.5 ms to
 * compile, and "had", "made" and "threw" follow names in any story).
 */
const PLAYER_LINE_HINT = new RegExp(String.raw`^[ \t]{1,2}(?:completed[ \t]\d|(?:passed|threw)[ \t]for[ \t]\d|(?:threw|caught|tossed|heaved)[ \t].*?pass`
  + String.raw`|(?:had|made|added)[ \t]\S+[ \t](?:\S+[ \t])?(?:catch|recept|tackles|sacks|intercept)|kicked[ \t].*?field[ \t]goal|had[ \t](?:\S+[ \t])?field[ \t]goals|rushed[ \t])`);

/** After the name's possessive: "'s 24-yard field goal", "'s 158 yards rushing", "'s 45-yard touchdown pass". */
const PLAYER_POSSESSION = /^['’]s?[ \t](?:\d{1,3}-yard[ \t](?:field[ \t]goal|touchdown[ \t](?:pass|run|catch|reception)|scoring[ \t](?:pass|run))|\d[\d,]*[ \t]yards[ \t](?:rushing|passing|receiving))\b/u;

/** Whether the words after a name (`end`: its last word's end, before any 's) are one player's line. */
export function playerLineAfter(text: string, end: number, possessive: boolean): boolean {
  if (possessive) return PLAYER_POSSESSION.test(text.slice(end, end + 36));
  const c = text.charCodeAt(end + 1);
  // (the verbs' first letters, the cheap test first: c, p, t, h, m, a, k, r, f, w)
  if (c !== 99 && c !== 112 && c !== 116 && c !== 104 && c !== 109 && c !== 97 && c !== 107 && c !== 114) return false;
  const after = text.slice(end, end + 90);
  return PLAYER_LINE_HINT.test(after) && PLAYER_LINE().test(after);
}

/** Of those lines, what a side's statistics say too ("Clemson completed 20 of 30 passes", "Navy rushed 40 times"):
 *  no evidence for one word alone. */
const SIDE_TOO = /^[ \t]{1,2}(?:completed|passed|threw|rushed)\b/u;

export function sideLineAfter(text: string, end: number): boolean {
  return SIDE_TOO.test(text.slice(end, end + 12));
}
