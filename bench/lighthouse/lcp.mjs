// Lighthouse mobile (its default: a mid-range phone, 4× CPU slowdown, simulated slow 4G) on the
// guide and the counter, served on loopback: median largest contentful paint of RUNS runs each.
// For `cargo xtask bench`; a figure, not a test.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../../tests/e2e/server.mjs';

const RUNS = 5;
const [guideDir, counterDir] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
async function lcp(dir) {
  const server = await serve(dir, 0, { compress: true });
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { lhr } = await lighthouse(server.url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
    runs.push(lhr.audits['largest-contentful-paint'].numericValue);
  }
  await server.close();
  return median(runs);
}
const guide = await lcp(guideDir);
const counter = await lcp(counterDir);
console.log(`\nLighthouse mobile, median of ${RUNS} runs: largest contentful paint`);
console.log(`  guide ${guide.toFixed(0)} ms, counter ${counter.toFixed(0)} ms: ${(guide / counter).toFixed(2)}× (at most 0.8×)`);
chrome.kill();
