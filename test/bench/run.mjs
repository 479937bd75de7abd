// `npm run bench`: runs every test/bench/*.bench.ts in its own Node process (so memory figures do not mix) and
// prints their figures. Benchmarks print numbers; they never pass or fail on timing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv[2];
let failed = false;
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
