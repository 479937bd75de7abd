// The `factcheck` command line run inside the test's extension host, for the tests that compare an export with it.
// Node only (the CLI reads files with Node's fs): the test files that import this are listed in
// test/web/node-only-tests.json and left out of the web-worker host's run (helpers.ts stays free of Node for both).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { runReport } from '../../../src/cli/report';
import type { CliIO } from '../../../src/cli/io';
import { detectionIn } from '../../../src/node/detectionScript';

/** The JSON report (export and CLI), as far as the tests read it. */
export interface JsonReport {
  generated?: string;
  scope: string;
  claims: { article: string; claim: string; status: string; untouched: boolean; id: string | null }[];
}

/** `factcheck report --format json FOLDER` run in this process, parsed, with the detection of the extension's dist/
 *  (its detection script and detector files), as dist/cli.js has it. */
export async function cliJsonReport(folder: string): Promise<JsonReport> {
  const detection = detectionIn(path.join(vscode.extensions.getExtension('factcheck-desk.factcheck')!.extensionPath, 'dist'));
  const out: string[] = [];
  const io: CliIO = {
    out: text => { out.push(text); },
    err: () => undefined,
    readFile: file => fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''),
    readBytes: file => fs.readFileSync(file),
    detection: () => detection,
  };
  await runReport(['--format', 'json', folder], io);
  return JSON.parse(out.join(''));
}
