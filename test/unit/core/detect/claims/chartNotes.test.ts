import assert from 'node:assert/strict';
import { isChartNote } from '../../../../../src/core/detect/claims/chartNotes';

// A graphic's notes on an explainer's page (explain pass): made-up lines.
describe('claims: a chart\'s, map\'s or picture\'s notes', () => {
  it('knows a graphic\'s source, its data\'s caveats, its title and where it is', () => {
    for (const line of [
      'Reproduced from Harbour Polling.', 'Data from the county health office', 'Adapted from a chart by Jo Bell.',
      'Confirmed cases Sources: Osk University; county health office Note: Data as of 8:30 p.m. E.T., January 27',
      'This image was created by AI with a drawing program.', 'In true 2026 fashion, this illustration was generated with software.',
      'The following map of confirmed cases in the county was shared by Harbour News.',
      'You can also see an updated chart of the cases and deaths here, with a breakdown by district.',
      'Another map of the outbreak is being maintained here which tracks cases.',
      'Please note that none of the maps listed above are guaranteed to keep up with the news.',
      'The total is updated with the latest numbers released as of the time of publication.',
      'Maps of Confirmed Flu Cases in the County', '4 charts explaining the rise of ferry crossings over the strait',
    ]) assert.ok(isChartNote(line), line);
    for (const line of [
      'Data from the census bureau show that rents rose 12% in a year.',
      'Figures from the county put the toll at 40.',
      'You can see the damage from the bridge.',
      'The map shows cases rising in every district.',
      'Charts are a poor guide to the outbreak, the professor said.',
    ]) assert.ok(!isChartNote(line), line);
  });
});
