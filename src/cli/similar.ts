// `factcheck similar`: for each claim of each FILE, the earlier verdicts under the folders given that may apply, best
// first. Verdicts are read from every sidecar under --in (the articles `report` would list), matched in core/match.
import path from 'node:path';
import { explanationText } from '../core/match/explain';
import type { EarlierVerdict } from '../core/match/earlierVerdict';
import { earlierVerdictsOf } from '../core/match/fromSidecar';
import { matchArticle, type ClaimMatches } from '../core/match/matchArticle';
import { prepareMatchIndex } from '../core/match/matchIndex';
import { shortText } from '../core/text/oneLine';
import { articleFilesIn } from './articleFiles';
import { importedVerdictsIn } from './earlierVerdicts';
import { type CliIO, readArguments, readOrReport, terminalSafe, usageError } from './io';
import { formatProblem, loadArticle, positionFinder } from './sidecars';

export const SIMILAR_USAGE = `usage: factcheck similar [--json] [--in DIR]... [--top K] [--all-sentences] FILE...

  for each claim of FILE, the earlier verdicts under DIR that may apply, best first ("have we checked this
  before?"). Every reviewed claim (any status but unverified) of every article under DIR counts, and every
  fact-check in a ClaimReview file (*.claimreview.json, *.claimreview.jsonld) there; FILE's own verdicts never do.
  Folders named node_modules, .git, dist and out are skipped.
  --in DIR          where the earlier verdicts are (repeatable; default: the current folder)
  --top K           at most K matches a claim (default 5)
  --all-sentences   every sentence of FILE, not only its detected claims
  --json            one JSON object a line per file:
                    {"file","claims":[{"start","end","text","matches":[{"article","id","status","quote","score","why"}]}]}
                    score is 0-1; why says what the two share or where they differ (a differing figure first)
`;

interface SimilarOptions {
  json: boolean;
  dirs: string[];
  top: number;
  allSentences: boolean;
  files: string[];
}

function parseSimilarArgs(args: string[]): SimilarOptions | string {
  const options: SimilarOptions = { json: false, dirs: [], top: 5, allSentences: false, files: [] };
  const files = readArguments(args, ['in', 'top'], (name, value) => {
    if (name === 'json') options.json = true;
    else if (name === 'all-sentences') options.allSentences = true;
    else if (name === 'in') options.dirs.push(value!);
    else if (name === 'top' && /^[1-9]\d*$/.test(value!)) options.top = Number(value);
    else if (name === 'top') return `--top needs a whole number of at least 1, got '${value}'`;
    else return `unknown option '${name.startsWith('-') ? name : `--${name}`}'`;
    return undefined;
  });
  if (typeof files === 'string') return files;
  options.files = files;
  if (!options.dirs.length) options.dirs.push('.');
  return options.files.length ? options : 'no files given';
}

/** Every verdict under the folders, with the resolved path of its article (to leave a FILE's own verdicts out). A
 *  malformed or unreadable sidecar is reported and left out: `similar` advises, it is no gate (that is `check`). */
function readEarlierVerdicts(dirs: readonly string[], io: CliIO): { verdicts: EarlierVerdict[]; files: string[]; failed: boolean } {
  const verdicts: EarlierVerdict[] = [];
  const files: string[] = [];
  const { articles, problems } = articleFilesIn(dirs);
  for (const problem of problems) io.err(`factcheck: ${problem}\n`);
  const failed = problems.length > 0;
  for (const { file } of articles) {
    const loaded = loadArticle(file, io);
    if (loaded.kind === 'ok') {
      const found = earlierVerdictsOf(file.split(path.sep).join('/'), loaded.articleText, loaded.claims);
      verdicts.push(...found);
      files.push(...found.map(() => path.resolve(file)));
    } else if (loaded.kind === 'malformed') {
      for (const problem of loaded.problems) io.err(formatProblem(loaded.sidecar, problem));
    } else if (loaded.kind === 'unreadable') {
      io.err(`factcheck: cannot read ${loaded.path}: ${loaded.reason}\n`);
    }
  }
  return { verdicts, files, failed };
}

/** Exit 2 when a folder or FILE is missing or unreadable (reported, the rest still matched), 0 otherwise. */
export async function runSimilar(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(SIMILAR_USAGE);
    return 0;
  }
  const options = parseSimilarArgs(args);
  if (typeof options === 'string') return usageError(io, `similar: ${options}`, SIMILAR_USAGE);

  const { verdicts, files: verdictFiles, failed } = readEarlierVerdicts(options.dirs, io);
  // fact-checks published elsewhere (ClaimReview files under the same folders) count too; they are nobody's FILE
  for (const verdict of importedVerdictsIn(options.dirs, io).verdicts) {
    verdicts.push(verdict);
    verdictFiles.push(`imported:${verdict.article}`);
  }
  let exitCode = failed ? 2 : 0;
  // a FILE's own verdicts are left out by giving them an article name no query uses
  const articleKey = (i: number) => verdictFiles[i];
  const index = prepareMatchIndex(verdicts.map((verdict, i) => ({ ...verdict, article: articleKey(i) })));
  const shownPath = new Map(verdicts.map((verdict, i) => [articleKey(i), verdict.article]));

  for (const file of options.files) {
    const text = readOrReport(io, file);
    if (text === undefined) {
      exitCode = 2;
      continue;
    }
    const spans = options.allSentences ? io.detection().splitSentences(text) : io.detection().analyze(text).claims;
    const claims = matchArticle(index, text, spans, { excludeArticle: path.resolve(file), top: options.top });
    if (options.json) io.out(`${JSON.stringify({ file, claims: claims.map(claim => jsonClaim(claim, shownPath)) })}\n`);
    else io.out(humanReport(file, text, claims, shownPath));
  }
  return exitCode;
}

function jsonClaim(claim: ClaimMatches, shownPath: ReadonlyMap<string, string>) {
  return {
    start: claim.start, end: claim.end, text: claim.text,
    matches: claim.matches.map(({ verdict, score, explanation }) => ({
      article: shownPath.get(verdict.article) ?? verdict.article, id: verdict.id, status: verdict.status, quote: verdict.quote,
      score: Math.round(score * 1e6) / 1e6,
      ...(verdict.line !== undefined ? { line: verdict.line } : {}),
      ...(verdict.publisher ? { publisher: verdict.publisher } : {}), ...(verdict.url ? { url: verdict.url } : {}),
      why: explanationText(explanation),
    })),
  };
}

function humanReport(file: string, text: string, claims: readonly ClaimMatches[], shownPath: ReadonlyMap<string, string>): string {
  const position = positionFinder(text);
  const matched = claims.filter(claim => claim.matches.length);
  if (!matched.length) return terminalSafe(`${file}: no earlier verdicts match\n`);
  let out = '';
  for (const claim of matched) {
    const { line, column } = position(claim.start);
    out += terminalSafe(`${file}:${line}:${column}: "${shortText(claim.text, 72)}"`) + '\n';
    for (const { verdict, score, explanation } of claim.matches) {
      const where = `${shownPath.get(verdict.article) ?? verdict.article}${verdict.line !== undefined ? `:${verdict.line}` : ''}`;
      const why = explanationText(explanation);
      out += terminalSafe(`  ${score.toFixed(2)}  ${verdict.status}  ${where}  "${shortText(verdict.quote, 60)}"${why ? ` — ${why}` : ''}`) + '\n';
    }
  }
  return out;
}
