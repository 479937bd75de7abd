import assert from 'node:assert/strict';
import { numberOf, parseJsonNodes, stringOf } from '../../../../src/core/claimReview/jsonNodes';

const parsedValue = (text: string) => {
  const parsed = parseJsonNodes(text);
  assert.ok(parsed.ok, text);
  return parsed.node;
};
const error = (text: string) => {
  const parsed = parseJsonNodes(text);
  assert.ok(!parsed.ok, text);
  return [parsed.message, parsed.offset];
};

describe('parseJsonNodes', () => {
  it('reads JSON with the offset of every value', () => {
    const text = '\uFEFF{"a": [1, -2.5e1, "x\\n\\u00e9"], "b": {"c": true, "d": null}}';
    const node = parsedValue(text);
    assert.equal(node.kind, 'object');
    const a = node.kind === 'object' ? node.entries.get('a') : undefined;
    assert.equal(a?.kind, 'array');
    const items = a?.kind === 'array' ? a.items : [];
    assert.deepEqual(items.map(i => i.offset), [text.indexOf('1'), text.indexOf('-2.5e1'), text.indexOf('"x')]);
    assert.deepEqual([numberOf(items[0]), numberOf(items[1]), stringOf(items[2])], [1, -25, 'x\né']);
    assert.equal(numberOf({ kind: 'string', offset: 0, value: ' 4 ' }), 4);
    assert.equal(numberOf({ kind: 'string', offset: 0, value: 'four' }), undefined);
  });

  it('refuses what is not strict JSON, at the offending character', () => {
    assert.deepEqual(error('{"a": 1,}'), ['expected a property name in double quotes, found \'}\'', 8]);
    assert.deepEqual(error('[1 2]'), ['expected \',\' or \']\', found \'2\'', 3]);
    assert.deepEqual(error('{"a": 1} x'), ['unexpected \'x\' after the JSON value', 9]);
    assert.deepEqual(error('{"a": 1, "a": 2}'), ['duplicate property "a"', 9]);
    assert.deepEqual(error('"tab\there"'), ['control character in a string (write it as an escape such as \\n)', 4]);
    assert.deepEqual(error('// note\n{}'), ['expected a value, found \'/\'', 0]);
    assert.deepEqual(error('{"a": "open'), ['unterminated string', 11]);
    assert.deepEqual(error(''), ['expected a value, found the end of the file', 0]);
    assert.deepEqual(error('['.repeat(500)), ['nested more than 100 levels deep', 101]);
  });
});
