// A regular expression made the first time it is needed, not when its module is evaluated. V8 parses a pattern when
// it creates it, and a Unicode letter class (\p{L}, \p{Lu}, …) costs about 0.05 ms to parse: the detection script's
// module-level patterns cost some 40 ms in every process that detects, most of them for rules a short article never
// reaches. A pattern behind this is made once, on its first use, and is then the same object every time (so a global
// or sticky pattern's lastIndex behaves as before); what it matches is unchanged.

/** A pattern made on its first use: call it for the pattern. */
export type LazyPattern = () => RegExp;

/** The pattern `make` gives, made on the first call and returned by every call. */
export function lazyPattern(make: () => RegExp): LazyPattern {
  let pattern: RegExp | undefined;
  return () => (pattern ??= make());
}

/** Does `text` match the pattern? Its shape (a pattern without letter classes holding every match of it, neither global
 *  nor sticky) is tested first, so a text that cannot match never has the pattern made or compiled. */
export function testShaped(shape: RegExp, pattern: LazyPattern, text: string): boolean {
  return shape.test(text) && pattern().test(text);
}
