import type { PersonMention } from './spans';
import { peopleLexicon, type PeopleLexicon } from './lexicon';
import { tokenize, type Token } from './people/tokenize';
import { capitalisedRuns } from './people/candidates';
import { classifyWord, classifyWords, namePart, type NamePart, type WordClass } from './people/classify';
import { abbreviatedTitleBefore, gatherEvidence, type Evidence } from './people/evidence';
import { headlineLines, inHeadline } from './people/headlines';
import { linkMentions, type NameFinding } from './people/link';
import { ampersandBefore, firmInItsSentence, nameBeforeCorporateWord, nameBeforeUpperCorporateWord, organisationUse, personalPronoun, personalUse, saidOf } from './people/organisations';
import { vehicleUse } from './people/vehicles';
import { listedAsFirm } from './people/firmList';
import { wordAfter, wordBefore } from './people/words';

/**
 * Finds personal names (name only: no title, no possessive) and links every later or earlier mention by surname
 * or first name to the full name, given as `entity`. Precision first: a name needs evidence of personhood
 * (a given name, a title or role, a reporting verb, an age) or must repeat part of a name that had it.
 * Linear in the text length; never throws.
 */
export function detectPeople(text: string): PersonMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return findPeople(text);
  } catch {
    return [];
  }
}

function findPeople(text: string): PersonMention[] {
  const lex = peopleLexicon();
  const { tokens, lines } = tokenize(text, lex.particles,
    (w, start, end) => lex.skippedWords.has(w) && !(CALENDAR_NAMES.has(w) && calendarWordIsName(text, w, start, end, lex))
      && !(MONTH_GIVEN_NAMES.has(w) && monthIsGivenName(text, start, end, lex)));
  suffixesWithTheirStop(text, tokens, lex);
  const classes = classifyWords(tokens, lex);
  familyNamesThatAreWords(text, tokens, classes, lex);
  wordsThatAreGivenNames(text, tokens, classes, lex);
  // (a month's name kept by the tokenizer was kept as a given name)
  for (let i = 0; i < tokens.length; i++) if (MONTH_GIVEN_NAMES.has(tokens[i].lower)) classes[i] = 'given';
  const headlines = headlineLines(text, lines);
  const findings: NameFinding[] = [];
  const weak: NameFinding[] = [];
  // names seen right beside "company", "airport", "daily"…: an organisation or place everywhere in this text
  const notPeople = new Set<string>();
  // names the article uses as a company, product or vehicle ("Kestrel Dynamics Corp.", "Orchard reported revenue"),
  // and names it uses as something a firm or a person has ("Musk's shares"), or as a person's ("Musk said he")
  const organisations = new Set<string>();
  // of those, the names used as a firm themselves, not only before a corporate word ("Icahn" of "Icahn Enterprises")
  const firmUses = new Set<string>();
  const owned = new Set<string>();
  const personal = new Set<string>();
  // names the firm lists know, and names (or surnames) the article gives a role or a person's verb ("icon", "died")
  const listed = new Set<string>();
  const roleShown = new Set<string>();
  const titledFindings = new Set<NameFinding>();
  // of those, names given a role that no firm has ("founder Augustin Brenner", not "its rival Minera Alcott")
  const personRoleShown = new Set<string>();
  // what only a person has, said of one mention itself (OWN_* bits: "Harold Pemberley died in 1979", "founded by
  // Harold Pemberley", "Harold Pemberley, who …"): a full name stays a person there although the article uses the
  // same name as a firm's or a vehicle's elsewhere ("shares of Harold Pemberley", "aboard the Adelaide Marchbank")
  const ownEvidence = new Map<NameFinding, number>();
  // names the article uses as a ship's, an aircraft's or a locomotive's, with the title written inside the name where
  // there is one ("princess lorna" of "the Princess Lorna, a paddle steamer"), and the titled findings' such keys
  const vehicles = new Set<string>();
  const titledKeys = new Map<NameFinding, string>();
  for (const run of capitalisedRuns(text, tokens, lex, lines)) {
    if (inHeadline(tokens[run.first], headlines)) {
      // "Budanov Says Ceasefire Possible": every word may be a short form of a name the body proves
      for (let k = run.first; k <= run.last; k++) findings.push({ first: k, last: k, person: false });
      continue;
    }
    const company = nameBeforeCorporateWord(tokens, run.first, run.last, classes, lex)
      ?? nameBeforeUpperCorporateWord(text, tokens, run.first, run.last, classes, lex);
    if (company) organisations.add(nameKey(tokens, company));
    // (two words or more before it are the firm's whole name, used as a firm: "Mercer Sterling said it …" beside
    // "Mercer Sterling Aerospace" is no relative of its founder Owen Sterling; one word may be a founder's surname)
    if (company && company.last > company.first) firmUses.add(nameKey(tokens, company));
    // the role before the run matters only to a run opened by a word of the language ("goalkeeper Long …", "Dr. Alma …")
    const opener = tokens[run.first];
    const part = namePart(tokens, run, classes, lex, run.last > run.first && classes[run.first] === 'common'
      && ((!opener.sentenceStart && roleBefore(text, opener.start, lex)) || abbreviatedTitleBefore(text, opener.start)));
    // "the Exchequer Nigel Hawley", "the Treasury Ana Ruiz": after "the" an unfamiliar word before a given name is the
    // office, not the name's first word
    if (part && part.last - part.first >= 2 && classes[part.first] === 'unknown' && classes[part.first + 1] === 'given'
      && !part.titled && wordBefore(text, tokens[part.first].start).word === 'the') { part.first++; part.titled = true; }
    if (!part) {
      // "King said", "Sears said": a title or company word alone may still be the surname of a name found elsewhere
      // ("Billie Jean King", "Michael M. Sears"), also after a capitalised sentence opener ("Later Dell said he")
      const alone = afterOpener(tokens, classes, run);
      if (classes[alone] === 'title' || classes[alone] === 'org') {
        // "Ford, 61, had not …", "Ford said he …": something only a person has makes a person's surname of a firm's word
        // (not after "the": "told the Courier that he …" is a newspaper's)
        const self = classes[alone] === 'org' && alone === run.last && wordBefore(text, tokens[alone].start).word !== 'the'
          && (ageAfter(text, tokens[alone]) || personalUse(text, tokens, alone) || appositiveWho(text, tokens[alone]));
        if (self) personal.add(tokens[alone].lower);
        findings.push({ first: alone, last: alone, person: self });
      }
      continue;
    }
    // "Doctors at St. Agnes said …", "the Saint Brendan school": a saint's name names a church, a hospital or a town,
    // and is no short form of a person of that given name
    // (and after a ship's prefix: "the USS Harriet Colby", "HMS Tarvos")
    const lead = text.slice(Math.max(0, tokens[part.first].start - 8), tokens[part.first].start);
    // (and after "the Spirit of", "the Pride of": a name inside a longer one, a ship's or a prize's, not the person's)
    if (SAINT_BEFORE.test(lead) || SHIP_PREFIX_BEFORE.test(lead)
      || (lead.endsWith('of ') && NAMED_OF_BEFORE.test(text.slice(Math.max(0, tokens[part.first].start - 30), tokens[part.first].start)))) {
      findings.push({ first: part.first, last: part.last, person: false, firm: true });
      continue;
    }
    // "Halloran's disease", "Tessler's law", "Tessler syndrome": a name given to a thing, no short form of the person
    // it honours
    if (part.first === part.last && (tokens[part.first].possessive
      ? EPONYMS.has(wordAfter(text, text.indexOf(' ', tokens[part.first].end)).word)
      : EPONYMS_PLAIN.has(wordAfter(text, tokens[part.first].end).word))) {
      findings.push({ first: part.first, last: part.last, person: false, firm: true });
      continue;
    }
    // "Kelly's Diner", "Okoro's Bakery": a shop named with its owner's possessive is no mention of him there (and no
    // firm's word elsewhere: "Kelly said the diner was busy" is the owner)
    if (part.first === part.last && tokens[part.first].possessive && SHOP_NOUNS.has(wordAfter(text, text.indexOf(' ', tokens[part.first].end)).word)
      && UPPER_AFTER_SPACE.test(text.slice(tokens[part.first].end, tokens[part.first].end + 6))) {
      findings.push({ first: part.first, last: part.last, person: false, firm: true });
      continue;
    }
    // (but an age set off after it makes a person of any word: "Swift, 34, thanked fans")
    if (part.first === part.last && cannotStandAlone(tokens[part.first], classes[part.first])
      && !(classes[part.first] === 'common' && ageAfter(text, tokens[part.first]))) {
      findings.push({ first: part.first, last: part.last, person: false });
      continue;
    }
    // "Merrick Turbines", "Thorne Foods": the firm's whole name, corporate word included
    if (company && part.first <= company.last && part.last > company.last) {
      findings.push({ first: part.first, last: part.last, person: false });
      continue;
    }
    const evidence = gatherEvidence(text, tokens, part, classes, lex);
    const key = nameKey(tokens, part);
    if (evidence.organisationContext) notPeople.add(key);
    // "Ashcombe, Mass.", "its Molly Crisp bars": a place or a firm's own anywhere, unless the article shows a person of it
    if (evidence.placeShown) owned.add(key);
    // "the aircraft carrier Carl Vinson", "carmaker Brenner Motorwerke": so named anywhere, unless shown to be a person
    if ((evidence.organisationBefore || evidence.organisationAfter) && part.last > part.first) owned.add(key);
    const use = organisationUse(text, tokens, part.first, part.last);
    // "Carver & Lowe": the second family's word names the firm only with the first, never alone
    const joinedSecond = use === 'sure' && part.first === part.last && ampersandBefore(text, tokens[part.first].start);
    if (use === 'sure' && !joinedSecond) firmUses.add(key);
    else if (use === 'owned') owned.add(key);
    else if (listedAsFirm(tokens, classes, part, key, evidence, lex)) listed.add(key);
    // "the locomotive Sir Ambrose Crale", "the Princess Lorna, a paddle steamer": a title inside a vehicle's name is part
    // of it (a lone word after it, "Lorna", may still be a person's elsewhere; "Ambrose Crale" is the engine throughout)
    const title = part.titled && part.first > run.first && classes[part.first - 1] === 'title' ? part.first - 1 : -1;
    const vehicle = vehicleUse(text, tokens, title >= 0 ? title : part.first, part.last);
    if (vehicle) {
      if (title >= 0) vehicles.add(tokens[title].lower + ' ' + key);
      if (title < 0 || part.last > part.first) { vehicles.add(key); firmUses.add(key); }
    }
    if (evidence.titled || evidence.acted) { roleShown.add(key); roleShown.add(tokens[part.last].lower); }
    if (evidence.acted || (evidence.titled && !FIRMS_ARE_TOO.has(wordBefore(text, tokens[part.first].start).word))) personRoleShown.add(key);
    const pronounKind = personalPronoun(text, tokens, part.last);
    const pronoun = pronounKind !== undefined;
    const credited = part.last > part.first && allNameLike(classes, part)
      && creditSlot(text, tokens[part.first].start, tokens[part.last].end);
    // ("Holloway's chief executive, Dominic R. Ashby,": a role set off before the name, or a given name and a middle
    // initial, shows a person as plainly; firms are not named so)
    const roleApposed = roleInApposition(text, tokens[part.first].start, tokens[part.last], lex);
    const middleInitial = part.last - part.first >= 2 && classes[part.first] === 'given' && classes[part.last - 1] === 'initial';
    if (evidence.personTitle || (evidence.appositive && !evidence.organisationContext) || pronoun || credited || roleApposed
      || middleInitial || isByline(text, tokens[part.first].start, tokens[part.last].end)) {
      personal.add(key);
      personal.add(tokens[part.last].lower);
    }
    // "Corwin Ford said he …" is the actor; "Lincoln Ford said prices rose" a car dealer, read as no name at all
    // (or where the article says it of the surname alone: "Keaton Ford stars … Ford, 61, had not made a film"; decided
    // once the whole article is read)
    if (part.firmLast && !(evidence.personTitle || evidence.appositive || pronoun)) {
      if (!evidence.organisationContext) findings.push({ first: part.first, last: part.last, person: false, pending: true });
      continue;
    }
    const strength = evidence.organisationContext ? 'none' : part.firmLast || credited ? 'strong' : personhood(tokens, classes, part, evidence, lex);
    const finding: NameFinding = joinedSecond ? { first: part.first, last: part.last, person: false }
      : { first: part.first, last: part.last, person: strength !== 'none' };
    // "bus maker Vellacott", "the carmaker Brenner": a bare word named by what it is, the firm's there, no short form
    // of a person of that surname (but "the company Vellacott founded", "the side Wenger built" name the person)
    if (evidence.organisationBefore && part.first === part.last && !clauseVerbAfter(text, tokens[part.last])) finding.firm = true;
    findings.push(finding);
    if (strength === 'weak') weak.push(finding);
    if (evidence.personTitle) titledFindings.add(finding);
    if (title >= 0) titledKeys.set(finding, tokens[title].lower + ' ' + key);
    const own = (evidence.personTitle ? OWN_TITLE : 0) | (evidence.appositive && !evidence.organisationContext ? OWN_APPOSITIVE : 0)
      | (pronounKind === 'he' ? OWN_HE : pronounKind === 'she' ? OWN_SHE : 0)
      | (personOnlyAfter(text, tokens[part.last]) || foundedBy(text, tokens[part.first].start) ? OWN_LIFE : 0)
      | (roleApposed ? OWN_APPOSITIVE : 0);
    // (not where the mention itself is the firm's or the vehicle's: "Harland Rowe, whose Derby factory …")
    if (own !== 0 && use !== 'sure' && !vehicle) ownEvidence.set(finding, own);
  }
  resolvePending(tokens, findings, personal);
  if (notPeople.size > 0) for (const f of weak) if (notPeople.has(nameKey(tokens, f))) f.person = false;
  // the lists are weaker evidence than the article's own: any role or person's verb keeps the name a person's
  for (const key of listed) if (!roleShown.has(key) && !roleShown.has(key.slice(key.lastIndexOf(' ') + 1))) owned.add(key);
  // something a person may have too makes a firm only of a name the article never shows to be a person's
  for (const key of owned) if (!personal.has(key) && !personal.has(key.slice(key.lastIndexOf(' ') + 1))) firmUses.add(key);
  for (const key of firmUses) organisations.add(key);
  // a word the article uses alone as a firm ("Apple's revenue", "Harlan & Pike") and never as a person's: no short
  // form of a person, and no person's first word ("Apple Intelligence")
  const firmWords = new Set<string>();
  for (const key of firmUses) if (!key.includes(' ') && !personal.has(key)) firmWords.add(key);
  if (organisations.size > 0 || vehicles.size > 0) {
    for (const f of findings) {
      const own = ownEvidence.get(f) ?? 0;
      const titledKey = titledKeys.get(f);
      // (a ship is "she", and its title no person's)
      if (titledKey !== undefined && vehicles.has(titledKey) && (own & OWN_UNLIKE_A_VEHICLE) === 0) { f.person = false; f.firm = true; continue; }
      if (titledFindings.has(f)) continue;
      const key = nameKey(tokens, f);
      if (f.person && f.last > f.first && (own & (vehicles.has(key) ? OWN_UNLIKE_A_VEHICLE : OWN_ANY)) !== 0) continue;
      if (organisations.has(key)) f.person = false;
      // (a full name the article shows to be a person's too is a firm in every mention that shows nothing personal:
      // "Whitby expects Harold Pemberley to raise prices" beside "Harold Pemberley died in 1979")
      if (firmWords.has(key) || (f.last > f.first && firmUses.has(key))) f.firm = true;
      else if (f.person && f.last > f.first && firmWords.has(tokens[f.first].lower) && classes[f.first] !== 'given') f.person = false;
      // "its rival Minera Alcott" beside "Shares of Alcott rose": a last word the article uses alone as a firm, after a
      // first word no list gives as a given name, with nothing personal said of the name, is the firm's full name
      else if (f.person && f.last > f.first && firmWords.has(tokens[f.last].lower) && classes[f.first] !== 'given'
        && classes[f.first] !== 'initial' && !personal.has(key) && !personRoleShown.has(key)) { f.person = false; f.firm = true; }
    }
  }
  namedAfterTwoPeople(text, tokens, findings, personal, ownEvidence);
  modelNames(text, tokens, classes, findings, personal, titledFindings);
  numberedLineUps(text, tokens, classes, findings);
  givenNamesOfCouples(text, tokens, classes, findings, lex);
  dropLoneFirmSurnames(tokens, findings, titledFindings, personal, lex);
  markFirmMentions(text, tokens, findings, titledFindings, organisations, owned, lex, headlines);
  markInstitutionMentions(text, tokens, classes, findings, lex);
  markClubMentions(text, tokens, findings, titledFindings);
  return linkMentions(text, tokens, classes, findings, lex);
}

