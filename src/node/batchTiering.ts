// V8's optimising compiler tuned for a short batch process (the CLI), not for a long-lived one (the extension host).
//
// A `factcheck scan` of 1 MB is over in well under a second, and most of that time went to V8 itself rather than to
// detection: TurboFan compiled the tokenizers and the claim scorer with everything they call inlined into them (one
// compile of readSignals took 100–300 ms of CPU), then threw the code away at the first path the early runs had not
// shown it and compiled it again. Measured on the 1 MB of news of `npm run bench cli` (CPU time, medians of 7):
//   default flags                                  1,180–1,480 ms
//   --no-turbo-inlining                              950–1,150 ms
//   --no-turbo-inlining, 8× the interrupt budget     780 ms
// The larger budget lets a function run longer in the interpreter and baseline code before it is optimised, so it is
// compiled once, with the feedback of more of the text; without inlining each compile is small. The warm speed of a
// long run loses little: the functions are still optimised, only each on its own.
// Flags set after V8 has started apply to code compiled from then on, so this runs before detection is loaded.
import * as v8 from 'node:v8';

const DEFAULT_INTERRUPT_BUDGET = 66 * 1024; // V8 11 (Node 20)

export function tuneV8ForBatchRun(): void {
  v8.setFlagsFromString('--no-turbo-inlining');
  v8.setFlagsFromString(`--interrupt-budget=${8 * DEFAULT_INTERRUPT_BUDGET}`);
}
