import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isAppealFurniture } from '../../../../../src/core/detect/claims/appealFurniture';

// What a charity's page and a grants roundup set round their story (issue 14, aid and charity pass). Made-up lines.
describe('claims: an appeal page\'s counters, a roundup\'s headings, funders\' notes and source lines', () => {
  it('knows each kind, and not the story\'s sentences that share their words', () => {
    for (const line of [
      'Funded 656,263 KD', 'Donations: 30611', 'Raised: £1,200 of £5,000', 'Donors: 311',
      'Harwell Family Foundation, Easton, CA | $60,000', 'Orme Outreach Project, Portvale, CA | $1 Million',
      '(The Orme Trust is a financial supporter of the Ledger.)', '(Vale Bank is a founding funder of Harbour Radio.)', '(The Kell Fund is a major donor to the Ledger.)', '(Orme Mills is an underwriter of Tarn Public Media.)', '(The Vale Trust is a sponsor of this series.)', 'The statement was made by the council leader on 4 May 2030.', 'the speech was delivered by Jo Bell on Friday, 2 May.', 'The letter was published by the trust on 1 June 2029.', '(The Orme and Vale Foundations are supporters of the Valley Press.)',
      'The press release issued by the Charity Regulator on 3 July 2030.',
    ]) assert.ok(isAppealFurniture(line), line);
    for (const line of [
      'Funded by donors, the appeal raised £1,200 in a day.', 'Donations rose 40% to $3 million last year.',
      '(The trust, which gave $2 million, is the city\'s largest.)', 'Scores | Harbour 3 Vale 1',
      'The press release issued by the regulator said the chair had taken £350,000.',
    ]) assert.ok(!isAppealFurniture(line), line);
  });

  it('scores such lines 0, where the model scored their figures and dates as claims', () => {
    assert.equal(claimScore('Funded 656,263 KD'), 0);
    assert.equal(claimScore('The press release issued by the Charity Regulator on 3 July 2030.'), 0);
    assert.ok(claimScore('The appeal has raised £26 million in six days, the committee said.') > 0.5);
  });
});
