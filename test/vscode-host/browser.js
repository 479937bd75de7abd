// Opens a VS Code web workbench URL in headless Debian Chromium (playwright-core) and resolves with the exit code the
// workbench reports through `window.codeAutomationExit` once the extension tests finish.
// A test may log "@@screenshot NAME" to get NAME.png of the live workbench in $SCREENSHOT_DIR (and, with
// $SCREENSHOT_TEXT_DIR set, NAME.txt: the workbench's visible text, which `npm run screenshots` checks).
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  // the machine's network is closed: without these Chromium keeps dialling Google services
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

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
      const shot = /@@screenshot (\S+)/.exec(args.join(' '));
      if (shot && process.env.SCREENSHOT_DIR) {
        await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, shot[1] + '.png') });
        if (process.env.SCREENSHOT_TEXT_DIR) {
          const text = await page.innerText('body');
          require('fs').writeFileSync(path.join(process.env.SCREENSHOT_TEXT_DIR, shot[1] + '.txt'), text);
        }
      }
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
