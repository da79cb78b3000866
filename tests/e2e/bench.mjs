// Startup benchmark for `cargo xtask bench`: median time from navigation to first visible text
// (first contentful paint) and to the app being ready ([data-ready] in the DOM), for the guide
// and for the minimal Yew counter, each served on loopback. Figures, not a pass/fail test.
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

const RUNS = 9;
const [guideDir, counterDir] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const browser = await launch();
async function measure(dir) {
  const server = await serve(dir, 0, { compress: true });
  const fcp = []; const ready = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-ready]');
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.now(),
    }));
    fcp.push(t.fcp); ready.push(t.ready);
    await context.close();
  }
  await server.close();
  return { fcp: median(fcp), ready: median(ready) };
}
// One warm-up each, then measure.
await measure(guideDir); await measure(counterDir);
const guide = await measure(guideDir);
const counter = await measure(counterDir);
console.log(`\nStartup, median of ${RUNS} runs in headless Chromium (ms from navigation)\n`);
console.log(`${'measure'.padEnd(28)}${'guide'.padStart(10)}${'counter'.padStart(10)}${'ratio'.padStart(8)}`);
for (const [name, key] of [['first visible text (FCP)', 'fcp'], ['app ready ([data-ready])', 'ready']]) {
  console.log(`${name.padEnd(28)}${guide[key].toFixed(0).padStart(10)}${counter[key].toFixed(0).padStart(10)}${(guide[key] / counter[key]).toFixed(2).padStart(8)}`);
}
await browser.close();
