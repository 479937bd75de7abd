// Reading the extension's own files (the claim model, the worker script) in the browser, where there is no
// `__dirname`: by the extension's URI. `fetch` reaches every place an extension is served from — https on vscode.dev,
// http in @vscode/test-web, and vscode-remote in code-server, whose extension host patches fetch for it —;
// workspace.fs is asked when fetch cannot (a `file:` URI in a desktop VS Code).
import * as vscode from 'vscode';

export async function readExtensionFile(file: vscode.Uri): Promise<Uint8Array> {
  let fetchError: unknown;
  if (typeof fetch === 'function' && file.scheme !== 'file') {
    try {
      const response = await fetch(file.toString(true));
      if (response.ok) return new Uint8Array(await response.arrayBuffer());
      fetchError = `HTTP ${response.status}`;
    } catch (error) {
      fetchError = error;
    }
  }
  try {
    return await vscode.workspace.fs.readFile(file);
  } catch (error) {
    throw new Error(`cannot read ${file.toString(true)}: ${String(fetchError ?? error)}`);
  }
}
