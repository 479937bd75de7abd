import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { isForecastPage } from '../../../../../src/core/detect/dates/forecastDays';

// Made-up forecasts: a weekday told in the present on a weather forecast page is a day ahead, not the one gone.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

// Tuesday 10 March 2026
const FORECAST = 'Highs near 58 today under mostly cloudy skies, with a 40% chance of showers tonight as a cold front nears.\n\n';

describe('the days of a weather forecast', () => {
  it('reads a weekday in the present tense on a forecast page as the coming day', () => {
    assert.deepEqual(values(FORECAST + 'Drizzle clears out Friday morning and highs reach 61.', '2026-03-10'),
      ['today=2026-03-10', 'tonight=2026-03-10TNI', 'Friday morning=2026-03-13TMO']);
    assert.deepEqual(values(FORECAST + 'SUNDAY: Partly sunny. High: 55.', '2026-03-10'),
      ['today=2026-03-10', 'tonight=2026-03-10TNI', 'SUNDAY=2026-03-15']);
    assert.deepEqual(values(FORECAST + 'Monday has a better chance of sunshine.', '2026-03-10'),
      ['today=2026-03-10', 'tonight=2026-03-10TNI', 'Monday=2026-03-16']);
  });

  it('keeps a weekday told as gone, and every weekday of a page that is no forecast', () => {
    assert.deepEqual(values(FORECAST + 'Hail moved through the valley Sunday night.', '2026-03-10'),
      ['today=2026-03-10', 'tonight=2026-03-10TNI', 'Sunday night=2026-03-08TNI']);
    assert.deepEqual(values(FORECAST + 'Our Sunday storm dropped an inch of hail. No storm like the one on Sunday is in sight.', '2026-03-10'),
      ['today=2026-03-10', 'tonight=2026-03-10TNI', 'Sunday=2026-03-08', 'Sunday=2026-03-08']);
    assert.deepEqual(values('Mayor Ilse Varnum, speaking Friday, defended the plan for the new depot.', '2026-03-10'),
      ['Friday=2026-03-06']);
    assert.deepEqual(values('The team, its temperatures high in the locker room, meets Sunday with hope.', '2026-03-10'),
      ['Sunday=2026-03-15']);
  });

  it('needs several kinds of weather words to call a page a forecast', () => {
    assert.equal(isForecastPage(FORECAST), true);
    assert.equal(isForecastPage('The firm cut its sales forecast as temperatures in the market cooled.'), false);
    // (a flood watch and storms are a forecast's words too)
    assert.equal(isForecastPage('A flood watch is in effect as storms bring more rain, with highs near 80 and temperatures steady.'), true);
    assert.equal(isForecastPage('Highs near 80 and temperatures steady, with a chance of rain.'), false);
  });

  it('reads a spelled decade after a low or a high on a forecast page as a temperature, not a decade', () => {
    assert.deepEqual(values(FORECAST + 'Tonight: Lows in the mid-thirties.', '2026-03-10'),
      ['today=2026-03-10', 'tonight=2026-03-10TNI', 'Tonight=2026-03-10TNI']);
    assert.deepEqual(values('Jazz clubs thrived in the thirties.', '2026-03-10'), ['the thirties=193']);
  });
});
