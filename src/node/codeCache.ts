// V8's code cache for the `factcheck` program: the bytecode V8 compiled for the command-line bundle in one run, kept
// on disk so the next run of the same command starts from it instead of parsing and compiling 500 KB of JavaScript
// again (the functions a command runs are compiled on their first call; a cache made at the end of a run holds them).
//
// The cache is only ever an accelerator: whatever goes wrong (no folder, an unreadable or stale file, a full disk)
// the bundle is compiled from its source as it would be without it, and nothing is reported. V8 itself refuses a cache
// made by another V8 version or with other flags; the file's name carries a hash of the bundle's text, the Node version
// and the caller's flavour (the V8 flags it set), so a rebuilt bundle of the same length never meets stale bytecode.
// Bytecode is code: the folder is the user's own (created 0700, used only when it and the file are owned by this user
// and writable by no one else), so another account on a shared machine cannot plant a cache.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/** How a module was compiled: from its code cache, from source (a cache not there yet, or stale), or with no cache. */
export type CodeCacheUse = 'used' | 'compiled' | 'off';

export interface CachedModule {
  exports: unknown;
  cache: CodeCacheUse;
}

/**
 * The folder for code caches: $FACTCHECK_CODE_CACHE when set ('off' turns the cache off), else a folder of this user's
 * in the system's temporary folder.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.FACTCHECK_CODE_CACHE;
  if (chosen === 'off') return undefined;
  if (chosen) return chosen;
  const uid = process.getuid?.();
  return path.join(os.tmpdir(), `factcheck-code-cache${uid === undefined ? '' : `-${uid}`}`);
}

/** Where a run keeps its code caches and when it saves one (see requireWithCodeCache). */
export interface CodeCacheSettings {
  /** Names the V8 flags set before the compile: a cache is valid only under them. */
  flavour: string;
  /** No cache where undefined. */
  folder: string | undefined;
  /** Whether to save a cache at the process's exit, given its exit code (default: yes). */
  saveOnExit?: (exitCode: number) => boolean;
}

/**
 * Runs the CommonJS file `file` as a module, as `require` would, compiled from a code cache in the settings' folder
 * when one fits, and returns its exports. Without a fitting cache, one is saved when the process exits (if
 * `saveOnExit` agrees), holding every function the run compiled; later runs start from it as it is, so a run that
 * compiles little of what later runs need (a usage message, a mistyped option) should not save one.
 */
export function requireWithCodeCache(file: string, settings: CodeCacheSettings): CachedModule {
  const source = fs.readFileSync(file, 'utf8');
  // the wrapper Node puts around a CommonJS module (a leading #! line is a comment to V8 only at the very start)
  const compiled = compileWithCodeCache(file, ['exports', 'require', 'module', '__filename', '__dirname'], source.replace(/^#!.*/, ''), settings);
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  compiled.run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return { exports: module.exports, cache: compiled.cache };
}

/**
 * A function of `parameters` whose body is `body`, compiled from `file`'s code cache in the settings' folder when one
 * fits, as requireWithCodeCache does for a module.
 */
export function compileWithCodeCache(file: string, parameters: readonly string[], body: string, settings: CodeCacheSettings):
  { run: (...args: unknown[]) => unknown; cache: CodeCacheUse } {
  const { flavour, folder, saveOnExit = () => true } = settings;
  const cacheFile = folder && ownFolder(folder) ? path.join(folder, cacheName(file, body, flavour)) : undefined;
  const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
  const script = new vm.Script(`(function (${parameters.join(', ')}) {${body}\n})`, { filename: file, cachedData });
  const cache: CodeCacheUse = cacheFile === undefined ? 'off' : cachedData && !script.cachedDataRejected ? 'used' : 'compiled';
  if (cache === 'compiled') {
    process.once('exit', code => {
      if (saveOnExit(code)) quietly(() => writeCache(folder as string, cacheFile as string, script.createCachedData()));
    });
  }
  return { run: script.runInThisContext() as (...args: unknown[]) => unknown, cache };
}

/** A cache's name: the file's and the flavour's (one cache each), then a hash of everything that makes it valid. */
function cacheName(file: string, source: string, flavour: string): string {
  const hash = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}\0${flavour}`).digest('hex');
  return `${`${path.basename(file, '.js')}-${flavour}`.replace(/[^\w-]/g, '_')}-${hash.slice(0, 32)}.bin`;
}

/** Whether `folder` is a real folder (made 0700 if missing) owned by this user that nobody else may write to. */
function ownFolder(folder: string): boolean {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    return isOwn(fs.lstatSync(folder), true);
  } catch {
    return false;
  }
}

function isOwn(stat: fs.Stats, folder: boolean): boolean {
  if (folder ? !stat.isDirectory() : !stat.isFile()) return false;
  const uid = process.getuid?.();
  return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

function readOwnFile(file: string): Buffer | undefined {
  try {
    return isOwn(fs.lstatSync(file), false) ? fs.readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves a cache beside the flavour's older ones, which it replaces (the bundle they were made for is gone or will
 * make its own): written to a temporary name, then renamed, so a concurrent run reads the old file or the new one.
 */
function writeCache(folder: string, cacheFile: string, data: Buffer): void {
  const temp = `${cacheFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, data, { mode: 0o600, flag: 'wx' });
    fs.renameSync(temp, cacheFile);
  } catch {
    quietly(() => fs.rmSync(temp, { force: true }));
    return;
  }
  const flavourPrefix = path.basename(cacheFile).replace(/[0-9a-f]+\.bin$/, '');
  quietly(() => {
    for (const name of fs.readdirSync(folder)) {
      if (name.startsWith(flavourPrefix) && name.endsWith('.bin') && name !== path.basename(cacheFile)) {
        fs.rmSync(path.join(folder, name), { force: true });
      }
    }
  });
}

/** Saving or tidying a cache must never fail the run it follows. */
function quietly(tidy: () => void): void {
  try { tidy(); } catch { /* left for the next run */ }
}
