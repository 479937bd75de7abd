// Markdown front matter: a YAML block fenced by "---" lines at the very top of an article (Jekyll, Hugo, most static
// site generators). It tells about the article (its date, its author) and is never part of what the article says.

/** Characters looked at for it: an unclosed fence must not make a long article cost more. */
const REACH = 8000;
const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export interface FrontMatter {
  /** The block's lines between the fences. */
  readonly fields: string;
  /** Where `fields` starts in the text. */
  readonly fieldsStart: number;
  /** Where the article's body starts, after the closing fence and its line break. */
  readonly end: number;
}

/** The article's front matter, or undefined when it has none. */
export function frontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text.slice(0, REACH));
  if (!m) return undefined;
  return { fields: m[1], fieldsStart: m[0].indexOf(m[1]), end: m[0].length };
}
