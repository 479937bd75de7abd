// Opens a VS Code web workbench URL in headless Debian Chromium (playwright-core) and resolves with the exit code the
// workbench reports through `window.codeAutomationExit` once the extension tests finish.
// A test may log "@@screenshot NAME" to get NAME.png of the live workbench in $SCREENSHOT_DIR (and, with
// $SCREENSHOT_TEXT_DIR set, NAME.txt: the workbench's visible text and its status bar items' labels, which
// `npm run screenshots` checks). NAME may hold a folder ("walkthrough/step") and end in ".webp" (a small lossy picture,
// for what the .vsix ships). After NAME: "x,y,w,h" takes only that part of the page, "around=SELECTOR" the box of the
// first visible element it matches, grown by "pad=N" pixels; "scale=F" shrinks a WebP picture.
// "@@hide-status-items ID,…" hides VS Code's own status bar items as a user does (right-click, Hide).
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

async function hideStatusItem(page, id) {
  const item = page.locator(`[id="${id}"]`).filter({ visible: true });
  // on a workbench still starting, "Hide" can be clicked before it acts: the item is hidden only once it is gone
  for (let attempt = 1; attempt <= 3 && (await item.count()); attempt++) {
    await item.first().click({ button: 'right' });
    // only the menu on screen: a closed menu's entries may still be in the page, and clicking those never works
    const hide = page.locator('.monaco-menu .action-label', { hasText: /^Hide '/ }).filter({ visible: true });
    try {
      await hide.first().click({ timeout: 5000 });
      await item.first().waitFor({ state: 'hidden', timeout: 2000 });
      console.log(`@@hide-status-items: hid ${id}`);
    } catch (error) {
      const labels = await page.locator('.monaco-menu .action-label').allInnerTexts().catch(() => []);
      console.error(`@@hide-status-items: could not hide ${id} yet (menu: ${labels.join(' | ')}): ${error.message.split('\n')[0]}`);
    }
    await closeMenus(page);
  }
  await page.mouse.move(1, 1); // off the menu's place, where a row of the side bar would show its tooltip
}

/** Closes any menu still on screen, as a user would (Escape): on a workbench still starting, a menu may open after
 *  its item was chosen or outlive a failed choice, and then stand in every later picture. */
async function closeMenus(page) {
  const open = page.locator('.monaco-menu').filter({ visible: true });
  for (let attempt = 0; attempt < 5 && (await open.count()); attempt++) {
    await page.keyboard.press('Escape');
    await open.first().waitFor({ state: 'hidden', timeout: 1000 }).catch(() => undefined);
  }
  if (await open.count()) console.error('@@hide-status-items: a menu stays open');
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
    let finish;
    const exitCode = new Promise(resolve => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', async (type, args) => {
      (console[type] || console.log)(...args);
      const line = args.join(' ');
      const shot = /@@screenshot (\S+)(.*)/.exec(line);
      if (shot && process.env.SCREENSHOT_DIR) {
        const [, name, options] = shot;
        const webp = /\.webp$/.test(name);
        const file = path.join(process.env.SCREENSHOT_DIR, webp ? name : name + '.png');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        try {
          const { clip, scale } = await framing(page, options);
          const png = await page.screenshot({ clip });
          fs.writeFileSync(file, webp ? await toWebp(page.context().browser(), png, scale) : png);
        } catch (error) {
          console.error(`@@screenshot-failed ${name}: ${error.message}`);
          return;
        }
        if (process.env.SCREENSHOT_TEXT_DIR) {
          // a menu left open is debris too: named so the check can tell it from the page's words
          const menus = await page.locator('.monaco-menu').filter({ visible: true }).count();
          const text = `${await page.innerText('body')}\n${(await statusBarLabels(page)).join('\n')}\n${menus ? '@@open-menu\n' : ''}`;
          fs.writeFileSync(path.join(process.env.SCREENSHOT_TEXT_DIR, name.replace(/[/\\]/g, '_') + '.txt'), text);
        }
      }
      const hide = /@@hide-status-items (\S+)/.exec(line);
      if (hide) for (const id of hide[1].split(',')) await hideStatusItem(page, id);
    });
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
