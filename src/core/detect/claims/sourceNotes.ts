// A story's notes on its sources, which state nothing of their own: a citation's line, a document's maker, kind and day
// ("Harbour party press release, 2 May 2017", "Council statement, March 3, 2026."), and a note on how the quotes were
// taken ("Statements in quotes were taken directly from the board's documents."). The claim model scored them 0.63–0.65.
// A journal's line that is only its reference ("DOI: 10.5555/harbour.12.3", "Volume 9, no. 2, e0413-22, 2024,
// https://doi.org/10.5555/…") scored 0.55–0.60 for its figures: a citation names where something is, and says nothing.
import { lazyPattern } from '../../text/lazyPattern';
import { isDateStamp } from './furniture';

const MAX_LENGTH = 160;
/** Most words naming a citation's maker before its document's kind ("Harbour party", "The Ministry of Health's"). */
const MAX_MAKER_WORDS = 6;

/** A document's kind, its day after a comma, and nothing after: the end of a citation's line. */
const CITED_DOCUMENT = lazyPattern(() => /\b(?:press release|news release|media release|(?:press )?statement|briefing|blog post|speech|newsletter|bulletin|fact ?sheet|press conference|report),[ \t]+([^,.;!?]{4,30}(?:,[ \t]*\d{4})?)\.?$/i);

/** Where quotes were taken from: "Statements in quotes were taken directly from …", "Quotes are drawn from the court's records." */
const QUOTES_TAKEN = lazyPattern(() => /^(?:statements|remarks|passages|words|quotes|quotations|excerpts)(?: (?:in|within) (?:quotes|quotation marks))? (?:were|are|have been) (?:taken|drawn|quoted|excerpted|reproduced)(?: directly| verbatim)? from\b[^!?]{0,80}$/i);

/** A DOI, as a link or after its label: "doi.org/10.5555/x.12", "DOI: 10.5555/x.12", "doi:10.5555/x.12". */
const DOI = /(?:https?:\/\/)?(?:dx\.)?doi\.org\/\S+|\bdoi:?\s*10\.\d{4,}\/\S+|https?:\/\/\S+/gi;
/** A word of two letters or more. */
const WORD = /\p{L}{2,}/gu;
/** Most words outside its links of a citation's line: "Volume", "no", "pp". */
const MAX_CITATION_WORDS = 3;

/** Is the unit a journal's reference and nothing else: a DOI, perhaps with a volume's and a page's figures? */
function isReferenceLine(text: string): boolean {
  if (!/doi/i.test(text)) return false;
  const rest = text.replace(DOI, ' ');
  return rest !== text && (rest.match(WORD)?.length ?? 0) <= MAX_CITATION_WORDS;
}

/** Is the unit a note on the story's sources (see above)? */
export function isSourceNote(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  const text = unit.trim();
  if (isReferenceLine(text)) return true;
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