/**
 * "Billy-Joe O'Hare Jr.": a name's suffix written short keeps its full stop, as the name's last word (and "said" after
 * it is then read as right after the name). A token so ended joins no later word into a name (candidates.ts).
 */
function suffixesWithTheirStop(text: string, tokens: Token[], lex: PeopleLexicon): void {
  for (const t of tokens) {
    if (t.end - t.start === 2 && t.shape === 'capitalised' && !t.possessive && text.charCodeAt(t.end) === 46 /* . */
      && lex.nameSuffixes.has(t.lower)) t.end++;
  }
}

/** Given names that are words no list gives as names, and often a brand's or a place's first word ("Sky Sports"). */
const WORD_GIVEN_NAMES = new Set(['sky', 'brook', 'honor']);

/**
 * "grandchildren Sky Kellaway and …", "winner, Brook Halsey,": such a word is a given name before
 * one surname or unknown word and no more, where no "the", "a" or possessive before makes it a thing's first word.
 */
function wordsThatAreGivenNames(text: string, tokens: readonly Token[], classes: WordClass[], lex: PeopleLexicon): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (classes[i] !== 'common' || t.possessive || !WORD_GIVEN_NAMES.has(t.lower)) continue;
    const next = tokens[i + 1];
    if ((classes[i + 1] !== 'surname' && classes[i + 1] !== 'unknown') || !/^ $/.test(text.slice(t.end, next.start))) continue;
    // (opening a sentence, only as its subject or set off: "Sky Kellaway said she …", "Brook Halsey, 12,")
    if (t.sentenceStart && !SUBJECT_AFTER.test(text.slice(next.end, next.end + 12))) continue;
    // a word no list knows as a surname needs the article's own sign of a person: the word again without this given
    // name ("Drew Kellaway … Sky Kellaway"), a role before ("last year's winner, Brook Halsey,"), an age or "said she"
    // after; "Sky Deutschland said it agreed" stays a broadcaster's name
    if (classes[i + 1] === 'unknown' && !surnameElsewhere(text, tokens, i + 1)
      && !lex.roleNouns.has(ROLE_BEFORE.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1] ?? '')
      && !PERSON_AFTER.test(text.slice(next.end, next.end + 24))) continue;
    const after = tokens[i + 2];
    if (after && after.shape === 'capitalised' && /^ $/.test(text.slice(next.end, after.start)) && !next.possessive) continue;
    const before = wordBefore(text, t.start).word;
    if (before === 'the' || before === 'a' || before === 'an' || before === 'of' || before.endsWith("'s") || before.endsWith('’s')
      || lex.skippedWords.has(before) && !/^(?:and|or|but)$/.test(before)) continue;
    classes[i] = 'given';
  }
}

