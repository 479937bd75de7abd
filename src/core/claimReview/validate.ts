// A ClaimReview checked against what Google's fact-check structured-data guide and schema.org ask of it. `error`: a
// required field is missing or any field has the wrong type (consumers drop such a fact-check); `warning`: a
// recommended field is missing (the fact-check is still read, with less to show).
//
// Required: @context schema.org, @type ClaimReview, claimReviewed (Text), reviewRating (Rating with alternateName),
// url (URL). Recommended: author (Organization or Person with a name, url a URL), datePublished (ISO 8601 date),
// itemReviewed (Claim with author, datePublished and appearance), and on the rating ratingValue, bestRating and
// worstRating (numbers, worst ≤ value ≤ best) — absent together for a rating off the scale (our "Unverifiable").
import { isWebUrl } from './export';

export interface ValidationIssue {
  level: 'error' | 'warning';
  /** Dotted path of the field, e.g. `reviewRating.alternateName`. */
  field: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SCHEMA_CONTEXT = /^https?:\/\/schema\.org\/?$/;

/** `@type` as a list of short names ("ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview"). */
export function typeNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((t): t is string => typeof t === 'string').map(t => t.replace(/^(?:schema:|https?:\/\/schema\.org\/)/, ''));
}

export function validateClaimReview(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const error = (field: string, message: string) => issues.push({ level: 'error', field, message });
  const warning = (field: string, message: string) => issues.push({ level: 'warning', field, message });
  if (!isObject(value)) {
    error('', 'a ClaimReview must be a JSON object');
    return issues;
  }
  if (!(typeof value['@context'] === 'string' && SCHEMA_CONTEXT.test(value['@context']))) error('@context', '@context must be "https://schema.org"');
  if (!typeNames(value['@type']).includes('ClaimReview')) error('@type', '@type must be "ClaimReview"');
  if (!isText(value.claimReviewed)) error('claimReviewed', 'claimReviewed (the claim, as Text) is required');
  if (!isText(value.url) || !isWebUrl(value.url)) error('url', 'url (the address of the fact-check, an http(s) URL) is required');

  const rating = value.reviewRating;
  if (!isObject(rating)) error('reviewRating', 'reviewRating (a Rating) is required');
  else {
    if (!typeNames(rating['@type']).includes('Rating')) error('reviewRating.@type', 'reviewRating.@type must be "Rating"');
    if (!isText(rating.alternateName)) error('reviewRating.alternateName', 'reviewRating.alternateName (the rating in words) is required');
    const scale = ['ratingValue', 'bestRating', 'worstRating'] as const;
    const given = scale.filter(key => rating[key] !== undefined);
    for (const key of given) if (typeof rating[key] !== 'number' || !Number.isFinite(rating[key])) error(`reviewRating.${key}`, `reviewRating.${key} must be a number`);
    if (given.length === 0) {
      // a rating off the scale: words only (documented for "Unverifiable")
    } else if (given.length < scale.length) {
      for (const key of scale.filter(k => rating[k] === undefined)) warning(`reviewRating.${key}`, `reviewRating.${key} is recommended with the other numbers of the scale`);
    } else if (issues.every(i => !i.field.startsWith('reviewRating.') || i.level !== 'error')) {
      const { ratingValue, bestRating, worstRating } = rating as { ratingValue: number; bestRating: number; worstRating: number };
      if (!(worstRating < bestRating && worstRating <= ratingValue && ratingValue <= bestRating)) {
        error('reviewRating.ratingValue', `reviewRating.ratingValue (${ratingValue}) must lie between worstRating (${worstRating}) and bestRating (${bestRating})`);
      }
    }
  }

  checkAuthor(value.author, 'author', ['Organization', 'Person'], error, warning);
  if (value.datePublished === undefined) warning('datePublished', 'datePublished (when the fact-check was published) is recommended');
  else if (!(typeof value.datePublished === 'string' && ISO_DATE.test(value.datePublished))) error('datePublished', 'datePublished must be an ISO 8601 date');

  const item = value.itemReviewed;
  if (item === undefined) warning('itemReviewed', 'itemReviewed (the Claim) is recommended');
  else if (!isObject(item) || !typeNames(item['@type']).includes('Claim')) error('itemReviewed', 'itemReviewed must be a Claim');
  else {
    checkAuthor(item.author, 'itemReviewed.author', ['Person', 'Organization'], error, warning);
    if (item.datePublished === undefined) warning('itemReviewed.datePublished', 'itemReviewed.datePublished (when the claim was made) is recommended');
    else if (!(typeof item.datePublished === 'string' && ISO_DATE.test(item.datePublished))) error('itemReviewed.datePublished', 'itemReviewed.datePublished must be an ISO 8601 date');
    const appearance = item.appearance;
    if (appearance === undefined) warning('itemReviewed.appearance', 'itemReviewed.appearance (where the claim appeared) is recommended');
    else {
      const url = isObject(appearance) ? appearance.url : appearance;
      if (isObject(appearance) && !typeNames(appearance['@type']).some(t => t === 'CreativeWork' || t.endsWith('Article') || t === 'WebPage' || t === 'MediaObject' || t === 'VideoObject')) {
        error('itemReviewed.appearance.@type', 'itemReviewed.appearance must be a URL or a CreativeWork');
      }
      if (!isText(url) || !isWebUrl(url)) error('itemReviewed.appearance.url', 'itemReviewed.appearance needs an http(s) URL');
    }
  }
  return issues;
}

function checkAuthor(author: unknown, field: string, types: readonly string[], error: (f: string, m: string) => void, warning: (f: string, m: string) => void): void {
  if (author === undefined) {
    warning(field, `${field} (a ${types.join(' or ')} with a name) is recommended`);
    return;
  }
  if (!isObject(author) || !typeNames(author['@type']).some(t => types.includes(t))) {
    error(field, `${field} must be a ${types.join(' or ')}`);
    return;
  }
  if (!isText(author.name)) error(`${field}.name`, `${field}.name is required when ${field} is given`);
  if (author.url !== undefined && !(isText(author.url) && isWebUrl(author.url))) error(`${field}.url`, `${field}.url must be an http(s) URL`);
}
