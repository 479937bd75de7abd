import assert from 'node:assert/strict';
import { lineAt, lineStarts, positionAt } from '../../../../src/core/text/lines';

const TEXT = 'Headline\r\n\r\nFirst line.\rSecond line.\nThird line.';

describe('text: line numbers', () => {
  it('starts a line after LF, CRLF and a lone CR', () => {
    assert.deepEqual(lineStarts(TEXT), [0, 10, 12, 24, 37]);
    assert.deepEqual(lineStarts(''), [0]);
  });

  it('gives 1-based lines and UTF-16 columns, the CR of a CRLF on the line it ends', () => {
    const starts = lineStarts(TEXT);
    assert.equal(lineAt(starts, TEXT.indexOf('Second')), 4);
    assert.deepEqual(positionAt(starts, TEXT.indexOf('line.\nThird')), { line: 4, column: 8 });
    assert.deepEqual(positionAt(starts, 8), { line: 1, column: 9 });
    assert.deepEqual(positionAt(starts, 0), { line: 1, column: 1 });
  });
});
