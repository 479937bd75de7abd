// Surface cues that make a sentence worth checking. They explain a flagged claim to the editor (hover text) and are
// also features of the claim model (see ./features.ts), so the explanation and the score come from the same signals.

const SPELLED_NUMBER =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|' +
  'trillions?|dozens?|half|third|quarter|percent|per cent|percentage|twice|double[ds]?|triple[ds]?|tenfold';

export const NUMBER = new RegExp(`\\d|[%$€£¥]|\\b(?:${SPELLED_NUMBER})\\b`, 'i');

export const COMPARISON = new RegExp(
  '\\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|cheaper|better|worse|than|most|' +
  'least|best|worst|largest|biggest|highest|lowest|smallest|fastest|richest|poorest|deadliest|longest|oldest|' +
  'newest|record|unprecedented|ever|increased?|increases|increasing|decreased?|decreases|rose|risen|rising|fell|' +
  'fallen|grew|grown|declined?|declining|dropped|doubled|tripled|halved|surged|soared|plunged|outpaced|exceeded)\\b',
  'i',
);

export const ATTRIBUTION = new RegExp(
  '\\b(?:said|says|told|tells|stated|states|announced|reported|reports|claimed|claims|noted|added|stressed|' +
  'emphasi[sz]ed|declared|confirmed|denied|insisted|warned|acknowledged|admitted|revealed|wrote|testified|' +
  'estimated|estimates|according to|cited|quoted|showed|shows|found|finds)\\b',
  'i',
);

export const QUOTE = /["“][^"“”\n]{3,}["”]/;

/** Things that happened: the verbs of news events (votes, deaths, deals, rulings). */
export const EVENT = new RegExp(
  '\\b(?:killed|died|dead|wounded|injured|arrested|charged|convicted|sentenced|elected|won|lost|voted|passed|' +
  'signed|vetoed|approved|rejected|launched|attacked|invaded|bombed|fired|resigned|appointed|nominated|banned|' +
  'imposed|lifted|raised|cut|cuts|closed|opened|built|created|destroyed|seized|captured|released|agreed|ruled|' +
  'sued|filed|paid|spent|sold|bought|invested|borrowed|lent|hired|laid off|took place|was held|were held)\\b',
  'i',
);

export const QUESTION = /\?["”’)\]]*\s*$/;

/** First-person stance and modal advice: the language of opinion and promise rather than of fact. */
export const OPINION = new RegExp(
  "\\b(?:i|we)(?: do)?(?: not)?(?:'m| am| are)? (?:think|believe|feel|hope|want|wish|intend|plan|propose|support|oppose|" +
  "will|would|'ll|'d|must|should|need|going to|gonna)\\b|\\b(?:should|ought to|must|let me|let's|let us)\\b",
  'i',
);

/** Someone else's statement being reported ("the ministry said", "according to officials"): what news attributes. */
export const REPORTED_SPEECH = new RegExp(
  '\\b(?:[Aa]ccording to|(?:he|she|they|it|officials?|ministry|spokes(?:man|woman|person)|police|\\p{Lu}\\p{Ll}+),? ' +
  '(?:has |have |had )?(?:said|says|stated|noted|told|announced|reported|claimed|confirmed|declared|added|stressed|' +
  'emphasi[sz]ed|warned|denied|insisted|estimated))\\b',
  'u',
);
