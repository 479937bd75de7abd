// Towns, neighbourhoods and streets that local news names the way it names people: "a 39-year-old Corbin man", "a
// resident of Monte Verde", "people who live on Alder Vale". Each is read from a few characters beside the name, as
// evidence of a place (evidence.ts), so every mention of that name in the story is the place unless the story shows a
// person of it.

/** The people a hometown describes: "a 27-year-old Millbrook woman", "a Corbin teen". */
const PERSON_AFTER = /^[ \t]+(?:man|woman|men|women|boy|girl|teen|teenager|youth|resident|residents|couple|native|family|mother|father|motorist|driver)(?![\p{L}\d'’-])/u;

/** "a ", "an ", "a 39-year-old ", "two ": what opens a hometown before its people (not "the": "the Carter family"). */
const HOMETOWN_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our)[ \t]+(?:\d{1,3}-year-old[ \t]+)?$/u;

/**
 * "A 39-year-old Corbin man was arrested", "two Millbrook women": a name between "a" (and an age) and a noun of people
 * is where they come from. A person's name never stands so ("a 39-year-old Tom Ruiz" has no "man" after it).
 */
export function hometownBetween(text: string, start: number, end: number): boolean {
  return PERSON_AFTER.test(text.slice(end, end + 12)) && HOMETOWN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** "residents of ", "a native of ", "who live on ", "living in ": where people live, a place's name follows. */
const LIVES_AT_BEFORE = /(?:^|[^\p{L}])(?:residents?[ \t]+of|natives?[ \t]+of|(?:lives?|lived|living)[ \t]+(?:on|in))[ \t]+$/iu;

export function residenceBefore(text: string, start: number): boolean {
  return LIVES_AT_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