/** A lower-case word, and a comma perhaps, right before. */
const ROLE_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+),?[ \t]{1,2}$/u;
/** ", 34," or "said she", "says he" right after a name. */
const PERSON_AFTER = /^(?:,[ \t]\d{1,3},|[ \t](?:said|says|told [\p{L}]+)[ \t](?:she|he)\b)/u;

/**
 * Whether the capitalised word stands elsewhere in the text after no capitalised word, as a person does ("Halloran
 * said", "Halloran, a nurse," beside "June Halloran thanked volunteers"; not "Brexit will dominate"): the article's
 * sign that it is a surname. `at` is this mention's start.
 */
function wordAloneElsewhere(text: string, word: string, at: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (i === at || /[\p{L}\d]/u.test(text.charAt(i + word.length)) || /[\p{L}\d]/u.test(text.charAt(i - 1))) continue;
    if (!/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, i - 20), i))
      && SPOKEN_OF_AS_PERSON.test(text.slice(i + word.length, i + word.length + 12))) return true;
  }
  return false;
}

/** What follows a person named alone: "said", "told", ", a nurse,", ", who", ", 34,". */
const SPOKEN_OF_AS_PERSON = /^(?:,[ \t](?:a|an|who|\d{1,3},)[ \t,]|[ \t](?:said|says|told|added)\b)/;

/** Whether the word at `k` stands elsewhere in the article after something other than the word before it here. */
function surnameElsewhere(text: string, tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].lower;
  const opener = tokens[k - 1].lower;
  for (let j = 0; j < tokens.length; j++) {
    if (j === k || tokens[j].lower !== word) continue;
    if (j > 0 && tokens[j - 1].lower === opener && /^ $/.test(text.slice(tokens[j - 1].end, tokens[j].start))) continue;
    return true;
  }
  return false;
}

/** Months that are also women's given names. */
const MONTH_GIVEN_NAMES = new Set(['april', 'may', 'june', 'august']);

