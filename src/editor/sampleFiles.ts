// The sample the Getting Started walkthrough opens: the project's demo article in samples/ and its sidecar, shipped in
// the .vsix (.vscodeignore). Plain data, so the unit tests check the package against it.
export const SAMPLE_ARTICLE = 'harbour-bridge-funding.md';
export const SAMPLE_FILES: readonly string[] = [SAMPLE_ARTICLE, `${SAMPLE_ARTICLE}.factcheck.yaml`];
