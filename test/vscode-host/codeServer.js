// Starts code-server (VS Code 1.100 server + web workbench, an npm devDependency) on 127.0.0.1 with a throw-away
// profile, and resolves with its origin. Shared by the headless test executable and `npm start`.
const path = require('path');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');

// extensionsDir: where installed extensions live (default: inside the throw-away profile, i.e. none installed).
exports.startCodeServer = function startCodeServer({ port = 0, extraArgs = [], extensionsDir, verbose = !!process.env.VERBOSE } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-code-'));
  const entry = path.join(path.dirname(require.resolve('code-server/package.json')), 'out/node/entry.js');
  const server = cp.spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    '--user-data-dir', path.join(profile, 'user-data'), '--extensions-dir', extensionsDir || path.join(profile, 'extensions'),
    '--config', path.join(profile, 'config.yaml'), ...extraArgs], {
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}', // no marketplace look-ups on a closed network
      XDG_DATA_HOME: path.join(profile, 'xdg-data'), XDG_CONFIG_HOME: path.join(profile, 'xdg-config'),
    },
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  const stop = () => {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    fs.rmSync(profile, { recursive: true, force: true });
  };
  let log = '';
  const origin = new Promise((resolve, reject) => {
    const onData = chunk => {
      log += chunk;
      if (verbose) process.stderr.write('[code-server] ' + chunk);
      const m = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(log);
      if (m) resolve(m[1]);
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', code => reject(new Error(`code-server exited early (${code}):\n${log}`)));
  });
  return { origin, stop, profile, server };
};
