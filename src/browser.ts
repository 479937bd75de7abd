// Entry point of the browser's web-worker extension host (package.json `browser`, dist/web/extension.js): vscode.dev,
// github.dev, code-server with the web entry. No Node here: the browser adapters (src/web/host.ts) stand in for the
// Node ones, then the activation both hosts share runs (./extension.ts).
import type * as vscode from 'vscode';
import * as extension from './extension';
import type { FactcheckApi } from './api';
import { useExtensionHost } from './review/host';
import { loadWebDetection, webHost } from './web/host';

export async function activate(context: vscode.ExtensionContext): Promise<FactcheckApi> {
  useExtensionHost(webHost(context.extensionUri, await loadWebDetection(context.extensionUri)));
  return extension.activate(context);
}

export const deactivate = extension.deactivate;
