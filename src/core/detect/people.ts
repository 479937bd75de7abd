import type { PersonMention } from '../spans';

/** Finds personal names and links later surname mentions to the full name. Placeholder until the detector lands. */
export function detectPeople(_text: string): PersonMention[] {
  return [];
}