/** Words before a month that make it the month: "In June", "by May", "last April", "mid-August", "of June". */
const MONTH_LEADS = new Set(['in', 'on', 'by', 'since', 'until', 'till', 'til', 'from', 'to', 'through', 'throughout',
  'during', 'before', 'after', 'last', 'next', 'this', 'that', 'early', 'late', 'mid', 'of', 'each', 'every', 'between',
  'for', 'into', 'around', 'about', 'come', 'as', 'than',
  // (a determiner makes the month a modifier: "the June Brexit deadline", "its May Fairhaven show")
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'whose', 'same']);

/** What follows a name that is a sentence's subject or set off: a comma, a possessive, a reporting or common verb. */
const SUBJECT_AFTER = /^(?:,|['’]s\b|[ \t](?:and|said|says|told|who|was|is|has|had|will|would|won|led|spoke|wrote|added)\b)/;

/** Another month and "and", "or", "to" before: "in May and June", "April or May". */
const MONTH_JOINED_BEFORE = /(?:january|february|march|april|may|june|july|august|september|october|november|december),?[ \t]{1,2}(?:and|or|to|through)[ \t]{1,2}$/i;

/**
 * "Councillor May Oduya", "June Halloran and Will Dawson spoke": a month's name is a given name before one capitalised
 * word that is a surname or a word no list knows (not "May Day", "April Fools", "June 5", "June 2024"), where nothing
 * before it makes it the month ("In June Carter said", "by May Ministers", "5 June"). "and" and "or" lean to the
 * month only after another month ("in May and June Carter").
 */
function monthIsGivenName(text: string, start: number, end: number, lex: PeopleLexicon): boolean {
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90 || text.charCodeAt(start + 1) < 97) return false;
  const next = /^ (\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)(?![\p{L}\d])/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  const w = next[1].toLowerCase();
  if (lex.skippedWords.has(w) || lex.givenNames.has(w)) return false;
  const c2 = classifyWord(w, lex, false);
  if (c2 !== 'surname' && c2 !== 'unknown') return false;
  // ("May Elections": a plural of a word of the language the lists miss)
  if (w.endsWith('s') && classifyWord(w.slice(0, -1), lex, false) === 'common') return false;
  // ("June Carter 2024", "May Ellery 12-4": a figure after the pair is a date's or a score's)
  if (/^[ \t]*,?[ \t]*\d/.test(text.slice(end + next[0].length, end + next[0].length + 4))) return false;
  const before = wordBefore(text, start);
  if (before.numeric || MONTH_LEADS.has(before.word) || /[\d-][ \t]*$/.test(text.slice(Math.max(0, start - 3), start))
    || MONTH_JOINED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  // after a sentence's start or a comma, a word no list knows as a surname needs the pair to be a subject or set off
  // ("June Oduya said", "May Oduya, 40,"), not a modifier ("June Brexit talks resumed", "On Monday, May Sales rose")
  if (before.word === '' && c2 === 'unknown') {
    return SUBJECT_AFTER.test(text.slice(end + next[0].length, end + next[0].length + 12)) || wordAloneElsewhere(text, next[1], end + 1);
  }
  return true;
}

/** Short forms of a day or month that are also Chinese names: "Sun Yuelin", "Ma Jun". */
const CALENDAR_NAMES = new Set(['sun', 'jun']);

/**
 * "Sun Yuelin", "Ma Jun", "Li Jun said": a day's or month's short form that is also a Chinese family or given name
 * is a name's word before a given name written in pinyin, or after a family name written first; "Sun, Nov. 3",
 * "Jun 5" stay dates.
 */
function calendarWordIsName(text: string, w: string, start: number, end: number, lex: PeopleLexicon): boolean {
  const after = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, end + 16));
  if (w === 'sun' && after && isPinyinName(after[1].toLowerCase(), lex)) return true;
  const before = /\b(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 12), start));
  return before !== null && lex.familyNamesFirst.has(before[1].toLowerCase()) && !/^[ \t]*[.\d]/.test(text.slice(end, end + 2));
}

/**
 * "Sun Yuelin", "Song Jianguo said": a family name written first that is also a word (or a day's short form) opens a
 * name before a given name in pinyin, at a sentence's start too (elsewhere the lists make it a name's first word).
 */
function familyNamesThatAreWords(text: string, tokens: readonly Token[], classes: WordClass[], lex: PeopleLexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (CALENDAR_NAMES.has(t.lower)) { classes[i] = 'given'; continue; }
    if (classes[i] !== 'common' || !t.sentenceStart || !lex.familyNamesFirst.has(t.lower) || i + 1 >= tokens.length) continue;
    const next = tokens[i + 1];
    if ((classes[i + 1] === 'unknown' || classes[i + 1] === 'given' || CALENDAR_NAMES.has(next.lower)) && next.start - t.end === 1 && text.charCodeAt(t.end) === 32
      && isPinyinName(next.lower, lex)) {
      classes[i] = 'given';
    }
  }
}

/** One or two syllables of pinyin: "Yuelin", "Jianguo", "Xiaoling". */
const PINYIN = new RegExp(`^(?:${'(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)'}){1,2}$`);

/** A word no list knows that reads as a Chinese given name written in pinyin. */
export function isPinyinName(w: string, lex: PeopleLexicon): boolean {
  return w.length >= 3 && PINYIN.test(w) && !lex.commonWords.has(w) && !lex.surnames.has(w) && !lex.places.has(w);
}

/** "340 Skyliners", "12 Albatrosses": a count before a capitalised plural, the models of a product. */
const COUNTED_MODELS = /\b\d[\d,]*[ \t]+(\p{Lu}\p{Ll}+?)(?:es|s)\b/gu;

/**
 * "a Corvin Skyliner bound for Kelso … 340 Skyliners in use": a name whose last word the article counts in the plural
 * is a product's model, where its first word is no given name and nothing personal is said of it. (A last word the
 * article uses alone as a firm's is not enough: "founder Augustin Brenner" beside "Brenner sold 1.2 million cars".)
 */
function modelNames(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[],
  personal: ReadonlySet<string>, titled: ReadonlySet<NameFinding>): void {
  let counted: Set<string> | undefined;
  for (const f of findings) {
    if (!f.person || f.first === f.last || titled.has(f) || classes[f.first] === 'given') continue;
    const last = tokens[f.last].lower;
    if (personal.has(last) || personal.has(nameKey(tokens, f))) continue;
    if (!counted) {
      counted = new Set();
      for (const m of text.matchAll(COUNTED_MODELS)) counted.add(m[1].toLowerCase());
    }
    if (counted.has(last)) { f.person = false; f.firm = true; }
  }
}

/**
 * "Hawthorne Clarke has hired 200 engineers … founded by Jane Hawthorne and Ian Clarke": the surnames of two people
 * the article names together ("A and B"), in that order, are a firm named after them both wherever nothing personal
 * is said of the pair itself.
 */
