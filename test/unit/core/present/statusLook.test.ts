import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CLAIM_STYLES } from '../../../../src/core/present/claimStyles';
import { claimColor, STYLE_ICON, STYLE_LABEL } from '../../../../src/core/present/statusLook';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
const contributedColors = new Set<string>(manifest.contributes.colors.map((c: { id: string }) => c.id));

describe('present: the look of each claim style', () => {
  it('names theme colours by style and part', () => {
    assert.equal(claimColor('verified', 'Background'), 'factcheck.claimVerifiedBackground');
    assert.equal(claimColor('orphaned', 'Ruler'), 'factcheck.claimOrphanedRuler');
  });

  it('gives every style a contributed background and ruler colour, a label and an icon', () => {
    for (const style of CLAIM_STYLES) {
      for (const part of ['Background', 'Ruler'] as const) assert.ok(contributedColors.has(claimColor(style, part)), `${style} ${part}`);
      assert.ok(STYLE_LABEL[style] && STYLE_ICON[style], style);
    }
  });
});
