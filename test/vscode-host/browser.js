// Opens a VS Code web workbench URL in headless Debian Chromium (playwright-core) and resolves with the exit code the
// workbench reports through `window.codeAutomationExit` once the extension tests finish.
// A test may log "@@screenshot NAME" to get NAME.png of the live workbench in $SCREENSHOT_DIR, once the webviews on
// screen are drawn (and, with $SCREENSHOT_TEXT_DIR set, NAME.txt, written last, so a test can wait for it: the
// workbench's visible text and its status bar items' labels, which `npm run screenshots` checks). NAME may hold a folder
// ("walkthrough/step") and end in ".webp" (a small lossy picture, for what the .vsix ships). After NAME: "x,y,w,h"
// takes only that part of the page, "around=SELECTOR" the box of the first visible element it matches, grown by "pad=N"
// pixels; "scale=F" shrinks a WebP picture.
// $SCREENSHOT_HIDDEN_STATUS_ITEMS ("ID,…") starts the workbench with those of VS Code's own status bar items hidden, as a
// user's earlier right-click → Hide left them; a picture that still shows one is marked in its text.
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  // the machine's network is closed: without these Chromium keeps dialling Google services
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The labels screen readers get for the status bar's shown items (a hidden one stays in the page): icons are not in
 *  the page's text, so "⊗ 0 ⚠ 0" is only there as "No Problems" or "Errors: 0, Warnings: 0". */
function statusBarLabels(page) {
  return page.$$eval('[id="workbench.parts.statusbar"] [aria-label]',
    items => items.filter(item => item.checkVisibility()).map(item => item.getAttribute('aria-label')));
}

/** Runs in the page before its own scripts: writes what VS Code keeps of the status bar items a user hid (key
 *  "workbench.statusbar.hidden" of the default profile's storage, the browser's IndexedDB on the web) before the
 *  workbench first opens that store. Hiding them by mouse while the tests ran was flaky: on a workbench still starting,
 *  a click on "Hide '…'" could stay unanswered for over ten seconds, and the menu it left stood in the pictures.
 *  The store is created here only when it does not exist yet (the browser's profile is new each run), in the same
 *  transaction as the write, so the workbench cannot read it before the write. */
function rememberHiddenStatusItems(ids) {
  /* global window, indexedDB -- runs in the browser page */
  if (window.top !== window) return; // the workbench's own frames (webviews) have nothing to seed
  const open = indexedDB.open('vscode-web-state-db-global', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('ItemTable').put(JSON.stringify(ids), 'workbench.statusbar.hidden');
  open.onsuccess = () => open.result.close(); // the workbench may need the store to itself (it deletes a broken one)
}

/** The ids among `ids` of status bar items on screen. */
function shownStatusItems(page, ids) {
  return page.$$eval('[id="workbench.parts.statusbar"] [id]',
    (items, wanted) => items.filter(item => wanted.includes(item.id) && item.checkVisibility()).map(item => item.id), ids);
}

/** How many webviews on screen are still blank after up to `timeoutMs`: a webview (the Overview) draws its page in
 *  frames of its own, after the workbench around it, and a picture taken at once showed an empty view. */
async function blankWebviews(page, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let blank = 0;
    for (const element of await page.locator('iframe.webview').filter({ visible: true }).elementHandles()) {
      // the workbench's frame for a webview holds the page the extension gave in an inner frame, once it is loaded
      const inner = await (await (await element.contentFrame())?.$('#active-frame'))?.contentFrame();
      const drawn = await inner?.evaluate(() => (document.body?.childElementCount ?? 0) > 0).catch(() => false);
      if (!drawn) blank++;
    }
    if (!blank || Date.now() > deadline) return blank;
    await page.waitForTimeout(200);
  }
}

/** The part of the page a "@@screenshot NAME OPTIONS" line asks for, and how much to shrink it. */
async function framing(page, options) {
  const option = key => new RegExp(`(?:^|\\s)${key}=(\\S+)`).exec(options)?.[1];
  const rect = /(?:^|\s)(\d+),(\d+),(\d+),(\d+)(?:\s|$)/.exec(options);
  let clip = rect ? { x: +rect[1], y: +rect[2], width: +rect[3], height: +rect[4] } : undefined;
  const around = option('around');
  if (around) {
    const box = await page.locator(around).filter({ visible: true }).first().boundingBox({ timeout: 5000 });
    const pad = Number(option('pad') ?? 0), view = page.viewportSize();
    const x = Math.max(0, box.x - pad), y = Math.max(0, box.y - pad);
    clip = { x, y, width: Math.min(view.width, box.x + box.width + pad) - x, height: Math.min(view.height, box.y + box.height + pad) - y };
  }
  return { clip, scale: Number(option('scale') ?? 1) };
}

