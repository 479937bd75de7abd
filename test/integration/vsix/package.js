// Packages the extension the way `npm run package` does (production build, then `vsce package --no-dependencies
// --no-rewrite-relative-links`), in a copy of the project's package inputs, so the development build in dist/ is left
// alone. Used by the packaged-extension test (run.js) and the whole-process benchmark (test/bench/cli.bench.ts).
const path = require('path');
const fs = require('fs');
const cp = require('child_process');

const root = path.resolve(__dirname, '../../..');
// what `npm run package` reads: the manifest, the build script and sources, and what .vscodeignore lets into the .vsix
const PACKAGE_INPUTS = ['package.json', 'build.mjs', 'tsconfig.json', '.vscodeignore', 'src', 'media', 'samples',
  'README.md', 'CHANGELOG.md', 'LICENSE'];

function run(command, args, options = {}) {
  const result = cp.spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Packages into `work` (a folder inside the project, so the copy finds node_modules by walking up): returns the .vsix
 * and the copy, whose dist/ holds the production bundles that went into it.
 */
function packageExtension(work) {
  const copy = path.join(work, 'package');
  for (const input of PACKAGE_INPUTS) {
    if (fs.existsSync(path.join(root, input))) fs.cpSync(path.join(root, input), path.join(copy, input), { recursive: true });
  }
  // type checking is the build stage's job
  run(process.execPath, ['build.mjs', '--production', '--no-typecheck'], { cwd: copy });
  const vsix = path.join(work, 'factcheck.vsix');
  run(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: copy });
  return { vsix, copy };
}

/** Installs the .vsix with code-server's --install-extension into `extensionsDir` (a profile in `work` keeps code-server
 *  away from the user's own config and data). */
function installExtension(vsix, extensionsDir, work) {
  const entry = path.join(path.dirname(require.resolve('code-server/package.json')), 'out/node/entry.js');
  const profile = path.join(work, 'install-profile');
  run(process.execPath, [entry, '--user-data-dir', path.join(profile, 'user-data'), '--config', path.join(profile, 'config.yaml'),
    '--extensions-dir', extensionsDir, '--install-extension', vsix], { env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
}

module.exports = { installExtension, packageExtension, run };