function namedAfterTwoPeople(text: string, tokens: readonly Token[], findings: NameFinding[], personal: ReadonlySet<string>,
  ownEvidence: ReadonlyMap<NameFinding, number>): void {
  let pairs: Set<string> | undefined;
  for (let i = 0; i + 1 < findings.length; i++) {
    const a = findings[i];
    const b = findings[i + 1];
    if (!a.person || !b.person || a.last === a.first || b.last === b.first) continue;
    if (!/^,?[ \t]{1,2}(?:and|&)[ \t]{1,2}$/.test(text.slice(tokens[a.last].end, tokens[b.first].start))) continue;
    (pairs ??= new Set()).add(tokens[a.last].lower + ' ' + tokens[b.last].lower);
  }
  if (!pairs) return;
  for (const f of findings) {
    if (f.last !== f.first + 1 || ownEvidence.has(f)) continue;
    const key = nameKey(tokens, f);
    if (!pairs.has(key) || personal.has(key)) continue;
    f.person = false;
    f.firm = true;
  }
}

/**
 * "Tom and Rosa Reyes, who run the bakery": a given name alone before "and" and a person's full name that opens with a
 * given name is a person too (the couple share the surname).
 */
function givenNamesOfCouples(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[],
  lex: PeopleLexicon): void {
  for (let i = 0; i + 1 < findings.length; i++) {
    const f = findings[i];
    const next = findings[i + 1];
    if (f.person || f.firm || f.first !== f.last || classes[f.first] !== 'given' || tokens[f.first].possessive) continue;
    if (!next.person || next.last === next.first || classes[next.first] !== 'given') continue;
    const t = tokens[f.first];
    if (t.sentenceStart && lex.commonWords.has(t.lower)) continue;
    if (/^[ \t]{1,2}and[ \t]{1,2}$/.test(text.slice(t.end, tokens[next.first].start))) f.person = true;
  }
}

