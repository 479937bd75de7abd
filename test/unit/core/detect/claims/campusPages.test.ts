import assert from 'node:assert/strict';
import { furnitureOf } from '../../../../../src/core/detect/claims/furniture';
import { isWidgetText } from '../../../../../src/core/detect/claims/widgets';

// University and foundation news pages (issue 14): made-up lines of a release's stamp and a page header's weather box.
describe('claims: campus pages', () => {
  it('reads a release\'s "Released:" stamp as the page\'s furniture, not a sentence that opens on "Released"', () => {
    assert.notEqual(furnitureOf('Released: 16-Jan-2031 9:00 AM EST'), undefined);
    assert.notEqual(furnitureOf('Released: March 3, 2031'), undefined);
    assert.equal(furnitureOf('Released in 2031, the album sold two million copies.'), undefined);
  });

  it('reads a weather box\'s temperature alone on its line as a widget', () => {
    for (const line of ['15.9 C', '22°C', '-3 °F']) assert.ok(isWidgetText(line), line);
    assert.ok(!isWidgetText('The city hit 41 C on Tuesday.'));
  });
});
