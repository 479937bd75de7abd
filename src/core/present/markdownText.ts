// Building Markdown from text nobody vouches for. Notes, sources, reviewer names and quotes come from sidecar files
// anyone can commit: they must reach a hover as literal text, never as links, images, HTML or command links.

/** Every ASCII punctuation character, each of which CommonMark lets a backslash turn into a literal. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Text as literal Markdown on one line: punctuation escaped (no emphasis, links, HTML, `$(icon)`, autolinks) and
 *  whitespace runs collapsed, so neither indentation (code blocks) nor blank lines (new blocks) can be smuggled in. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(ASCII_PUNCTUATION, '\\$&');
}

/** Text for a Markdown file people also read as plain text (a report), on one line: only what Markdown would misread
 *  is escaped — backslash, backtick, `*`, `~`, brackets (links, images), `<` (HTML, autolinks), `|` (table cells), an
 *  `&` that would start an entity, an underscore at a word's edge, a block marker at the start — so "Defence, Kyrylo
 *  Budanov, said 3.5%" stays as it is. */
export function escapeReadable(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
    .replace(/[\\`*~[\]<|]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/_/g, (_underscore, at: number, all: string) => (WORD_CHAR.test(all[at - 1] ?? '') && WORD_CHAR.test(all[at + 1] ?? '') ? '_' : '\\_'));
  return flat.replace(/^(#|>|[-+=]|\d+(?=[.)]))/, '\\$1');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Like escapeInline, but keeps the author's line breaks as hard breaks. */
export function escapeMultiline(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeInline).filter(line => line.length > 0).join('  \n');
}

/** The URL if it is http(s), else undefined: only these may become clickable. */
export function webUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/** Longest link text a hover shows for a URL: one unbroken word cannot wrap, so a longer one is cut in the middle. */
const MAX_LINK_TEXT = 70;

/** A source as Markdown: a link when it is an http(s) URL (its text shortened in the middle when long, the target
 *  whole), escaped text otherwise (e.g. "phone call with the mayor"). */
export function sourceMarkdown(source: string): string {
  const url = webUrl(source);
  if (!url) return escapeInline(source);
  const text = source.trim();
  const shown = text.length > MAX_LINK_TEXT ? `${text.slice(0, 45)}…${text.slice(-(MAX_LINK_TEXT - 46))}` : text;
  return `[${escapeInline(shown)}](${linkTarget(url.href)})`;
}

/** A `command:` link target: id plus JSON arguments, encoded so the target cannot end early. */
export function commandTarget(command: string, args: unknown): string {
  return linkTarget(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}

/** Percent-encodes what would end or split a Markdown link destination (encodeURIComponent leaves parentheses). */
function linkTarget(target: string): string {
  return target.replace(/[()<>\s"'\\]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A claim's note and sources as Markdown blocks (hover and Claims view tooltip alike): escaped text, and links only
 *  for http(s) sources. */
export function noteAndSourcesMarkdown(annotation: { note?: string; sources?: readonly string[] } | undefined): string[] {
  const blocks: string[] = [];
  if (annotation?.note) blocks.push(`**Note:** ${escapeMultiline(annotation.note)}`);
  const sources = annotation?.sources ?? [];
  if (sources.length) blocks.push(['**Sources:**', ...sources.map(s => `- ${sourceMarkdown(s)}`)].join('\n'));
  return blocks;
}
