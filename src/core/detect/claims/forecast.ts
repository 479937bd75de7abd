// A weather forecast's terse lines, as a local news page copies them from the weather service under its story about a
// storm: "Tonight: Mostly cloudy, with a low around 62.", "Northwest wind 5 to 10 mph.", "Chance of precipitation is
// 30%.", "High near 56.", "New rainfall amounts between 1 and 2 inches possible." A forecast is a schedule of what the
// sky may do, not a claim anyone checks; the claim model, which learnt from debates, scored such lines 0.50–0.72 for
// their figures and "high". Each line is recognised only when all of it is forecast pieces, a comma or "then" between
// them, with an optional period's label before: a sentence of the story that says more ("The low of 31 broke a
// 1950 record.", "The weather service said the chance of rain is 60%.") is left to the model.

/** Longest line looked at: a forecast's line is short, and the test stays cheap for the story's long sentences. */
const MAX_LENGTH = 200;

/** A period's label: "Tonight:", "Wednesday Night:", "This Afternoon:", "Sat:". */
const PERIOD = /^(?:(?:this |tomorrow |today |)(?:morning|afternoon|evening|night)|today|tonight|tomorrow|overnight|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?(?: (?:night|morning|afternoon|evening))?|(?:mon|tue|wed|thu|fri|sat|sun)\.?)\s*:\s*/i;

/** The sky and the air: "Mostly sunny", "Partly cloudy", "Cloudy, then gradually becoming mostly sunny", "Breezy". */
const SKY = String.raw`(?:(?:mostly|partly|becoming|gradually|increasingly|generally|very|decreasing|increasing) )*(?:sunny|cloudy|clear|fair|overcast|foggy|hazy|windy|breezy|humid|clearing|clouds|sunshine)`;
/** What may fall or blow: "showers and thunderstorms", "rain and snow", "patchy fog", "a thunderstorm". */
const WEATHER = String.raw`(?:(?:isolated|scattered|patchy|widespread|light|heavy|periods of|areas of|freezing) )*(?:rain|showers?|thunderstorms?|a thunderstorm|t-?storms?|snow|snow showers|sleet|drizzle|fog|flurries|hail)`;
/** A clock time as a forecast gives it: "11 a.m.", "2 p.m.", "midnight", "noon". */
const TIME = String.raw`(?:\d{1,2}(?::\d{2})? ?[ap]\.?m\.?|midnight|noon)`;
const TEMPERATURE = String.raw`-?\d{1,3}(?: ?(?:degrees|°[CF]?))?`;
const DECADE = String.raw`(?:(?:low|mid|upper)[ -]?)?(?:\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`;
const DIRECTION = String.raw`(?:north|south|east|west|northeast|northwest|southeast|southwest|n|s|e|w|ne|nw|se|sw)`;

/** The pieces of a forecast's line, each matched whole after its line is cut at commas and "then". */
const PIECE = new RegExp(String.raw`^(?:` + [
  // the sky: "mostly sunny", "cloudy and breezy"
  String.raw`${SKY}(?: and ${SKY})?`,
  // what falls: "a chance of showers and thunderstorms before 11 a.m.", "showers likely", "possibly a thunderstorm after 2 p.m."
  String.raw`(?:(?:a |an? )?(?:slight |good )?chance of |possibly |(?:a )?(?:slight )?chance )?${WEATHER}(?: and (?:possibly )?${WEATHER})*(?: (?:likely|possible|developing))?(?: (?:before|after|until|between) ${TIME}(?: and ${TIME})?)?`,
  // the temperature: "with a high near 78", "low around 62", "highs in the upper 40s", "high of 31 degrees"
  String.raw`(?:with )?(?:a )?(?:high|low)s? (?:(?:near|around|of|at)(?: about)? ${TEMPERATURE}|in the ${DECADE})`,
  // a British forecast's "Maximum temperature 27 °C", "minimum temperature 9C"
  String.raw`(?:maximum|minimum) temperatures? (?:of |around |near )?${TEMPERATURE}C?`,
  // the wind: "northwest wind 5 to 10 mph", "east wind around 5 mph becoming calm after midnight", "winds gusting to 30 mph"
  String.raw`(?:(?:light and variable|calm|${DIRECTION}) )?winds? (?:(?:around|at|of|up to|near) )?\d{1,3}(?: to \d{1,3})? mph(?: becoming (?:calm|light and variable|${DIRECTION} \d{1,3}(?: to \d{1,3})? mph)(?: (?:after|before) ${TIME}| in the (?:morning|afternoon|evening))?)?`,
  String.raw`(?:with )?gusts? (?:as high as|up to|to) \d{1,3} mph`,
  // the chance of rain: "chance of precipitation is 30%", "there is a 60% chance of rain"
  String.raw`(?:the )?chance of (?:precipitation|rain|snow|showers|thunderstorms) is \d{1,3} ?(?:%|percent)`,
  String.raw`there is a \d{1,3} ?(?:%|percent) chance of (?:precipitation|rain|snow|showers|thunderstorms)`,
  // the amounts: "new rainfall amounts between 1 and 2 inches possible", "except higher amounts possible in thunderstorms"
  String.raw`(?:new )?(?:rainfall|precipitation|snowfall|snow|ice) (?:amounts?|accumulations?|totals?) (?:of |between |around |up to |less than |near )[^,]{1,60}? possible`,
  String.raw`except higher amounts possible in (?:thunderstorms|heavier showers|showers)`,
].join('|') + String.raw`)$`, 'i');