/** "15 - ", "7- ", "11 -": a shirt number and a dash before a player's name in a team's line-up. */
const SHIRT_NUMBER_BEFORE = /(?:^|[\s(;,])\d{1,2} ?[-–] ?$/;

/**
 * "15 - Teodor Ilic, 14 - Tane Rua, 13 - Jarrah Quaid (Ivo Brandt, 51 mins)": in a line-up that numbers its players, a
 * name after a shirt number is a player where two names numbered so on the same line are people by their own
 * evidence. Only name-like words (no place, organisation or word of the language opens it).
 */
function numberedLineUps(text: string, tokens: readonly Token[], classes: readonly WordClass[], findings: NameFinding[]): void {
  const numbered = new Map<number, NameFinding[]>();
  for (const f of findings) {
    if (f.firm || f.last - f.first > 3) continue;
    const t = tokens[f.first];
    const c = text.charCodeAt(t.start - 1);
    if (c !== 32 && c !== 45 && c !== 0x2013) continue;
    if (!SHIRT_NUMBER_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    const list = numbered.get(t.line);
    if (list) list.push(f); else numbered.set(t.line, [f]);
  }
  for (const list of numbered.values()) {
    if (list.length < 3) continue;
    let people = 0;
    for (const f of list) if (f.person) people++;
    if (people < 2) continue;
    for (const f of list) {
      if (f.person || tokens[f.last].possessive) continue;
      let nameLike = true;
      for (let k = f.first; k <= f.last; k++) {
        const c = classes[k];
        if (c !== 'unknown' && c !== 'given' && c !== 'surname' && c !== 'particle' && c !== 'initial') nameLike = false;
      }
      if (nameLike) f.person = true;
    }
  }
}

/**
 * A name ending in a firm's word with nothing personal of its own ("Keaton Ford" of "The film stars Keaton Ford"): a
 * person where the article shows the surname alone to be one ("Ford, 61,", "Ford said he"), else no name at all.
 */
function resolvePending(tokens: readonly Token[], findings: NameFinding[], personal: ReadonlySet<string>): void {
  let kept = 0;
  for (const f of findings) {
    if (f.pending) {
      f.pending = undefined;
      if (!personal.has(tokens[f.last].lower)) continue;
      f.person = true;
    }
    findings[kept++] = f;
  }
  findings.length = kept;
}

/** Capitalised after a possessive, what makes the two a shop's name: "Kelly's Diner", "Marsh's Bakery". */
const SHOP_NOUNS = new Set(['diner', 'cafe', 'café', 'bar', 'pub', 'kitchen', 'bakery', 'garage', 'restaurant', 'store',
  'shop', 'deli', 'grill', 'tavern', 'inn', 'pharmacy', 'salon', 'bistro', 'brewery', 'pizzeria', 'steakhouse', 'emporium']);
/** The 's and a capitalised word after it. */
const UPPER_AFTER_SPACE = /^['’]s?[ \t]\p{Lu}/u;

const EPONYMS = new Set(['disease', 'syndrome', 'law', 'theorem', 'principle', 'paradox', 'constant', 'equation', 'comet']);
/** The same without the possessive, where a person's name before the word says nothing else: "Tessler syndrome". */
const EPONYMS_PLAIN = new Set(['disease', 'syndrome', 'theorem', 'equation', 'boson']);

const SHIP_PREFIX_BEFORE = /(?:^|[^\p{L}])(?:USS|USNS|HMS|HMCS|HMAS|HMNZS|RMS|MV|MS|SS|RV)[ \t]$/u;

/** "the Spirit of ", "the Pride of ": a capitalised word of the language and "of" after "the". */
const NAMED_OF_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]{1,2}\p{Lu}\p{Ll}+[ \t]{1,2}of[ \t]$/u;

const SAINT_BEFORE = /(?:^|[^\p{L}])(?:St|Ste|Saint|Sainte|Santa)\.?[ \t]$/u;

/** What a person does to a firm or a team, after the name, in a clause that the noun before it opens. */
const CLAUSE_VERB_AFTER = /^[ \t]{1,2}(?:founded|co-founded|built|set|started|formed|created|runs|ran|leads|led|owns|owned|left|joined|coached|coaches|managed|manages|took|bought|sold|signed)\b/;

function clauseVerbAfter(text: string, t: Token): boolean {
  return !t.possessive && CLAUSE_VERB_AFTER.test(text.slice(t.end, t.end + 14));
}

/** Roles before a name that a firm has as well as a person: "its rival Minera Alcott", "investor Sterling Hart". */
const FIRMS_ARE_TOO = new Set(['rival', 'rivals', 'competitor', 'owner', 'owners', 'leader', 'investor', 'buyer',
  'bidder', 'partner', 'shareholder', 'sponsor', 'supplier', 'client', 'landlord', 'tenant', 'lender', 'creditor']);

/** Evidence of a person in one mention itself (see ownEvidence in findPeople). */
const OWN_TITLE = 1;
const OWN_APPOSITIVE = 2;
const OWN_HE = 4;
const OWN_SHE = 8;
/** Born, died, founded a firm. */
const OWN_LIFE = 16;
const OWN_ANY = OWN_TITLE | OWN_APPOSITIVE | OWN_HE | OWN_SHE | OWN_LIFE;
/** A ship's or an engine's name may hold a title ("Princess Lorna") and take "she"; not a person's appositive. */
const OWN_UNLIKE_A_VEHICLE = OWN_APPOSITIVE | OWN_HE | OWN_LIFE;

/** What only a person does, right after the name: "Harold Pemberley died in 1979", "… was born in Dayton". */
// (", was born": after an apposition before the name, "Its founder, Gordon Whitlaw, was born"; "founded the firm")
const PERSON_ONLY_AFTER = /^,?[ \t]{1,2}(?:died|dies|was born|married|marries|resigned|resigns|retired|retires|was buried|was knighted|was arrested|underwent|smiled|laughed|(?:co-)?founded[ \t]{1,2}(?:the|it|a|an|his|her)\b)\b/;

function personOnlyAfter(text: string, t: Token): boolean {
  return !t.possessive && PERSON_ONLY_AFTER.test(text.slice(t.end, t.end + 24));
}

/** "Its founder, Gordon Whitlaw,", "the chairman, Simon Vellacott.": a role noun set off by a comma right before. */
const ROLE_COMMA_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+),[ \t]{1,2}$/u;

function roleInApposition(text: string, start: number, last: Token, lex: PeopleLexicon): boolean {
  if (text.charCodeAt(start - 2) !== 44 /* , */ || last.possessive) return false;
  const m = ROLE_COMMA_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  const close = text.charCodeAt(last.end);
  return m !== null && lex.roleNouns.has(m[1]) && (close === 44 || close === 46 || close === 59);
}

/** "founded in 1934 by", "set up by": the name after it is the founder, a person (a firm founded by a firm has its suffix). */
const FOUNDED_BY = /\b(?:founded|co-founded|set up|started|established)(?:[ \t]{1,2}in[ \t]{1,2}\d{4})?[ \t]{1,2}by[ \t]{1,2}$/;

function foundedBy(text: string, start: number): boolean {
  return text.charCodeAt(start - 2) === 121 /* y of "by" */ && FOUNDED_BY.test(text.slice(Math.max(0, start - 36), start));
}

/** ", who": a relative clause about a person. */
function appositiveWho(text: string, t: Token): boolean {
  return !t.possessive && text.charCodeAt(t.end) === 44 /* , */ && /^, who /.test(text.slice(t.end, t.end + 6));
}

/**
 * "Ferrari said …" with no Ferrari of a full name anywhere in the article, no title and nothing personal: a one-word
 * brand that is also a surname names the firm (news introduces a person by full name first).
 */
function dropLoneFirmSurnames(tokens: readonly Token[], findings: NameFinding[], titled: ReadonlySet<NameFinding>,
  personal: ReadonlySet<string>, lex: PeopleLexicon): void {
  let surnamesOfNames: Set<string> | undefined;
  for (const f of findings) {
    if (!f.person || f.first !== f.last || titled.has(f)) continue;
    const word = tokens[f.first].lower;
    if (!lex.firmSurnames.has(word) || personal.has(word)) continue;
    if (!surnamesOfNames) {
      surnamesOfNames = new Set();
      for (const g of findings) if (g.last > g.first) surnamesOfNames.add(tokens[g.last].lower);
    }
    if (!surnamesOfNames.has(word)) { f.person = false; f.firm = true; }
  }
}

/**
 * A bare word that names a person elsewhere in the article ("Michael Dell") and a firm in its own sentence ("Dell said
 * it would cut prices on its laptops", "Dell shares rose"): that mention is the firm's, not a short form of the person.
 */
function markFirmMentions(text: string, tokens: readonly Token[], findings: NameFinding[], titled: ReadonlySet<NameFinding>,
  firms: ReadonlySet<string>, owned: ReadonlySet<string>, lex: PeopleLexicon, headlines: ReturnType<typeof headlineLines>): void {
  // only a mention that is a person by its own evidence, or could be a short form of one, is worth the look
  const namesWords = new Set<string>();
  const surnames = new Set<string>();
  for (const f of findings) {
    if (f.person && f.last > f.first) {
      namesWords.add(tokens[f.first].lower);
      namesWords.add(tokens[f.last].lower);
      surnames.add(tokens[f.last].lower);
    }
  }
  // the last words of full names the article uses as a firm's ("Harold Pemberley Co."): "Pemberley said it …" is that firm
  const firmLastWords = new Set<string>();
  for (const key of firms) if (key.includes(' ')) firmLastWords.add(key.slice(key.lastIndexOf(' ') + 1));
  // each bare mention's use is asked up to three times below, and reading it is dear: once a token
  const uses = new Map<number, ReturnType<typeof organisationUse>>();
  const useOf = (k: number): ReturnType<typeof organisationUse> => {
    if (!uses.has(k)) uses.set(k, organisationUse(text, tokens, k, k));
    return uses.get(k);
  };
  // ("Carver & Lowe" names the firm by both families: "Lowe" alone is not its short form, as "Carver" may be)
  const firmAlone = (k: number): boolean => useOf(k) === 'sure' && !ampersandBefore(text, tokens[k].start);
  const introduced = introducedAsFirm(tokens, findings, headlines, firmAlone);
  // (or that the article uses as a firm twice or more and never alone as a person: "Harold Pemberley opened his first
  // bakery in 1932 … Pemberley shares fell … Pemberley employs 4,000": "Pemberley said on Monday that the company
  // would move" is the firm too)
  const firmUsesOf = new Map<string, number>();
  const personalUsesOf = new Map<string, number>();
  for (const f of findings) {
    if (f.first !== f.last) continue;
    const t = tokens[f.first];
    const said = saidOf(text, t);
    if (personalUse(text, tokens, f.first) || said === 'person' || titled.has(f) || saysPersonal(text, t, lex)) {
      personalUsesOf.set(t.lower, (personalUsesOf.get(t.lower) ?? 0) + 1);
    } else if (said === 'thing' || firmAlone(f.first)) {
      firmUsesOf.set(t.lower, (firmUsesOf.get(t.lower) ?? 0) + 1);
    }
  }
  for (const [word, n] of firmUsesOf) if (n >= 2 && !personalUsesOf.has(word)) introduced.add(word);
  for (const f of findings) {
    if (f.first !== f.last || f.firm || titled.has(f)) continue;
    const word = tokens[f.first].lower;
    if (!f.person && !namesWords.has(word)) continue;
    const use = useOf(f.first);
    // whom the sentence goes on to be about: "Vellacott said in a statement that … it could no longer …" is the
    // firm, "… that he would forgo his own pay" the chairman
    const said = saidOf(text, tokens[f.first]);
    const pronoun = personalUse(text, tokens, f.first) || said === 'person';
    const firmKnown = lex.organisations.has(word) || lex.firmSurnames.has(word) || lex.firmWords.has(word);
    const firmElsewhere = firms.has(word) || owned.has(word);
    // "Marsh & Tully employs 900" beside "Gideon Marsh, the founder": a firm, where the word joined to it is no
    // surname of a person the article names (else left to the firm's other evidence: "Nell Penn … Ivo Quist")
    const partner = pronoun ? undefined : ampersandPartner(text, tokens[f.first]);
    if ((partner !== undefined && !surnames.has(partner))
      || firmInItsSentence(text, tokens, f.first, firmElsewhere, firmKnown, use, pronoun)
      || (said === 'thing' && (firmElsewhere || firmLastWords.has(word)))
      || ((firmKnown || firmElsewhere) && !pronoun && (besideFirm(text, tokens[f.first], firms, lex) || namedBySelf(text, tokens[f.first])))
      || (introduced.has(word) && !pronoun && !titled.has(f) && !saysPersonal(text, tokens[f.first], lex))) {
      f.person = false;
      f.firm = true;
    }
  }
}

/**
 * "Thornbury, the garden tool maker founded by Edwin Thornbury, will close …": a bare word the article uses as a
 * firm before any person's full name ends in it names the firm in every later bare mention that says nothing
 * personal of itself ("Thornbury said in a statement that the company would …", "ask Thornbury to keep the works
 * open", "the Thornbury works"), as a reader takes it; the family's people are named in full or with a pronoun, title
 * or age ("Vellacott, 58,"). Headlines do not count: their words may be anyone's.
 */
function introducedAsFirm(tokens: readonly Token[], findings: readonly NameFinding[],
  headlines: ReturnType<typeof headlineLines>, firmAlone: (k: number) => boolean): Set<string> {
  const named = new Set<string>();
  const firms = new Set<string>();
  for (const f of findings) {
    const t = tokens[f.last];
    if (inHeadline(tokens[f.first], headlines)) continue;
    const word = t.lower;
    if (named.has(word) || firms.has(word)) continue;
    if (f.first !== f.last) { if (f.person) named.add(word); continue; }
    if (!t.possessive && (f.firm || firmAlone(f.first))) firms.add(word);
  }
  return firms;
}

/** Something only a person is, in the words right around a bare mention: an age, ", who", a role, a quotation's speaker. */
function saysPersonal(text: string, t: Token, lex: PeopleLexicon): boolean {
  if (t.possessive) return true;
  if (ageAfter(text, t) || appositiveWho(text, t) || personOnlyAfter(text, t) || roleBefore(text, t.start, lex)) return true;
  // "the company Vellacott founded"
  if (/^[ \t]{1,2}(?:co-)?founded\b/.test(text.slice(t.end, t.end + 14))) return true;
  const before = wordBefore(text, t.start).word;
  return (before === 'said' || before === 'says' || before === 'mr' || before === 'mrs' || before === 'ms' || before === 'dr')
    || QUOTE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))
    || lex.personVerbs.has(wordAfter(text, t.end).word);
}

