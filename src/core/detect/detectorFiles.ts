// The data files detection reads: the claim model (./claims/modelFile.ts) and the word lists, generated and
// hand-written (./lexicon/wordListsFile.ts). They are shipped once, in dist/ beside the bundles, and shared by the extension, its
// analysis worker, the command line and the browser's worker; bundled as code, each would be in every bundle.
//
// Core reads no files: whoever runs detection says once how to get each file's bytes (src/node/detectorFiles.ts reads
// them beside the bundle, a worker gets them from its host, the browser reads them at activation), and each is read
// and decoded the first time a detector needs it, so a command that needs neither never pays.

export const CLAIM_MODEL_FILE = 'claim-model.bin';
export const WORD_LISTS_FILE = 'word-lists.txt';
export const DETECTOR_FILES = [CLAIM_MODEL_FILE, WORD_LISTS_FILE] as const;
export type DetectorFile = (typeof DETECTOR_FILES)[number];

export type FileBytes = Uint8Array | ArrayBuffer;
/** Every detector file's bytes, as a host hands them to its worker. */
export type DetectorFileBytes = Record<DetectorFile, FileBytes>;

/** What each file is, for messages a newsroom user may read ("cannot read the claim model …"). */
export const DETECTOR_FILE_ROLES: Record<DetectorFile, string> = {
  [CLAIM_MODEL_FILE]: 'the claim model',
  [WORD_LISTS_FILE]: 'the word lists',
};

const readers = new Map<DetectorFile, () => FileBytes>();
const decoded = new Map<DetectorFile, unknown>();

/** Sets how to get `file`'s bytes; provided again (a test, a retrained model), the next use reads and decodes it anew. */
export function provideDetectorFile(file: DetectorFile, read: () => FileBytes): void {
  readers.set(file, read);
  decoded.delete(file);
}

/** Sets how to get every detector file's bytes. */
export function provideDetectorFiles(read: (file: DetectorFile) => FileBytes): void {
  for (const file of DETECTOR_FILES) provideDetectorFile(file, () => read(file));
}

/** `file`'s bytes as provided; throws an Error saying why when there are none. */
export function detectorFileBytes(file: DetectorFile): FileBytes {
  const read = readers.get(file);
  if (!read) throw new Error(`no ${DETECTOR_FILE_ROLES[file]} (${file}): provideDetectorFiles() was not called`);
  return read();
}

/** Every file's bytes, for a host to hand to its worker thread (which decodes them itself). */
export function allDetectorFileBytes(): DetectorFileBytes {
  return Object.fromEntries(DETECTOR_FILES.map(file => [file, detectorFileBytes(file)])) as DetectorFileBytes;
}

/**
 * `file` decoded by `decode`, once until the file is provided again. Each file has one decoder (its own module's), so
 * the cache is keyed by the file alone. A decoder that throws is called again on the next use.
 */
export function decodedDetectorFile<T>(file: DetectorFile, decode: (bytes: FileBytes) => T): T {
  if (decoded.has(file)) return decoded.get(file) as T;
  const value = decode(detectorFileBytes(file));
  decoded.set(file, value);
  return value;
}
