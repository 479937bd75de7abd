// esbuild `inject` for the web test bundle: every free `process` there is the npm polyfill (the npm `assert` reads
// process.env and process.nextTick; the extension bundle gets no such shim).
const processPolyfill = require('process/browser');
export { processPolyfill as process };
