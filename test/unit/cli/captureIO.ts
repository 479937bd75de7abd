// What CLI tests share: a CliIO over the real file system that records what the command prints.
import fs from 'node:fs';
import type { CliIO } from '../../../src/cli/io';
import { detection } from '../../../src/core/detect/detection';

export function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: text => { out.push(text); },
    err: text => { err.push(text); },
    readFile: file => fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''),
    readBytes: file => fs.readFileSync(file),
    detection: () => detection,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
