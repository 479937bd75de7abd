// `npm start`: opens the extension in a real VS Code (code-server's web workbench) on the sample articles, for anyone
// without VS Code installed. Prints the URL to open in a browser; Ctrl-C stops it.
const path = require('path');
const { startCodeServer } = require('./codeServer');

const root = path.resolve(__dirname, '../..');
const port = Number(process.env.PORT || 3210);
// the samples are the project's own: skip the workspace-trust prompt so the extension is fully on at once
const server = startCodeServer({ port, extraArgs: ['--disable-workspace-trust'] });
const stop = () => { server.stop(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

server.origin.then(origin => {
  const payload = [['extensionDevelopmentPath', `vscode-remote://${new URL(origin).host}${root}`], ['skipWelcome', 'true']];
  const url = `${origin}/?folder=${encodeURIComponent(path.join(root, 'samples'))}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(`\nFactcheck is running in VS Code at:\n\n  ${url}\n\nOpen that address in a browser on this machine. Ctrl-C stops it.`);
}, err => { console.error(String(err)); process.exit(1); });