/** '"…," Vellacott said': the speaker after a closing quotation mark. */
const QUOTE_BEFORE = /[,.!?]["”]\s{1,2}$/;

/**
 * "a professor at Halvorsen" beside "Halvorsen University" (or "Anders Halvorsen", its founder): a bare word that
 * opens an institution's name elsewhere in the article, after "at" or "in", is that institution, not a short form.
 */
function markInstitutionMentions(text: string, tokens: readonly Token[], classes: readonly WordClass[],
  findings: NameFinding[], lex: PeopleLexicon): void {
  let institutions: Set<string> | undefined;
  for (const f of findings) {
    if (f.first !== f.last || f.firm) continue;
    const t = tokens[f.first];
    if (t.possessive) continue;
    const lead = wordBefore(text, t.start).word;
    if (lead !== 'at' && lead !== 'in') continue;
    if (!institutions) institutions = institutionWords(text, tokens, classes, lex);
    if (institutions.has(t.lower) && !personalUse(text, tokens, f.first)) { f.person = false; f.firm = true; }
  }
}

/** Words that end a sports club's name: "Dunmore Athletic", "Brackwater Rovers", "Kelso FC". */
const TEAM_WORDS = new Set(['athletic', 'athletico', 'rovers', 'united', 'city', 'town', 'wanderers', 'fc', 'afc', 'albion',
  'rangers', 'harriers', 'hotspur', 'argyle', 'thistle', 'county', 'villa', 'academicals', 'orient']);

/**
 * "Brackwater Rovers beat Dunmore Athletic 3-1 … Dunmore, who had not lost in 14 matches, took the lead": a word the
 * article uses as a club's first word is the club where it stands alone ("who" and "said" are a club's as well in
 * sports prose), unless the article shows a person of that name: a full name ending in it ("Ellis Dunmore"), or "he",
 * "she", an age or a title with the bare word.
 */
function markClubMentions(text: string, tokens: readonly Token[], findings: NameFinding[], titled: ReadonlySet<NameFinding>): void {
  let clubs: Set<string> | undefined;
  for (let k = 1; k < tokens.length; k++) {
    if (!TEAM_WORDS.has(tokens[k].lower) || tokens[k].shape === 'lower') continue;
    const before = tokens[k - 1];
    if (before.possessive || before.shape !== 'capitalised' || before.line !== tokens[k].line
      || !/^[ \t]{1,2}$/.test(text.slice(before.end, tokens[k].start))) continue;
    (clubs ??= new Set()).add(before.lower);
  }
  if (!clubs) return;
  const people = new Set<string>();
  for (const f of findings) {
    const t = tokens[f.last];
    if (!clubs.has(t.lower)) continue;
    if ((f.person && f.last > f.first && !TEAM_WORDS.has(tokens[f.last + 1]?.lower ?? '')) || titled.has(f)
      || (f.first === f.last && (ageAfter(text, t) || personalPronoun(text, tokens, f.last) !== undefined))) people.add(t.lower);
  }
  for (const f of findings) {
    if (f.first !== f.last || !f.person || titled.has(f)) continue;
    const word = tokens[f.first].lower;
    if (clubs.has(word) && !people.has(word)) { f.person = false; f.firm = true; }
  }
}

/** The word right before an institution's noun: "halvorsen" of "Halvorsen University", "Lindqvist Memorial Infirmary". */
function institutionWords(text: string, tokens: readonly Token[], classes: readonly WordClass[], lex: PeopleLexicon): Set<string> {
  const words = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (classes[k] !== 'org' || !lex.nonPersonWords.has(tokens[k].lower) || tokens[k - 1].possessive) continue;
    const c = classes[k - 1];
    if ((c === 'unknown' || c === 'surname' || c === 'given') && /^[ \t]{1,2}$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
      words.add(tokens[k - 1].lower);
    }
  }
  return words;
}

/** The word, in lower case, joined to this one by an ampersand ("Marsh & Tully", "Tully & Marsh"), if any. */
function ampersandPartner(text: string, t: Token): string | undefined {
  if (t.possessive) return undefined;
  const after = AMPERSAND_NEXT.exec(text.slice(t.end, t.end + 40));
  if (after) return after[1].toLowerCase();
  const before = AMPERSAND_PREVIOUS.exec(text.slice(Math.max(0, t.start - 40), t.start));
  return before ? before[1].toLowerCase() : undefined;
}

