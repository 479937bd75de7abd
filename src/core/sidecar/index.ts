// The sidecar API used by the VS Code store and the CLI. Everything here is pure (strings in, strings out): reading
// and writing files, watching them and showing problems belong to the caller.
//
//   read       parseSidecar(text, options?)                  → { ok, sidecar, warnings } | { ok: false, problems }
//   write      updateSidecarText(oldText, claims, options?)  → { ok, text, changed }     | { ok: false, problems }
//              setClaim(text, claim) / removeClaim(text, id), emptySidecar(articleName), serializeSidecar(sidecar)
//   save       planSidecarWrite({ base, disk, claims, articleName }) → skip | write (text, conflicts) | blocked
//   merge      mergeSidecars(base, mine, theirs)             → { ok, text, changed, conflicts } | { ok: false, ... }
//   anchor     createAnchor(text, start, end), shiftAnchor(anchor, changes), refreshAnchor(text, anchor),
//              reanchor(text, anchor, options?), anchorClaims(articleText, claims)
//   paths      sidecarPathFor(articlePath, layout?), sidecarCandidatesFor, articlePathFor, isSidecarPath, baseName
//   ids        newClaimId(taken?)
export * from './model';
export { parseSidecar, DEFAULT_PARSE_LIMITS } from './read';
export type { SidecarParseOptions, SidecarParseResult } from './read';
export { updateSidecarText, setClaim, removeClaim, emptySidecar, serializeSidecar } from './update';
export type { SidecarUpdateResult } from './update';
export { planSidecarWrite } from './write';
export type { SidecarWriteRequest, SidecarWritePlan } from './write';
export { mergeSidecars, mergeClaims } from './merge';
export type { MergeConflict, MergeResult } from './merge';
export {
  CONTEXT_LENGTH, DEFAULT_REANCHOR_OPTIONS, AnchorText, createAnchor, refreshAnchor, shiftAnchor, reanchor, anchorClaims,
} from './anchoring';
export type { TextChange, ShiftState, ShiftResult, AnchorMethod, AnchorMatch, ReanchorOptions, ClaimAnchoring } from './anchoring';
export { sameClaim, sameVerdict, sameAnchor } from './equality';
export { reviewedWords, sameWording, wordingKey, changedSinceReview, keepReviewedWords } from './reviewed';
export { SIDECAR_SUFFIX, SIDECAR_FOLDER, baseName, sidecarPathFor, sidecarCandidatesFor, articlePathFor, isSidecarPath, layoutOf } from './paths';
export type { SidecarLayout } from './paths';
export { newClaimId, isValidClaimId } from './ids';
export { knownStatuses } from './schema';
