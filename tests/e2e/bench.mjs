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
// BENCH_PART=sliders skips the startup figures (for working on the sliders alone).
if (process.env.BENCH_PART !== 'sliders') {
  // One warm-up each, then measure.
  await measure(guideDir); await measure(counterDir);
  const guide = await measure(guideDir);
  const counter = await measure(counterDir);
  console.log(`\nStartup, median of ${RUNS} runs in headless Chromium (ms from navigation)\n`);
  console.log(`${'measure'.padEnd(28)}${'guide'.padStart(10)}${'counter'.padStart(10)}${'ratio'.padStart(8)}`);
  for (const [name, key] of [['first visible text (FCP)', 'fcp'], ['app ready ([data-ready])', 'ready']]) {
    console.log(`${name.padEnd(28)}${guide[key].toFixed(0).padStart(10)}${counter[key].toFixed(0).padStart(10)}${(guide[key] / counter[key]).toFixed(2).padStart(8)}`);
  }
}

// A slider drag on a cheap phone: Chromium's CPU throttled 4×, each step timed from the `input`
// event to the simulation's DOM updated and laid out (yew renders in a microtask; a message-channel
// task runs after it, then layout is forced). The counter's click is timed the same way.
const SLIDERS = [
  ['receptors', '#/receptors', '#receptors-dose'],
  ['tolerance (day)', '#/tolerance', '#tolerance-day'],
  ['tolerance (amount)', '#/tolerance', '#tolerance-amount'],
  ['restart', '#/stopping-and-starting-again', '#restart-day'],
  ['withdrawal', '#/withdrawal', '#withdrawal-time'],
  ['rescue', '#/overdose-and-naloxone', '#rescue-time'],
];
const STEPS = 40;
async function timed(url, selector, act) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(`[data-ready] ${selector}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = await page.evaluate(async ({ selector, act, steps }) => {
    const el = document.querySelector(selector);
    const settle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const out = [];
    // The first few steps warm the engine up; they are not counted.
    for (let i = -5; i < steps; i += 1) {
      await settle();
      const t0 = performance.now();
      if (act === 'click') {
        el.click();
      } else {
        const span = Number(el.max) - Number(el.min);
        el.value = String(Number(el.min) + (((i + steps) * 7) % (steps + 1)) / steps * span);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await settle();
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
      if (i >= 0) out.push(performance.now() - t0);
    }
    return out;
  }, { selector, act, steps: STEPS });
  await context.close();
  return times;
}
const guideServer = await serve(guideDir);
const counterServer = await serve(counterDir);
const clicks = await timed(counterServer.url, 'button', 'click');
const click = median(clicks);
console.log(`\nA slider step under a 4× CPU slowdown: input to DOM updated and laid out, ${STEPS} steps each (ms)\n`);
console.log(`${'simulation'.padEnd(22)}${'median'.padStart(8)}${'slowest'.padStart(9)}${'÷ click'.padStart(9)}   (at most 3× the counter's click, slowest at most 16.7)`);
// The counter's slowest click is this machine's noise floor for the slowest column.
console.log(`${'counter click'.padEnd(22)}${click.toFixed(1).padStart(8)}${Math.max(...clicks).toFixed(1).padStart(9)}`);
for (const [name, hash, selector] of SLIDERS) {
  const times = await timed(`${guideServer.url}${hash}`, selector, 'input');
  const m = median(times);
  console.log(`${name.padEnd(22)}${m.toFixed(1).padStart(8)}${Math.max(...times).toFixed(1).padStart(9)}${(m / click).toFixed(2).padStart(8)}×`);
}
await guideServer.close();
await counterServer.close();
await browser.close();
