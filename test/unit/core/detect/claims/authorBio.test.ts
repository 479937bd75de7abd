import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isAuthorBio } from '../../../../../src/core/detect/claims/authorBio';

// Made-up lines: the biography under an op-ed, a column or a letter says who wrote it, and is no claim.

describe('claims: an opinion writer\'s biography', () => {
  it('knows the writer\'s trade, books and home', () => {
    for (const line of [
      'Jo Bell is a professor of history at Harbour University.', 'Dr. Ruth Kale is an associate professor of medicine at Northvale University.',
      'Tom Reyes teaches law at Northvale College.', 'He is the author of Tides and Tithes (Kell Press, 2019).',
      'She is the author of three books on shipping.', 'Her latest book, “Salt Roads,” is out in May.', 'His new book is “The Long Ferry.”',
      'Ana Ruiz is a retired nurse who lives in Portvale.', 'She is the author, with T. Marsh, of Salt and Sail (Kell Press, 2018).', 'They are the co-authors of a new memoir.',
    ]) {
      assert.ok(isAuthorBio(line), line);
      assert.equal(claimScore(line), 0, line);
    }
  });

  it('leaves what a writer or a lawmaker did, and any figure, to the model', () => {
    for (const line of [
      'He is the author of the bill that cut taxes by 20 percent.', 'Senator Amos Pike is the author of the Clean Rivers Act.',
      'Kell was a professor at Yale for 30 years before he joined the board.', 'Her latest book sold 200,000 copies.',
      'Jo Bell is a professor at Harbour University, where tuition rose 12% last year.', 'The mayor is a former teacher.',
    ]) assert.ok(!isAuthorBio(line), line);
  });
});
