// Which files of a folder are articles, for the CLI's walk and the extension's workspace index alike: one list of
// extensions and one default exclude list, so `factcheck report FOLDER` and the Claims view see the same articles.

/** Folders never searched for articles unless the user says otherwise (`factcheck.exclude`). */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'];

/** File extensions of articles, by the VS Code language id their documents get (`factcheck.languages`). */
export const ARTICLE_EXTENSIONS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  markdown: ['md', 'markdown'],
  plaintext: ['txt'],
};

/** Every article extension (the CLI's rule: `.md`, `.markdown` and `.txt`). */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.values(ARTICLE_EXTENSIONS_BY_LANGUAGE).flat();

/** The extensions of the article languages given (unknown languages have none). */
export function extensionsOf(languages: readonly string[]): string[] {
  return [...new Set(languages.flatMap(language => ARTICLE_EXTENSIONS_BY_LANGUAGE[language] ?? []))];
}

/** Whether a file name or path ends in an article extension (case-insensitive). Sidecars end in `.yaml`: never. */
export function isArticleFile(path: string, extensions: readonly string[] = ARTICLE_EXTENSIONS): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && extensions.includes(path.slice(dot + 1).toLowerCase());
}

/**
 * A test for paths relative to a folder (`/`-separated) against glob patterns as VS Code writes them: `**` any number
 * of folders, `*` and `?` within one name, `{a,b}` alternatives. `**∕node_modules/**` excludes `node_modules/x.md`
 * and `a/node_modules/b/x.md` alike.
 */
export function globMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const expressions = globs.filter(g => typeof g === 'string' && g.trim()).map(g => new RegExp(`^${globSource(g.trim())}$`));
  return relativePath => expressions.some(e => e.test(relativePath));
}

function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const before = i === 0 || glob[i - 1] === '/';
      i++;
      if (glob[i + 1] === '/' && before) {
        out += '(?:.*/)?'; // `**/`: no folder or any folders
        i++;
      } else if (before && out.endsWith('/') && i === glob.length - 1) {
        out = `${out.slice(0, -1)}(?:/.*)?`; // trailing `/**`: the folder itself or anything in it
      } else out += '.*';
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',') out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return out;
}
