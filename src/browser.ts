// Entry point of dist/web/extension.js, the one bundle of the extension's code (package.json `browser`). In the
// browser's web-worker extension host (vscode.dev, github.dev, code-server with the web entry) VS Code calls its
// activate(): no Node here, so the browser adapters (src/web/host.ts) stand in for the Node ones. In Node extension
// hosts the Node bundle's extension (./main.ts) requires this file and calls activateIn() with the Node adapters, so
// the .vsix holds the extension's code once. Either way the activation both hosts share runs (./extension.ts).
import type * as vscode from 'vscode';
import * as extension from './extension';
import type { FactcheckApi } from './api';
import { useExtensionHost, type ExtensionHost } from './review/host';
import { loadWebDetection, webHost } from './web/host';

export async function activate(context: vscode.ExtensionContext): Promise<FactcheckApi> {
  return activateIn(context, webHost(context.extensionUri, await loadWebDetection(context.extensionUri)));
}

/** The activation both hosts share, with the host's adapters set first. */
export function activateIn(context: vscode.ExtensionContext, host: ExtensionHost): FactcheckApi {
  useExtensionHost(host);
  return extension.activate(context);
}

export const deactivate = extension.deactivate;
