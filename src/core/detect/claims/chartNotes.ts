/** The notes a chart, a map or a picture carries on an explainer's page: its source, its data's date, how it was made. */

// "Reproduced from Gallup.", "Data from the county health office.", "Confirmed cases Sources: … Note: Data as of 8:30
// p.m. E.T., January 27", "In true 2023 fashion, this image was created by AI with Adobe Firefly.", "The following map of
// confirmed cases was shared by BNO News.", "You can also see an updated chart of the deaths here.", "4 charts explaining
// the rise of …", "Please note that none of the maps listed above are guaranteed to keep up with the news." The claim model
// scored them 0.55–0.88 for their names, dates and figures; they say where a graphic comes from or where it is, and the
// story's sentences say what it shows.

/** Longest note looked at: a graphic's note is a line. */
const MAX_LENGTH = 400;

/** A graphic's source alone: "Reproduced from Gallup.", "Data from the census bureau", "Adapted from a chart by Jo Bell." */
const SOURCE_ALONE = /^(?:reproduced|adapted|redrawn|data|figures|graphic|chart|map) (?:from|via|by|courtesy of) (?:[^\s.!?;:\d]+ ?){1,8}[.]?$/i;
/** A verb that makes "Data from the bureau show …" a sentence about what the data say. */
const SAYS_WHAT = /\b(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|reveal|reveals|revealed|found|finds|is|are|was|were|has|have|had|put|puts|point|points|confirm|confirms)\b/i;

/** A graphic's labels run together: its source and its note on the data ("Sources: … Note: Data as of …"). */
const SOURCE_AND_NOTE = /\bsources?:[^\n]{2,300}\bnotes?:\s*(?:data|figures|numbers|totals)\b/i;

/** How a picture or graphic was made or where it came from: "this image was created by AI", "The photo was generated with …". */
const MADE_WITH = /\b(?:this|the) (?:image|picture|photo|illustration|graphic|artwork|video) (?:was|has been) (?:created|generated|made|produced|drawn) (?:by|with|using)\b/i;

/**
 * A line pointing to a graphic on the page: "The following map of confirmed cases was shared by BNO News.", "You can
 * also see an updated chart of the cases here, with …", "Another map worldwide is being maintained here which tracks …".
 */
const POINTS_TO_GRAPHIC = /^(?:(?:the )?following (?:interactive )?(?:map|chart|graphic|table|timeline|video)s?\b|you (?:can|may) (?:also )?(?:see|view|find|explore|follow|track|check)\b[^.!?\n]{0,60}\b(?:map|chart|graphic|table|tracker|dashboard)s?\b[^.!?\n]{0,60}\b(?:here|below|above)\b|another (?:interactive )?(?:map|chart|graphic|tracker|dashboard)\b[^.!?\n]{0,40}\bhere\b)/i;

/**
 * A note on the graphics' data: "Please note that none of the maps listed above are guaranteed to keep up with the news.",
 * "The total deaths is updated with the most current numbers released as of the time of publication."
 */
const DATA_CAVEAT = /^(?:please note(?: that)? [^.!?\n]{0,60}\b(?:maps?|charts?|graphics?|trackers?|dashboards?)\b|[^.!?\n]{0,80}\b(?:is|are) (?:being )?updated\b[^.!?\n]{0,80}\bas of the time of (?:publication|publishing|writing))/i;

/** A graphic's title: "Maps of confirmed cases worldwide", "4 charts explaining the rise of …", "Chart: …". */
const GRAPHIC_TITLE = /^(?:\d{1,2} |(?:five|four|three|six|seven|eight|nine|ten) )?(?:maps?|charts?|graphs?|graphics?)(?: (?:of|showing|explaining|that explain|on)\b[^.!?\n]{2,100}|\s*:[^.!?\n]{2,100})$/i;

/** Does the unit only note a chart's, map's or picture's source, making or place (see above)? */
export function isChartNote(unit: string): boolean {
  if (unit.length > MAX_LENGTH) return false;
  const c = unit.charCodeAt(0) | 32;
  return ((c === 114 || c === 97 || c === 100 || c === 102 || c === 103 || c === 99 || c === 109) && SOURCE_ALONE.test(unit) && !SAYS_WHAT.test(unit))
    || ((c === 116 || c === 102 || c === 121 || c === 97) && POINTS_TO_GRAPHIC.test(unit))
    || (unit.includes('ource') && SOURCE_AND_NOTE.test(unit))
    || (unit.includes(' was ') && MADE_WITH.test(unit))
    || ((c === 112 || unit.includes('updated')) && DATA_CAVEAT.test(unit))
    || (unit.length <= 120 && GRAPHIC_TITLE.test(unit));
}
