// A byline joined to its desk by a hyphen, as some papers print it at a story's opening: "Tendai Moyo-Herald Reporter",
// "Ruth Banda-Senior Business Reporter". The hyphen makes one word of the surname and the desk's first word, which no
// name is; the line's shape says who the writer is: two or three capitalised words opening the line, a hyphen, up to
// three capitalised words and a reporter's noun.
import type { PersonMention } from '../spans';
import { lazyPattern } from '../../text/lazyPattern';

const DESK_BYLINE = lazyPattern(() => /(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,2})-(?:\p{Lu}\p{Ll}+[ \t]){1,3}(?:Reporter|Correspondent|Writer|Editor)s?(?![\p{L}-])/gu);

/** The mentions with each such byline's writer added, where no mention already covers the name. */
export function withDeskBylines(text: string, mentions: PersonMention[]): PersonMention[] {
  if (!text.includes('Reporter') && !text.includes('Correspondent') && !text.includes('Writer') && !text.includes('Editor')) return mentions;
  let added: PersonMention[] | undefined;
  const pattern = DESK_BYLINE();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (mentions.some(p => p.start < end + 1 && p.end > start)) continue;
    (added ??= []).push({ start, end, text: m[1], entity: m[1] });
  }
  return added ? mentions.concat(added).sort((a, b) => a.start - b.start) : mentions;
}
