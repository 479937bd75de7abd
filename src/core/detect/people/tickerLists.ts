// "Solana (SOL), Cardano (ADA), Cosmos Hub (ATOM)", "Fidelity (FBTC), Invesco (BTCO) and Harlow Vane (HVX)": a list
// of coins, tokens or funds, each with its ticker in capitals in brackets. A two-word name in such a list is a coin's
// or a fund's, not a person's, though it reads as a given name and a surname ("Cosmos Hub", a fund named after its
// founders). Evidence: at least two other items of the list are one word each, with tickers of their own (a list of
// politicians with their parties' letters names each in full: "Ana Ruiz (DLP), Tom Kell (UPN)").

/** A ticker in brackets right after the name: " (ATOM)", " (EZBC)". */
const TICKER_AFTER = /^[ \t]\(([A-Z][A-Z0-9]{1,5})\)/;
/** One capitalised word after a list's separator, then its ticker: ", Cardano (ADA)", "and Invesco (BTCO)". */
const ONE_WORD_ITEM = /(?:^|[,:;(]|\band|\bor)[ \t]+[A-Z][\w.-]*[ \t]\(([A-Z][A-Z0-9]{1,5})\)/g;

/** An exchange and its ticker in brackets right after the name: " (NYSE: HVS)", " (Nasdaq:QLL)", " (OTC:DSKYY)". */
const EXCHANGE_TICKER_AFTER = /^[ \t]\((?:NYSE|Nasdaq|NASDAQ|AMEX|OTC|LSE|TSX|ASX|TSE|HKEX|Euronext|SIX|NSE|BSE)(?: American| Arca)?[ \t]?:?[ \t]?[A-Z][A-Z0-9.]{0,6}\)/;

/**
 * Whether an exchange's ticker in brackets follows the name that ends at `end` ("Harlan Voss (NYSE: HVS) rose"): a
 * listed company's, as a release or a market report writes it; no person is quoted on an exchange.
 */
export function exchangeTickerAfter(text: string, end: number): boolean {
  return EXCHANGE_TICKER_AFTER.test(text.slice(end, end + 24));
}

/** A bare ticker in brackets after a name's 's, then a capitalised word: " (HVS) Velquro". */
const TICKER_THEN_BRAND = /^[ \t]\([A-Z][A-Z0-9]{1,5}\)[ \t][A-Z][a-z]/;

/**
 * Whether a ticker in brackets follows a name's 's that ends at `own`, with its exchange ("… 's (NYSE: HVS) shares") or
 * bare before a brand ("Harlan Voss's (HVS) Velquro and Dormiva"): a listed company's, as a market report names what
 * it owns (a party's letters come before an office, "Ana Ruiz's (DLP) government").
 */
export function tickerAfterPossessive(text: string, own: number): boolean {
  return TICKER_THEN_BRAND.test(text.slice(own, own + 12)) || exchangeTickerAfter(text, own);
}

/** Whether the name ending at `end` is an item of a list of tickers (read within its line, 240 characters either side). */
export function tickerListItem(text: string, end: number): boolean {
  const own = TICKER_AFTER.exec(text.slice(end, end + 10));
  if (own === null) return false;
  let from = Math.max(0, end - 240), to = Math.min(text.length, end + 240);
  const lineStart = text.lastIndexOf('\n', end);
  if (lineStart >= from) from = lineStart + 1;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
  const tickers = new Set<string>();
  ONE_WORD_ITEM.lastIndex = 0;
  const window = text.slice(from, to);
  for (let m = ONE_WORD_ITEM.exec(window); m !== null; m = ONE_WORD_ITEM.exec(window)) if (m[1] !== own[1]) tickers.add(m[1]);
  return tickers.size >= 2;
}
