// An organisation named with what it is or where it works: "the German NGO Klimawacht", "Harbourwiki Deutschland",
// "Lumenaid Italia". A name ending in a country's own name for itself (no English word and no surname), or opened by
// the capitals of a kind of organisation, is a branch or a body, never a person; its short forms ("Klimawacht") go
// with it.
import type { PersonMention } from '../spans';

const ORGANISATION_NAME = /^I?NGOs? | (?:Deutschland|España|Italia|Nederland|Österreich|Schweiz|Suisse|Polska|Sverige|Norge|Danmark|Suomi)$/;

/** The mentions without those that name an organisation, and without the other mentions of their entities. */
export function withoutOrganisationBranches(mentions: PersonMention[]): PersonMention[] {
  const bodies = new Set(mentions.filter(m => ORGANISATION_NAME.test(m.text)).map(m => m.entity));
  return bodies.size === 0 ? mentions : mentions.filter(m => !bodies.has(m.entity));
}
