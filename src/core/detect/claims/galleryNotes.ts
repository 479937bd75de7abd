/** A photo gallery's own notes and its slides' counters, which say what the gallery holds, not what happened. */

// "This gallery contains photos from the week of March 2-8, 2019.", "This gallery was produced by Jo Bell in New York.",
// "This week's gallery includes …", "This photo gallery highlights some of the most compelling images …", "The
// selections were curated by photo editor Jo Bell in Lima." The claim model scored them 0.47–0.86 for their dates, names
// and places; the captions under them say what the pictures show.

/** Longest note looked at: a gallery's note is a sentence or two. */
const MAX_LENGTH = 400;

const GALLERY_NOTE = /^(?:(?:from [^.!?\n]{2,200}, )?this (?:week['’]s |month['’]s |year['’]s )?(?:photo |picture )?gallery (?:contains|includes|features|highlights|shows|showcases|was (?:produced|curated|compiled|edited|assembled))\b|the (?:photo )?selections? (?:was|were) (?:curated|compiled|made|chosen) by\b)/i;

/** Does the unit only say what a photo gallery holds or who put it together? */
export function isGalleryNote(unit: string): boolean {
  const c = unit.charCodeAt(0) | 32;
  // (every form opens with "this", "the" or "from")
  return unit.length <= MAX_LENGTH && (c === 116 /* t */ || c === 102 /* f */) && (unit.includes('galler') || unit.includes('selection')) && GALLERY_NOTE.test(unit);
}

/** A slide's counter opening its caption: "01 of 80 Front Row Seats …", "7 of 20 Ana Ruiz arrives …". */
const SLIDE_COUNTER = /^(\d{1,3}) of (\d{1,3})\s+[\p{Lu}"“‘']/u;

/**
 * Indices of the units that open with a gallery slide's counter, where at least two units count slides of the same
 * total ("01 of 80 …", "02 of 80 …"): the captions of a gallery. One unit so opened is a sentence ("3 of 4 Voters Say
 * …"). A caption is no claim of a story, whatever its figures and dates.
 */
export function gallerySlides(units: readonly string[]): Set<number> {
  const byTotal = new Map<string, number[]>();
  units.forEach((unit, i) => {
    const c = unit.charCodeAt(0);
    if (c < 48 || c > 57) return;
    const m = SLIDE_COUNTER.exec(unit);
    if (!m || Number(m[1]) > Number(m[2])) return;
    const list = byTotal.get(m[2]) ?? [];
    list.push(i);
    byTotal.set(m[2], list);
  });
  const slides = new Set<number>();
  for (const list of byTotal.values()) if (list.length >= 2) for (const i of list) slides.add(i);
  return slides;
}
