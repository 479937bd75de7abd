// git's `user.name` for a folder, for the Node extension host's reviewer name (src/review/reviewerName.ts asks once per
// folder). A child process, not a shell: nothing from the workspace is ever interpreted as a command.
import { execFile } from 'node:child_process';

const GIT_TIMEOUT_MS = 3000;

export function gitUserName(cwd: string): Promise<string | undefined> {
  return new Promise(resolve => {
    try {
      execFile('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
        const name = error ? '' : String(stdout).trim();
        resolve(name || undefined);
      });
    } catch {
      resolve(undefined); // git missing or the folder gone: no reviewer name, never an error
    }
  });
}