const AMPERSAND_NEXT = /^[ \t]{1,2}&[ \t]{1,2}(\p{Lu}[\p{L}'’-]*)/u;
const AMPERSAND_PREVIOUS = /(\p{Lu}[\p{L}'’-]*)[ \t]{1,2}&[ \t]{1,2}$/u;

/** "Dell and Hewlett-Packard reported …", "Apple or Dell": a firm's name joined by "and"/"or" to a known firm's. */
function besideFirm(text: string, t: Token, firms: ReadonlySet<string>, lex: PeopleLexicon): boolean {
  const isFirm = (w: string | undefined) => w !== undefined && (lex.organisations.has(w) || firms.has(w));
  if (t.possessive) return false;
  const after = JOINED_AFTER.exec(text.slice(t.end, t.end + 40));
  if (after && isFirm(after[1].toLowerCase())) return true;
  const before = JOINED_BEFORE.exec(text.slice(Math.max(0, t.start - 40), t.start));
  return before !== null && isFirm(before[1].toLowerCase());
}

const JOINED_AFTER = /^,? (?:and|or) (\p{Lu}[\p{L}&-]*)/u;
const JOINED_BEFORE = /(\p{Lu}[\p{L}&-]*),? (?:and|or) $/u;

/** "Michael Dell said Dell would …": a person does not report himself by his surname, so this is his firm. */
function namedBySelf(text: string, t: Token): boolean {
  const back = text.slice(Math.max(0, t.start - 40), t.start);
  const m = SAID_BEFORE.exec(back);
  return m !== null && m[1] === t.text;
}

const SAID_BEFORE = /\p{Lu}\p{L}+ (\p{Lu}[\p{L}'’-]+) (?:said|says|told reporters) $/u;


/** A role or title in lower case right before: "assistant", "striker", "president". */
function roleBefore(text: string, start: number, lex: PeopleLexicon): boolean {
  const before = wordBefore(text, start).word;
  return before !== '' && (lex.roleNouns.has(before) || lex.titles.has(before));
}

/** A name alone on its line, or after "By": a byline names its writer. Looks a few characters either way only. */
function isByline(text: string, start: number, end: number): boolean {
  let i = skipBlanksBack(text, start);
  if (i >= 2 && (text[i - 1] === 'y' || text[i - 1] === 'Y') && (text[i - 2] === 'b' || text[i - 2] === 'B') && i < start) {
    i = skipBlanksBack(text, i - 2);
  }
  if (i > 0 && text.charCodeAt(i - 1) !== 10) return false;
  let j = end;
  while (j < text.length && j - end < 8 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
  return j === text.length || text.charCodeAt(j) === 10;
}

/**
 * A credit label and a colon before, on the same line: "Photo: …", "Court reporter: …", "Pictures: …". Only names are
 * credited there, so a full name of unfamiliar words after one is a person's, where it ends the credit (the line, a
 * "|" or ")" or "*" or ";" or "/" or "," after it, or "for" and the outlet).
 */
const CREDIT_LABEL = /(?:^|[.|(*_;/]\s*)(?:[\p{L}-]+\s+)?(?:photos?|photographs?|photography|pictures?|images?|illustrations?|graphics|video|credit|text|words|reporter|reporting|writer|editor|editing|correspondent|photographer|interview(?:er)?)\s*:\s*$/iu;
const CREDIT_END = /^(?:\s*(?:$|\r?\n|[|)*;/,_])| for )/u;

function creditSlot(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < 80 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (!CREDIT_LABEL.test(text.slice(lineStart, start))) return false;
  return CREDIT_END.test(text.slice(end, end + 6));
}

function skipBlanksBack(text: string, from: number): number {
  let i = from;
  while (i > 0 && from - i < 8 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

/** The run's last token when only ordinary words opening a sentence stand before it ("Later Dell"), else its first. */
function afterOpener(tokens: readonly Token[], classes: readonly WordClass[], run: { first: number; last: number }): number {
  if (run.first === run.last || !tokens[run.first].sentenceStart) return run.first;
  for (let k = run.first; k < run.last; k++) if (classes[k] !== 'common') return run.first;
  return run.last;
}

function allNameLike(classes: readonly WordClass[], part: NamePart): boolean {
  for (let k = part.first; k <= part.last; k++) {
    const c = classes[k];
    // a word of the language after a particle is a surname: "Anouk van der Berg", "Luc de Bruin"
    if (c === 'common' && k > part.first && classes[k - 1] === 'particle') continue;
    if (c !== 'unknown' && c !== 'surname' && c !== 'given' && c !== 'particle' && c !== 'initial') return false;
  }
  return true;
}

/** ", 34," right after the word. */
function ageAfter(text: string, t: Token): boolean {
  return !t.possessive && text.charCodeAt(t.end) === 44 /* , */ && AGE_AFTER.test(text.slice(t.end, t.end + 7));
}

const AGE_AFTER = /^,\s{1,3}\d{1,3},/;

/** "Ukraine", "Russian", "After": one word that no context makes a person (it may still repeat a known name). */
function cannotStandAlone(token: Token, c: WordClass): boolean {
  return c === 'place' || c === 'demonym' || (c === 'common' && token.sentenceStart);
}

/** The words in lower case, single-spaced: the same name elsewhere in the text has the same key. */
function nameKey(tokens: readonly Token[], part: { first: number; last: number }): string {
  let key = tokens[part.first].lower;
  for (let k = part.first + 1; k <= part.last; k++) key += ' ' + tokens[k].lower;
  return key;
}

/**
 * A name's own evidence, weighed: 'strong' cues (title, given name, "said", an age) suffice alone; a bare pair of
 * unfamiliar capitalised words is 'weak' and is dropped where the same words elsewhere name an organisation.
 */
function personhood(tokens: readonly Token[], classes: readonly WordClass[], part: NamePart, ev: Evidence, lex: PeopleLexicon):
  'strong' | 'weak' | 'none' {
  if (ev.words >= 2 || ev.hasInitial) {
    if (ev.titled || ev.familyFirst || ev.reported || ev.appositive) return 'strong';
    // "in Victoria Falls", "the Stone Age": a given name before a word of the language, after "the", "in" or "at", and
    // nothing else personal (without the "the", 20 dev names of people whose surname is a word were lost, measured)
    // ("Gail Ann Petrakis": a word of the language before a given name and a surname counts as a given name)
    if (ev.givenFirst || (classes[part.first] === 'common' && part.last - part.first === 2 && classes[part.first + 1] === 'given')) return ev.placeLead && classes[part.last] === 'common' && !ev.hasInitial && !ev.acted ? 'none' : 'strong';
    // "J. R. Whitcombe" — but not "U.N. Resolution" or "U.S. Marines"
    if (ev.hasInitial && allNameLike(classes, part)) return 'strong';
    // "Willem van den Broek": particles join a name, they do not lengthen it into a title or a place
    if (ev.placeLead || ev.words - ev.particles > 3) return 'none';
    // "Bill Gates died", "Will Brand spoke": a given name that is also a word, opening a sentence, before a word of the
    // language, is a name where what follows is something only a person does
    if (ev.acted && classes[part.first] === 'given' && part.last - part.first === 1) return 'strong';
    // two or three unfamiliar capitalised words mid-sentence are usually a name in news prose
    if (!allNameLike(classes, part)) return 'none';
    return !tokens[part.first].sentenceStart || classes[part.first] !== 'unknown' || ev.acted ? 'weak' : 'none';
  }
  const c = classes[part.first];
  // "the Sailor Revolt", "a Captain Cup final": an ordinary word after a capitalised role (not "Mr", "President")
  if (part.titled && c === 'common' && !ev.personTitle && !ev.reported && !ev.appositive) return 'none';
  // "the Mariners, who won", "the Rangers": a word of the language after "the", "in", "at", or a plural after "the",
  // names a team or a group
  if (!ev.titled && ((c === 'common' && ev.placeLead) || (ev.afterThe && c === 'unknown' && tokens[part.first].lower.endsWith('s')))) return 'none';
  // "Sky said it would …": a given name that is also a word of the language says "said" of a firm as often as of a person
  const speaker = c === 'surname' || (c === 'given' && !lex.commonWords.has(tokens[part.first].lower))
    || ((c === 'unknown' || c === 'given') && ev.quoteSpeaker);
  return ev.titled || (ev.reported && speaker) || ev.appositive ? 'strong' : 'none';
}
