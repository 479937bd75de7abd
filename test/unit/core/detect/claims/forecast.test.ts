import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isForecastLine } from '../../../../../src/core/detect/claims/forecast';

// A weather service's forecast copied under a storm story (news pass on climate and weather pages): made-up lines.
describe('claims: a weather forecast\'s lines', () => {
  it('knows a period\'s sky, temperature, wind, chance of rain and amounts', () => {
    for (const line of [
      'Tonight: Mostly cloudy, with a low around 48.',
      'Thursday Night: Partly cloudy, with a low around 37.',
      'Cloudy, then gradually becoming mostly sunny, with a high near 74.',
      'High near 63.', 'Low around 41.', 'Lows in the upper 20s.', 'Mostly clear.',
      'Southwest wind 10 to 15 mph.', 'North wind around 5 mph becoming calm after midnight.',
      'Chance of precipitation is 40%.', 'There is a 70% chance of rain.',
      'Friday: A chance of showers and thunderstorms before 10 a.m., then showers likely after 3 p.m.',
      'New rainfall amounts between a quarter and half of an inch possible.',
      'New snowfall amounts of less than an inch possible, except higher amounts possible in thunderstorms.',
      'MONDAY: Scattered showers.',
      // a British forecast's maximum (claims pass on new excerpts)
      'Maximum temperature 24 °C.', 'Minimum temperature 8C.',
    ]) assert.ok(isForecastLine(line), line);
    for (const line of [
      // the story's sentences about the weather: a record, a forecaster who said it, a damage count
      'The low of 12 degrees broke a record set in 1951.',
      'Forecasters said the chance of rain is 60% on Saturday.',
      'Winds of 80 mph tore roofs off 40 homes in Osk.',
      'The storm dropped 9 inches of rain on the valley.',
      'Mostly sunny skies drew 20,000 people to the harbour fair.',
      'High prices near the coast kept buyers away.',
      'The maximum temperature of 38 degrees broke the county record.',
    ]) assert.ok(!isForecastLine(line), line);
  });

  it('scores a forecast\'s line 0 where the claim model flagged it, and leaves the storm\'s figures', () => {
    assert.equal(claimScore('Chance of precipitation is 90%.'), 0);
    assert.equal(claimScore('Saturday: Mostly sunny, with a high near 81.'), 0);
    assert.ok(claimScore('The storm dropped 9 inches of rain on the valley, the weather service said.') > 0.5);
  });
});

describe('claims: a weather widget\'s row of fields', () => {
  it('knows a row of labelled fields and leaves a sentence with the same figures (claims-leftovers pass)', () => {
    for (const line of ['Precipitation: 40% | Wind: SW at 9mph', 'Humidity: 62% | UV Index: 3 | Wind: E at 4mph'])
      assert.ok(isForecastLine(line), line);
    for (const line of [
      'Precipitation: 40% | Wind: SW at 9mph | Schools closed after the storm cut power to 3,000 homes',
      'Precipitation: 40%',
      'Rain fell at 40% of the county\'s gauges | the wind reached 60 mph on the pier.',
    ]) assert.ok(!isForecastLine(line), line);
    assert.equal(claimScore('Precipitation: 40% | Wind: SW at 9mph'), 0);
  });
});
