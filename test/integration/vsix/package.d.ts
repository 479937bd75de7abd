// Types of ./package.js for the TypeScript that uses it (test/bench/cli.bench.ts).
import type { SpawnSyncOptions } from 'child_process';

/** Packages the extension into `work` as `npm run package` does: the .vsix and the copy it was built in. */
export function packageExtension(work: string): { vsix: string; copy: string };
export function run(command: string, args: string[], options?: SpawnSyncOptions): string;
export function installExtension(vsix: string, extensionsDir: string, work: string): void;
