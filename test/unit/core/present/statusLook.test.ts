import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CLAIM_STYLES } from '../../../../src/core/present/claimStyles';
import { claimColor, DETACHED, detachedNotice, reattachedMessage, STYLE_ICON, STYLE_LABEL } from '../../../../src/core/present/statusLook';
import { statusBarTooltip } from '../../../../src/core/present/statusCounts';
import { reportRows, reportSummary } from '../../../../src/core/present/report';
import { claimDescription, countsDescription, statusGroupLabel } from '../../../../src/claimsView/labels';

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

describe('present: one word for a verdict that lost its sentence', () => {
  it('says "detached" in the status bar, the Claims view, reports and the editor notice, with the verdict it kept', () => {
    assert.equal(DETACHED, 'detached');
    assert.equal(STYLE_LABEL.orphaned, 'Detached');
    assert.equal(statusGroupLabel('orphaned'), 'Detached');
    assert.match(statusBarTooltip({ unverified: 0, verified: 0, disputed: 0, false: 0, unverifiable: 0, orphaned: 2, changed: 0 }), /2 detached/);
    assert.match(countsDescription({ unverified: 0, verified: 0, disputed: 0, false: 0, unverifiable: 0, orphaned: 1, changed: 0, dismissed: 0 }), /^1 detached$/);
    const claim = { key: 'c', text: 'The tram costs 42 million.', status: 'disputed', orphaned: true, dismissed: false, origin: 'detected' as const };
    assert.equal(claimDescription(claim, 'orphaned'), 'Disputed · detached');
    const rows = reportRows([{ article: 'tram.md', claims: [claim] }]);
    assert.match(reportSummary(rows), /1 detached/);
    assert.match(detachedNotice(1), /^1 detached claim: its sentence is no longer in the article\./);
    assert.match(detachedNotice(3), /^3 detached claims: their sentences/);
    for (const text of [STYLE_LABEL.orphaned, statusGroupLabel('orphaned'), detachedNotice(2), reportSummary(rows)]) {
      assert.ok(!/orphan|re-attaching|to re-attach/i.test(text), text);
    }
  });

  it('confirms a re-attach: which verdict now covers which words, on which line', () => {
    assert.equal(reattachedMessage('disputed', 'The tram costs 42 million.', 7, 'The tram will cost 42 million euros.'),
      're-attached the disputed claim “The tram costs 42 million.” to line 7 (“The tram will cost 42 million euros.”): its verdict, note and sources now cover these words.');
  });
});
