// V8's optimising compiler tuned for a short batch process (the CLI), not for a long-lived one (the extension host).
//
// A `factcheck scan` of 1 MB is over in well under a second, and most of that time went to V8 itself rather than to
// detection: TurboFan compiled the tokenizers and the claim scorer with much of what they call inlined into them, each
// compile of readSignals costing 100–300 ms of CPU, then threw the code away at the first path the early runs had not
// shown it and compiled it again (255 optimised compiles in one scan). Measured on the 1 MB of news in 20 files of
// `npm run bench cli`, CPU time, medians of 7 runs on a busy 2-core machine:
//   default flags                                          1,180–1,480 ms
//   no inlining                                            950–1,150 ms
//   no inlining, 8× the interrupt budget                   630–780 ms (46 optimised compiles)
//   inlining up to 100 bytecodes a function, 8× budget     630–790 ms
// The larger budget lets a function run longer in the interpreter and baseline code before it is optimised, so it is
// compiled once, with the feedback of more of the text; with little inlined each compile is small. The last line is the
// one used: small helpers (character tests, a hash step) are still inlined, so a long run loses little — on 10 MB in
// 200 files it is within 2% of the default flags (no inlining at all: 6% slower).
// Regular expressions: V8 runs a pattern's first match in its regexp interpreter (compiling it to bytecode) and compiles
// it to machine code at the second, so each of the detectors' hundred-odd patterns was compiled twice; the large
// Unicode, case-insensitive ones (page furniture, names, date words) cost up to a millisecond each time. Compiled to
// machine code at once, the page-furniture test of the first 50 KB file takes 2.4 ms instead of 6.5, and the 1 MB
// in 20 files 503 ms of CPU instead of 522 (medians of 15 interleaved runs, load 2-3); a long run ends with the same code.
// Functions of more than 16 KB of bytecode are left to the baseline compiler: the one such function, the people
// detector's findPeople (22 KB), took TurboFan's thread 0.45-1.4 s to compile once a run had read 2-5 MB, more than
// its optimised code then saved in a run of up to 20 MB. The 1 MB in 20 files never reaches that compile (the same CPU
// either way); 5 MB in 100 files 3.49 -> 3.26 and 3.86 -> 3.56 s of CPU, 10 MB in 200 files 6.36 -> 6.35 s, 20 MB in
// 400 files 11.33 -> 11.30 s (medians of 5, 3 and 3 interleaved runs, load 9-11; V8's default limit is 60 KB).
// Since findPeople was split into a function a step (7 December 2026) no detection function comes near the limit (the
// largest, organisationUse, has 7 KB of bytecode): it holds nothing back today and stays as a guard against one growing
// that large again. Lower limits that would leave the largest rules to the baseline compiler (8 KB, 4 KB) measured
// within the noise on 5.9 MB in 100 files.
// Flags set after V8 has started apply to code compiled from then on, so this runs before detection is loaded.
import * as v8 from 'node:v8';

const DEFAULT_INTERRUPT_BUDGET = 66 * 1024; // V8 11 (Node 20)

/** The commands that run detection, where V8's compiler costs more than the work unless tuned. */
const DETECTING = new Set(['scan', 'report']);

export function detectsText(command: string | undefined): boolean {
  return command !== undefined && DETECTING.has(command);
}

export function tuneV8ForBatchRun(): void {
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
  v8.setFlagsFromString(`--interrupt-budget=${8 * DEFAULT_INTERRUPT_BUDGET}`);
  v8.setFlagsFromString('--no-regexp-tier-up');
  v8.setFlagsFromString('--max-optimized-bytecode-size=16384');
}
