// JSON read into nodes that remember where they stand in the file, so a problem in an imported ClaimReview — a syntax
// error, or a field of the wrong kind — is reported at its line and column. Strict JSON (RFC 8259): no comments, no
// trailing commas. Nesting is bounded, so a hand-made file cannot exhaust the stack.

export type JsonNode =
  | { kind: 'object'; offset: number; entries: Map<string, JsonNode> }
  | { kind: 'array'; offset: number; items: JsonNode[] }
  | { kind: 'string'; offset: number; value: string }
  | { kind: 'number'; offset: number; value: number }
  | { kind: 'boolean'; offset: number; value: boolean }
  | { kind: 'null'; offset: number };

export type JsonParse = { ok: true; node: JsonNode } | { ok: false; message: string; offset: number };

const MAX_DEPTH = 100;

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** The document as nodes, or the first syntax error and its offset. A leading byte-order mark is skipped. */
export function parseJsonNodes(text: string): JsonParse {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, offset = at): never => {
    throw new JsonSyntaxError(message, offset);
  };
  const skipSpace = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  };
  const describe = (offset: number) => (offset >= text.length ? 'the end of the file' : `'${text[offset]}'`);

  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    skipSpace();
    const start = at;
    const c = text[at];
    if (c === '{') return object(depth, start);
    if (c === '[') return array(depth, start);
    if (c === '"') return { kind: 'string', offset: start, value: string() };
    if (c === '-' || (c >= '0' && c <= '9')) return number(start);
    for (const [word, node] of [['true', { kind: 'boolean', offset: start, value: true }], ['false', { kind: 'boolean', offset: start, value: false }], ['null', { kind: 'null', offset: start }]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return node;
      }
    }
    return fail(`expected a value, found ${describe(at)}`);
  };

  const object = (depth: number, start: number): JsonNode => {
    at++;
    const entries = new Map<string, JsonNode>();
    skipSpace();
    if (text[at] === '}') {
      at++;
      return { kind: 'object', offset: start, entries };
    }
    for (;;) {
      skipSpace();
      if (text[at] !== '"') fail(`expected a property name in double quotes, found ${describe(at)}`);
      const keyOffset = at;
      const key = string();
      if (entries.has(key)) fail(`duplicate property "${key}"`, keyOffset);
      skipSpace();
      if (text[at] !== ':') fail(`expected ':' after "${key}", found ${describe(at)}`);
      at++;
      entries.set(key, value(depth + 1));
      skipSpace();
      if (text[at] === ',') { at++; continue; }
      if (text[at] === '}') { at++; return { kind: 'object', offset: start, entries }; }
      fail(`expected ',' or '}', found ${describe(at)}`);
    }
  };

  const array = (depth: number, start: number): JsonNode => {
    at++;
    const items: JsonNode[] = [];
    skipSpace();
    if (text[at] === ']') {
      at++;
      return { kind: 'array', offset: start, items };
    }
    for (;;) {
      items.push(value(depth + 1));
      skipSpace();
      if (text[at] === ',') { at++; continue; }
      if (text[at] === ']') { at++; return { kind: 'array', offset: start, items }; }
      fail(`expected ',' or ']', found ${describe(at)}`);
    }
  };

  const string = (): string => {
    at++;
    let out = '';
    let runStart = at;
    for (;;) {
      if (at >= text.length) fail('unterminated string');
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        out += text.slice(runStart, at);
        at++;
        return out;
      }
      if (code < 0x20) fail('control character in a string (write it as an escape such as \\n)');
      if (code === 0x5c) {
        out += text.slice(runStart, at);
        const escape = text[at + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (escape in simple) {
          out += simple[escape];
          at += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
          out += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
          at += 6;
        } else fail('invalid escape in a string');
        runStart = at;
        continue;
      }
      at++;
    }
  };

  const number = (start: number): JsonNode => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail('invalid number');
    at += match![0].length;
    return { kind: 'number', offset: start, value: Number(match![0]) };
  };

  try {
    const node = value(0);
    skipSpace();
    if (at < text.length) fail(`unexpected ${describe(at)} after the JSON value`);
    return { ok: true, node };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

/** A node's string value, or undefined when it is not a string. */
export function stringOf(node: JsonNode | undefined): string | undefined {
  return node?.kind === 'string' ? node.value : undefined;
}

/** A node's number value; a numeric string ("5") counts, as schema.org's Text-or-Number ratings are often written. */
export function numberOf(node: JsonNode | undefined): number | undefined {
  if (node?.kind === 'number') return node.value;
  if (node?.kind === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(node.value)) return Number(node.value);
  return undefined;
}
