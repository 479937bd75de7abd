// An organisation named with what it is or where it works: "the German NGO Germanwatch", "Wikimedia Deutschland",
// "Amnesty Italia". A name ending in a country's own name for itself, or opened by the capitals of a kind of
// organisation, is a branch or a body, never a person; its short forms ("Germanwatch") go with it.
import type { PersonMention } from '../spans';

/**
 * Countries' names for themselves that are no English word and no surname: a national branch's last word
 * ("Wikimedia Deutschland", "Greenpeace España").
 */
const OWN_COUNTRY_NAMES = new Set(['deutschland', 'españa', 'italia', 'nederland', 'österreich', 'schweiz', 'suisse', 'svizzera',
  'polska', 'sverige', 'norge', 'danmark', 'suomi', 'brasil', 'türkiye', 'magyarország', 'česko', 'hrvatska', 'ελλάδα']);

/** The capitals of a kind of organisation opening its name: "NGO Germanwatch", "NGOs Oxfam". */
const ORGANISATION_KIND_CAPITALS = /^(?:NGO|NGOs|INGO|INGOs) /;

/** Whether a mention's words name a branch or a body rather than a person. */
function namesOrganisation(text: string): boolean {
  if (text.charCodeAt(0) === 78 /* N */ || text.charCodeAt(0) === 73 /* I */) {
    if (ORGANISATION_KIND_CAPITALS.test(text)) return true;
  }
  const space = text.lastIndexOf(' ');
  return space > 0 && OWN_COUNTRY_NAMES.has(text.slice(space + 1).toLowerCase());
}

/** The mentions without those that name an organisation, and without the other mentions of their entities. */
export function withoutOrganisationBranches(mentions: PersonMention[]): PersonMention[] {
  let bodies: Set<string> | undefined;
  for (const m of mentions) if (namesOrganisation(m.text)) (bodies ??= new Set()).add(m.entity);
  return bodies === undefined ? mentions : mentions.filter(m => !bodies!.has(m.entity));
}
