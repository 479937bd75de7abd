// .vscode/launch.json and tasks.json (F5 in VS Code): every task a launch configuration or task names exists, npm
// tasks run scripts package.json has, and the files and folders the configurations open are ones the build writes
// (dist/…, from an entry point that exists) or that are in the repository.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** JSON with // and /* *\/ comments and trailing commas (VS Code's JSONC), comments outside strings only. */
function parseJsonc(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

interface Task { label: string; type?: string; script?: string; dependsOn?: string[]; command?: string; args?: string[] }
interface Launch { name: string; type: string; request: string; args: string[]; outFiles?: string[]; preLaunchTask?: string }

const read = (file: string) => parseJsonc(fs.readFileSync(path.join(root, file), 'utf8'));
const tasks = (read('.vscode/tasks.json') as { tasks: Task[] }).tasks;
const launches = (read('.vscode/launch.json') as { configurations: Launch[] }).configurations;
const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
const labels = new Set(tasks.map(t => t.label));

/** The files `node build.mjs` writes, each with the source it is bundled from. */
function buildOutputs(): Map<string, string> {
  const build = fs.readFileSync(path.join(root, 'build.mjs'), 'utf8');
  const outputs = new Map<string, string>();
  for (const m of build.matchAll(/entryPoints: \['([^']+)'\], outfile: '([^']+)'/g)) outputs.set(m[2], m[1]);
  const suite = /path\.join\(root, '(test\/integration\/suite)'\)/.exec(build)?.[1];
  const outdir = /outdir: '([^']+)'/.exec(build)?.[1];
  assert.ok(suite && outdir, 'build.mjs bundles the integration suite into an outdir');
  for (const file of fs.readdirSync(path.join(root, suite)).filter(f => f.endsWith('.ts'))) {
    outputs.set(`${outdir}/${file.replace(/\.ts$/, '.js')}`, `${suite}/${file}`);
  }
  return outputs;
}

const inWorkspace = (value: string) => value.replace(/^(--[\w-]+=)?\$\{workspaceFolder\}\/?/, '');

describe('.vscode: launch configurations and tasks', () => {
  it('reads JSON with comments and trailing commas', () => {
    assert.deepEqual(parseJsonc('// note\n{ "a": "x // not a comment", /* gone */ "b": [1, 2,], }'), { a: 'x // not a comment', b: [1, 2] });
  });

  it('has a Run Extension and an Extension Tests configuration, both in an Extension Development Host', () => {
    const names = launches.map(l => l.name);
    assert.ok(names.includes('Run Extension') && names.includes('Extension Tests'), names.join(', '));
    for (const launch of launches) {
      assert.equal(launch.type, 'extensionHost', launch.name);
      assert.ok(launch.args.includes('--extensionDevelopmentPath=${workspaceFolder}'), launch.name);
    }
  });

  it('names only tasks that exist, and builds before every launch', () => {
    for (const launch of launches) assert.ok(launch.preLaunchTask && labels.has(launch.preLaunchTask), `${launch.name}: ${launch.preLaunchTask}`);
    for (const task of tasks) for (const other of task.dependsOn ?? []) assert.ok(labels.has(other), `${task.label} depends on ${other}`);
    const runsBuild = (label: string): boolean => {
      const task = tasks.find(t => t.label === label)!;
      return (task.type === 'npm' && task.script === 'build') || (task.dependsOn ?? []).some(runsBuild);
    };
    for (const launch of launches) assert.ok(runsBuild(launch.preLaunchTask!), `${launch.name} builds first`);
  });

  it('runs npm scripts that package.json has', () => {
    const npmTasks = tasks.filter(t => t.type === 'npm');
    assert.ok(npmTasks.length >= 2);
    for (const task of npmTasks) assert.ok(scripts[task.script!], `${task.label}: npm run ${task.script}`);
  });

  it('opens only what the build writes (from entry points that exist) or what the repository has', () => {
    const outputs = buildOutputs();
    const prepared = new Map<string, string>(); // folders a task copies, to where
    for (const task of tasks) {
      const copy = /fs\.cpSync\('([^']+)', '([^']+)'/.exec((task.args ?? []).join(' '));
      if (copy) prepared.set(copy[2], copy[1]);
    }
    for (const launch of launches) {
      for (const arg of launch.args.filter(a => a.includes('${workspaceFolder}'))) {
        const target = inWorkspace(arg);
        if (target === '') continue;
        if (target.startsWith('dist/')) {
          assert.ok(outputs.has(target), `${launch.name}: ${target} is written by build.mjs`);
          assert.ok(fs.existsSync(path.join(root, outputs.get(target)!)), `${launch.name}: ${outputs.get(target)} exists`);
        } else if (prepared.has(target)) {
          assert.ok(fs.statSync(path.join(root, prepared.get(target)!)).isDirectory(), `${launch.name}: ${prepared.get(target)} is copied to ${target}`);
        } else {
          assert.ok(fs.existsSync(path.join(root, target)), `${launch.name}: ${target} exists`);
        }
      }
      for (const glob of launch.outFiles ?? []) assert.ok([...outputs.keys()].some(o => o.startsWith(inWorkspace(glob).split('*')[0])), glob);
    }
    const main = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).main.replace(/^\.\//, '');
    assert.ok(outputs.has(main), `the manifest's main (${main}) is written by build.mjs`);
  });
});
