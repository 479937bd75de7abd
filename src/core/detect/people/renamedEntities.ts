// A mention read anew as a longer name ("Albert Gore" → "Albert Gore, Jr.", "Strand" → "Mark Strand") gives the person a
// new entity; the mentions linked to the old one (short forms, possessives) are the same person and follow it.
import type { PersonMention } from '../spans';

/** The mentions, each whose entity `renamed` maps given the new name (none changed where `renamed` is undefined). */
export function withEntitiesRenamed(mentions: PersonMention[], renamed: ReadonlyMap<string, string> | undefined): PersonMention[] {
  if (renamed === undefined) return mentions;
  return mentions.map(m => {
    const entity = renamed.get(m.entity);
    return entity !== undefined ? { ...m, entity } : m;
  });
}
