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

// A slider drag on a cheap phone, measured two ways; each step is timed from the `input` event to
// the simulation's DOM updated and laid out (yew renders in a microtask; a message-channel task
// runs after it, then layout is forced). The counter's click is timed the same way.
// - throttled: Chromium's CPU throttled 4×, each step run once (the method). Throttling
//   pauses the page's thread in slices, so one timing of a 2 ms step reads anywhere from 2 to 25
//   ms, depending on where a pause falls: the counter's own clicks spread that wide.
// - cost × 4: unthrottled, the same steps run ROUNDS times with a random pause before each, and
//   each step's cost is its fastest run (noise only ever adds time), times 4 for the slower phone.
//   The counter and the six simulations are open side by side and take turns, a round each, so
//   a machine that speeds up or slows down during the run moves the click and the steps alike
//   (measured one after another, the ratios moved by a third from run to run).
//   Its slowest column is the one that says whether a step can drop a frame.
// Each slider is moved two ways: a drag (one step of the range at a time, back and forth, as a
// finger or an arrow key moves it: the case) and jumps (a seventh of the range at a time,
// so nearly every step changes the sentence, the picture and the numbers: the worst case).
// Both pages are served cross-origin isolated, so `performance.now()` reads in microseconds: a
// click of the counter takes about 0.1 ms here, and Chromium's usual 0.1 ms clock made its median,
// and every ratio over it, a matter of rounding.
const SLIDERS = [
  ['receptors', '#/receptors', '#receptors-dose'],
  ['tolerance (day)', '#/tolerance', '#tolerance-day'],
  ['tolerance (amount)', '#/tolerance', '#tolerance-amount'],
  ['restart', '#/stopping-and-starting-again', '#restart-day'],
  ['withdrawal', '#/withdrawal', '#withdrawal-time'],
  ['rescue', '#/overdose-and-naloxone', '#rescue-time'],
];
const STEPS = 40;
const ROUNDS = 9;
/** Whole side-by-side runs; BENCH_SLIDER_RUNS changes it (1 while working on a step). */
const SLIDER_RUNS = Number(process.env.BENCH_SLIDER_RUNS ?? 3);
const SLOWDOWN = 4;
/** Opens `url` at a phone's size and readies its control for timed passes (`window.pass()`). */
async function stepper(url, selector, pattern = 'jumps') {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(`[data-ready] ${selector}`);
  await page.evaluate(({ selector, steps, pattern }) => {
    if (!crossOriginIsolated) throw new Error("the page is not cross-origin isolated: its clock is coarse");
    const el = document.querySelector(selector);
    const settle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const pause = () => new Promise((r) => setTimeout(r, Math.random() * 10));
    window.best = Array(steps).fill(Infinity);
    // One pass: a few steps to warm up and bring the control to the same place, then the
    // counted steps, each timed; `best` keeps each step's fastest time over the passes.
    window.pass = async (paused) => {
      const times = [];
      for (let i = -5; i < steps; i += 1) {
        if (paused) await pause();
        await settle();
        const t0 = performance.now();
        if (el.type !== 'range') {
          el.click();
        } else {
          const span = Number(el.max) - Number(el.min);
          if (pattern === 'drag') {
            const n = Math.round(span / Number(el.step));
            const k = (i + 5) % (2 * n);
            el.value = String(Number(el.min) + (k <= n ? k : 2 * n - k) * Number(el.step));
          } else {
            el.value = String(Number(el.min) + (((i + steps) * 7) % (steps + 1)) / steps * span);
          }
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
        await settle();
        document.body.getBoundingClientRect();
        void document.body.offsetHeight;
        if (i >= 0) { times.push(performance.now() - t0); best[i] = Math.min(best[i], times[i]); }
      }
      return times;
    };
  }, { selector, steps: STEPS, pattern });
  return { context, page };
}
const guideServer = await serve(guideDir, 0, { isolated: true });
const counterServer = await serve(counterDir, 0, { isolated: true });
const rows = [['counter click', counterServer.url, 'button'], ...['drag', 'jumps'].flatMap((pattern) => SLIDERS.map(([name, hash, selector]) => [`${name}, ${pattern}`, `${guideServer.url}${hash}`, selector, pattern]))];
/** One run: every page opened afresh, throttled alone, then the cost rounds side by side. */
async function sliderRun() {
  const open = [];
  for (const [name, url, selector, pattern] of rows) open.push({ name, ...(await stepper(url, selector, pattern)) });
  // Throttled: each page alone, one pass.
  for (const o of open) {
    const cdp = await o.context.newCDPSession(o.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    o.throttled = median(await o.page.evaluate(() => pass(false)));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await o.page.evaluate((steps) => { best = Array(steps).fill(Infinity); }, STEPS);
  }
  // Cost × 4: the pages take turns, a pass each per round.
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const o of open) await o.page.evaluate(() => pass(true));
  }
  for (const o of open) {
    const cost = (await o.page.evaluate(() => best)).map((t) => t * SLOWDOWN);
    Object.assign(o, { cost: median(cost), slowest: Math.max(...cost) });
    await o.context.close();
  }
  return open;
}
// Whole runs, a few minutes apart at most: this machine's speed drifts, and one run's ratios
// moved by a third from the next. The table gives each row's median over the runs (its slowest:
// the highest), and the ratios' range.
const runs = [];
for (let r = 0; r < SLIDER_RUNS; r += 1) runs.push(await sliderRun());
const pick = (i, key) => runs.map((run) => run[i][key]);
const ratios = (i, key) => runs.map((run) => run[i][key] / run[0][key]);
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const cols = (name, m, ratio1, c, ratio2, spread, slowest) => console.log(
  `${name.padEnd(28)}${m.padStart(10)}${ratio1.padStart(9)}${c.padStart(10)}${ratio2.padStart(9)}${spread.padStart(12)}${slowest.padStart(9)}`);
console.log(`\nA slider step on a phone ${SLOWDOWN}× slower: input to DOM updated and laid out, ${STEPS} steps each, median of ${SLIDER_RUNS} runs (ms)`);
console.log(`(median at most 3× the counter's click; slowest at most one 60 Hz frame, 16.7 ms)\n`);
cols('', 'throttled', '', `cost ×${SLOWDOWN}`, '', 'runs', '');
cols('simulation', 'median', '÷ click', 'median', '÷ click', '÷ click', 'slowest');
for (const [i, [name]] of rows.entries()) {
  const slowest = Math.max(...pick(i, 'slowest')).toFixed(1);
  if (i === 0) {
    cols(name, median(pick(i, 'throttled')).toFixed(1), '', median(pick(i, 'cost')).toFixed(1), '', '', slowest);
  } else {
    cols(name, median(pick(i, 'throttled')).toFixed(1), `${median(ratios(i, 'throttled')).toFixed(2)}×`,
      median(pick(i, 'cost')).toFixed(1), `${median(ratios(i, 'cost')).toFixed(2)}×`, range(ratios(i, 'cost')), slowest);
  }
}
await guideServer.close();
await counterServer.close();
await browser.close();