/**
 * What each of PIECE's forms opens with, under the same flag: a piece that opens otherwise is none, and PIECE (a
 * case-blind pattern of some thirty word lists, which cost a process tens of milliseconds to compile) is compiled only
 * where a line's first piece opens as a forecast's does ("The high court ruled …" opens with none of them).
 */
const PIECE_OPENING = /^(?:mostly|partly|becoming|gradually|increasingly|generally|very|decreasing|increasing|sunny|cloudy|clear|fair|overcast|foggy|hazy|windy|breezy|humid|clouds|sunshine|an? (?:slight |good )?(?:chance|thunderstorm|high|low)|slight chance|good chance|chance|possibly|isolated|scattered|patchy|widespread|light|heavy|periods|areas|freezing|rain|shower|thunderstorm|t-?storm|snow|sleet|drizzle|fog|flurries|hail|with (?:a |high|low|gust)|maximum|minimum|(?:high|low)s? (?:near|around|of|at|in the)|calm|(?:north|south|east|west|northeast|northwest|southeast|southwest|[nsew]{1,2}) winds?|winds?|gusts?|the chance|there is a|new (?:rainfall|precipitation|snowfall|snow|ice)|rainfall|precipitation|snowfall|ice|except)/i;

/** Where a forecast's line is cut into its pieces: a comma, a full stop inside it, "then", "with" after a comma. */
const JOINTS = /\s*[,;]\s*|\.\s+|\s+then\s+/gi;

/** Every forecast line names one of these: most sentences are done with after this one quick test. */
const HINT = /sunny|cloudy|clear|fair|overcast|fog|haz|wind|breez|humid|rain|shower|storm|snow|sleet|drizzle|flurr|hail|high|low|precipitation|gust|imum temp/i;

/**
 * A weather widget's row of labelled fields, each field a label, a colon and a short value, "|" between them:
 * "Precipitation: 40% | Wind: SW at 9mph", "Humidity: 62% | UV Index: 3". Two fields at least, and nothing else.
 */
const FIELD = String.raw`(?:precipitation|chance of (?:rain|snow|precipitation)|rain|snow|humidity|wind|gusts?|uv index|feels like|dew point|visibility|pressure|high|low|sunrise|sunset)\s*:\s*[\w%°./ -]{1,20}?`;
const WIDGET_ROW = new RegExp(String.raw`^${FIELD}(?:\s*\|\s*${FIELD})+\s*$`, 'i');

/** Is the unit a weather forecast's line (a period's label perhaps, then sky, temperature, wind, rain), nothing more? */
export function isForecastLine(unit: string): boolean {
  if (unit.length > MAX_LENGTH || !HINT.test(unit)) return false;
  if (unit.includes('|') && WIDGET_ROW.test(unit.trim())) return true;
  const body = unit.trim().replace(PERIOD, '').replace(/[.!]$/, '');
  if (!body) return false;
  // (the pieces one at a time, as a split at JOINTS cuts them: nearly every line fails at its first, and the rest need
  // not be cut)
  for (let from = 0; ;) {
    JOINTS.lastIndex = from;
    const joint = JOINTS.exec(body);
    const piece = body.slice(from, joint ? joint.index : body.length);
    if (piece !== '') {
      const words = piece.replace(/^(?:then|and) /i, '');
      if (!PIECE_OPENING.test(words) || !PIECE.test(words)) return false;
    }
    if (!joint) return true;
    from = joint.index + joint[0].length;
  }
}
