import assert from 'node:assert/strict';
import { isReaderPrompt } from '../../../../../src/core/detect/claims/readerPrompts';

// A helper's pass over real property, farming and food pages; every line is made up, each in a shape met there.
describe('claims: a booking\'s, a download\'s and a page\'s own prompts (property, farming and food pages)', () => {
  it('knows a booking prompt, a download link and an outlet\'s appeal for support', () => {
    for (const line of [
      'Make a reservation at Olive Row.', 'Make a booking at the Tanner Grill.', 'Download Full Report and Data',
      'Download "Decision notice on the appeal at Brook Hollow"', 'Download the data', 'Harvest Outlook: March 2025 No. 31 (PDF - 1.2 MB)',
      'Harvest Outlook: March 2025 No. 31 (Word - 640 KB)\nDownload the data', 'The Herald is trusted by 12 million readers every month.',
    ]) assert.ok(isReaderPrompt(line), line);
    for (const line of [
      'Download speeds doubled to 80 Mbps in 2025, the regulator said.', 'Downloads of the app rose 40% last year.',
      'Make no mistake: prices rose 9% in a year.', 'The report (PDF, 40 pages) shows rents rose 9% in 2025.',
      'The bank is trusted by fewer savers than a year ago.',
    ]) assert.ok(!isReaderPrompt(line), line);
  });
});
