// A story's notes on its sources, which state nothing of their own: a citation's line, a document's maker, kind and day
// ("Harbour party press release, 2 May 2017", "Council statement, March 3, 2026."), and a note on how the quotes were
// taken ("Statements in quotes were taken directly from the board's documents."). The claim model scored them 0.63–0.65.
import { lazyPattern } from '../../text/lazyPattern';
import { isDateStamp } from './furniture';

const MAX_LENGTH = 160;
/** Most words naming a citation's maker before its document's kind ("Harbour party", "The Ministry of Health's"). */
const MAX_MAKER_WORDS = 6;

/** A document's kind, its day after a comma, and nothing after: the end of a citation's line. */
const CITED_DOCUMENT = lazyPattern(() => /\b(?:press release|news release|media release|(?:press )?statement|briefing|blog post|speech|newsletter|bulletin|fact ?sheet|press conference|report),[ \t]+([^,.;!?]{4,30}(?:,[ \t]*\d{4})?)\.?$/i);

/** Where quotes were taken from: "Statements in quotes were taken directly from …", "Quotes are drawn from the court's records." */
const QUOTES_TAKEN = lazyPattern(() => /^(?:statements|remarks|passages|words|quotes|quotations|excerpts)(?: (?:in|within) (?:quotes|quotation marks))? (?:were|are|have been) (?:taken|drawn|quoted|excerpted|reproduced)(?: directly| verbatim)? from\b[^!?]{0,80}$/i);

/** Is the unit a note on the story's sources (see above)? */
export function isSourceNote(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  const text = unit.trim();
  const first = text.charCodeAt(0) | 32;
  if ((first === 115 /* s */ || first === 114 /* r */ || first === 112 /* p */ || first === 119 /* w */ || first === 113 /* q */ || first === 101 /* e */)
    && (text.includes(' taken ') || text.includes(' drawn ') || text.includes(' quoted ') || text.includes(' excerpted ') || text.includes(' reproduced '))
    && QUOTES_TAKEN().test(text)) return true;
  // (a citation ends on its date's year: a figure before the full stop, if any)
  const last = text.charCodeAt(text.length - (text.endsWith('.') ? 2 : 1));
  if (last < 48 || last > 57 || !text.includes(', ')) return false;
  const cited = CITED_DOCUMENT().exec(text);
  // (its maker in a few words before the kind; a sentence citing its source at its end says more: "… would save £2bn,
  // according to a Treasury press release, 2 May 2017.")
  if (cited === null || !/\d{4}$/.test(cited[1]) || !isDateStamp(cited[1], 0)) return false;
  const maker = text.slice(0, cited.index).trim();
  return !maker.includes(',') && maker.split(/\s+/).length <= MAX_MAKER_WORDS;
}