/** PNG bytes as lossy WebP, encoded by the browser (a blank page of its own: the workbench's content policy is strict). */
async function toWebp(browser, png, scale) {
  const page = await browser.newPage();
  try {
    const dataUrl = await page.evaluate(async ([source, factor]) => {
      /* global document, Image -- runs in the browser page */
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(image.naturalWidth * factor);
      canvas.height = Math.round(image.naturalHeight * factor);
      const context2d = canvas.getContext('2d');
      context2d.imageSmoothingQuality = 'high';
      context2d.drawImage(image, 0, 0, canvas.width, canvas.height);
      // low quality, small: the .vsix (at most 700 KB) ships these; text stays legible enough for an illustration
      return canvas.toDataURL('image/webp', 0.3);
    }, [`data:image/png;base64,${png.toString('base64')}`, scale]);
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  } finally {
    await page.close();
  }
}

exports.runWorkbench = async function runWorkbench(url, { timeoutMs = 600000, verbose = !!process.env.VERBOSE } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const hiddenStatusItems = (process.env.SCREENSHOT_HIDDEN_STATUS_ITEMS || '').split(',').filter(Boolean);
    if (hiddenStatusItems.length) await page.addInitScript(rememberHiddenStatusItems, hiddenStatusItems);
    let finish;
    const exitCode = new Promise(resolve => (finish = resolve));
    const onLog = async (type, args) => {
      (console[type] || console.log)(...args);
      const line = args.join(' ');
      const shot = /@@screenshot (\S+)(.*)/.exec(line);
      if (shot && process.env.SCREENSHOT_DIR) {
        const [, name, options] = shot;
        const webp = /\.webp$/.test(name);
        const file = path.join(process.env.SCREENSHOT_DIR, webp ? name : name + '.png');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const blank = await blankWebviews(page);
        try {
          const { clip, scale } = await framing(page, options);
          const png = await page.screenshot({ clip });
          fs.writeFileSync(file, webp ? await toWebp(page.context().browser(), png, scale) : png);
        } catch (error) {
          console.error(`@@screenshot-failed ${name}: ${error.message}`);
          return;
        }
        if (process.env.SCREENSHOT_TEXT_DIR) {
          // a menu left open, a view still blank, an item meant to be hidden are debris too: marked so the check can tell
          // them from the page's words
          const menus = await page.locator('.monaco-menu').filter({ visible: true }).count();
          const shown = (await shownStatusItems(page, hiddenStatusItems)).map(id => `@@shown-status-item ${id}\n`).join('');
          const marks = `${menus ? '@@open-menu\n' : ''}${blank ? '@@blank-webview\n' : ''}${shown}`;
          const text = `${await page.innerText('body')}\n${(await statusBarLabels(page)).join('\n')}\n${marks}`;
          fs.writeFileSync(path.join(process.env.SCREENSHOT_TEXT_DIR, name.replace(/[/\\]/g, '_') + '.txt'), text);
        }
      }
    };
    // the extension host does not wait for a logged line's handling: one at a time, so a picture is never taken while
    // an earlier one is still being taken (a failed one does not stop the ones after it)
    let handled = Promise.resolve();
    await page.exposeFunction('codeAutomationLog', (type, args) => (handled = handled.then(() => onLog(type, args))
      .catch(error => console.error(`@@screenshot-failed: ${error.message}`))));
    await page.exposeFunction('codeAutomationExit', code => finish(code));
    page.on('pageerror', e => console.error('[workbench error]', e.message));
    page.on('crash', () => { console.error('[workbench crashed]'); finish(4); });
    if (verbose) page.on('console', m => console.log('[console]', m.text()));
    const timer = setTimeout(() => { console.error(`timed out after ${timeoutMs} ms waiting for the tests`); finish(2); }, timeoutMs);
    // a loaded CI machine can take well over the default 30 s to serve the workbench
    await page.goto(url, { timeout: 180000 });
    const code = await exitCode;
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close().catch(() => {});
  }
};
