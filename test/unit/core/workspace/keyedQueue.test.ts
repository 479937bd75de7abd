import assert from 'node:assert/strict';
import { drainKeyed } from '../../../../src/core/workspace/keyedQueue';

/** Lets the promise callbacks queued so far run. */
const settle = () => new Promise(resolve => setImmediate(resolve));

/** A `work` whose calls wait until the test finishes them, recording what was worked and how many at once. */
function controlledWork() {
  const waiting = new Map<string, () => void>();
  const started: string[] = [];
  let atOnce = 0;
  let most = 0;
  const work = (key: string) => new Promise<void>((resolve, reject) => {
    if (waiting.has(key)) reject(new Error(`${key} worked twice at once`));
    started.push(key);
    most = Math.max(most, ++atOnce);
    waiting.set(key, () => { atOnce--; waiting.delete(key); resolve(); });
  });
  const finish = async (key: string) => {
    const done = waiting.get(key);
    assert.ok(done, `${key} is being worked`);
    done();
    await settle();
  };
  return { work, finish, started, working: () => [...waiting.keys()], most: () => most };
}

describe('drainKeyed (the workspace index works through its queue two at a time)', () => {
  it('works every item once, in order, as many at once as it has lanes', async () => {
    const pending = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    const { work, finish, started, working, most } = controlledWork();
    let done = false;
    const drained = drainKeyed(pending, 2, work).then(() => { done = true; });
    await settle();
    assert.deepEqual(working(), ['a', 'b']);
    await finish('b');
    assert.deepEqual(working(), ['a', 'c']);
    await finish('a');
    await finish('c');
    assert.equal(done, false);
    await finish('d');
    await drained;
    assert.deepEqual(started, ['a', 'b', 'c', 'd']);
    assert.equal(most(), 2);
    assert.equal(pending.size, 0);
  });

  it('works an item added again while it is worked once more afterwards, never twice at once', async () => {
    const pending = new Map([['a', 1], ['b', 2]]);
    const { work, finish, started, working } = controlledWork();
    const drained = drainKeyed(pending, 2, work);
    await settle();
    pending.set('a', 10); // the file changed while it was read
    await finish('b');
    assert.deepEqual(working(), ['a'], 'the other lane does not take "a" while it is worked');
    await finish('a');
    assert.deepEqual(working(), ['a'], 'worked again once the first finished');
    await finish('a');
    await drained;
    assert.deepEqual(started, ['a', 'b', 'a']);
  });

  it('works items added while it works, and takes no new item once stopped', async () => {
    const pending = new Map([['a', 1]]);
    const { work, finish, started } = controlledWork();
    let stop = false;
    const drained = drainKeyed(pending, 2, work, () => stop);
    await settle();
    pending.set('b', 2);
    await finish('a');
    assert.deepEqual(started, ['a', 'b']);
    pending.set('c', 3);
    stop = true;
    await finish('b');
    await drained;
    assert.deepEqual(started, ['a', 'b']);
    assert.deepEqual([...pending.keys()], ['c'], 'left for the next run');
  });

  it('with one lane, works one item at a time', async () => {
    const pending = new Map([['a', 1], ['b', 2]]);
    const { work, finish, working, most } = controlledWork();
    const drained = drainKeyed(pending, 1, work);
    await settle();
    assert.deepEqual(working(), ['a']);
    await finish('a');
    await finish('b');
    await drained;
    assert.equal(most(), 1);
  });
});
