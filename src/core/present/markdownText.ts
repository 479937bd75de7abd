// Building Markdown from text nobody vouches for. Notes, sources, reviewer names and quotes come from sidecar files
// anyone can commit: they must reach a hover as literal text, never as links, images, HTML or command links.

/** Every ASCII punctuation character, each of which CommonMark lets a backslash turn into a literal. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Text as literal Markdown on one line: punctuation escaped (no emphasis, links, HTML, `$(icon)`, autolinks) and
 *  whitespace runs collapsed, so neither indentation (code blocks) nor blank lines (new blocks) can be smuggled in. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(ASCII_PUNCTUATION, '\\$&');
}

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

/** A source as Markdown: a link when it is an http(s) URL, escaped text otherwise (e.g. "phone call with the mayor"). */
export function sourceMarkdown(source: string): string {
  const url = webUrl(source);
  if (!url) return escapeInline(source);
  return `[${escapeInline(source)}](${linkTarget(url.href)})`;
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
