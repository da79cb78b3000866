// End-to-end tests on the release build (dist/), served on 127.0.0.1, in Debian's Chromium.
// Run by `cargo xtask test` (env DIST = the build to serve). Screenshots go to ./screenshots/.
import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { HELP_LINKS, launch } from './browser.mjs';
import { CHECK_WALKS, CHECK_WALKS_ES, LOOKS, QUIZ_WALK, QUIZ_WALK_ES, SIM_WALKS, SIM_WALKS_ES, SPACE, assertSimState, axe, checkLook, presenterState, press, tabTo, unfitted, until, walkCheck, walkQuiz } from './walks.mjs';
import { serve } from './server.mjs';

/**
 * Every test gets its own 5-minute limit, so a hang fails by name. The runner's `--test-timeout`
 * (set by `cargo xtask test`) also bounds the whole file, so it is set higher than the sum of the
 * tests: with eleven chapters in four looks the file runs for more than 5 minutes.
 */
const test = (name, options, fn) =>
  fn ? nodeTest(name, { timeout: 300_000, ...options }, fn) : nodeTest(name, { timeout: 300_000 }, options);

const EXIT_URL = 'https://weather.com/';
const SHOTS = new URL('./screenshots/', import.meta.url).pathname;

let server;
let browser;

/** Where each language's build is served from, below the guide's folder (English is the root). */
const LANG_PATH = { en: '', es: 'es/' };

before(async () => {
  server = await serve(process.env.DIST ?? '../../dist');
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page; every request the browser makes is recorded with the time it was made. */
async function open(hash = '', { colorScheme = 'light', width = 1280, query = '', reducedMotion = 'reduce', lang = 'en' } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, reducedMotion });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}${LANG_PATH[lang]}${query}${hash}`);
  await page.waitForSelector('[data-ready] #chapter-title');
  return { context, page, requests, warnings, errors, readyAt: Date.now() };
}

/** The chapters in the navigation (the self-checks are listed apart, in `.toc ul`). */
async function chapterLinks(page) {
  return page.$$eval('.toc ol a', (as) => as.map((a) => ({ hash: new URL(a.href).hash, title: a.textContent.trim() })));
}
/** No cookie, and nothing in local or session storage or IndexedDB. */
async function assertNothingStored(context, page) {
  assert.deepEqual(await context.cookies(), []);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, idb: 0 });
}


test('the shell shows title, promise, help numbers, progress and footer', async () => {
  const { context, page, errors, warnings } = await open();
  const text = await page.innerText('body');
  assert.match(text, /Understanding Opioids/);
  assert.match(text, /Your answers and clicks stay on this device/);
  assert.match(text, /Chapter 1 of \d+/);
  assert.match(text, /Educational information, not medical advice/);
  assert.match(text, /Content last reviewed \w+ \d+, \d{4}/);
  for (const href of HELP_LINKS) {
    assert.equal(await page.locator(`.help a[href="${href}"]`).count(), 1, `help link ${href}`);
  }
  assert.match(await page.innerText('.help'), /naloxone/);
  assert.equal(await page.getAttribute('.toc a[aria-current="page"]', 'href'), '#/what-are-opioids');
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, [], 'a clean load writes no warning to the console');
  await context.close();
});

test('nothing is requested after load; no cookies or storage; the browser refuses to send', async () => {
  const { context, page, requests, readyAt } = await open();
  const serverSeenAtReady = server.requests.length;
  const links = await chapterLinks(page);
  // Read every chapter and the privacy page, by clicking, then Back and Forward.
  for (const { hash } of links) {
    await page.click(`.toc a[href="${hash}"]`);
    await page.waitForFunction((h) => location.hash === h, hash);
  }
  // Use every simulation, by keyboard.
  for (const sim of SIM_WALKS) {
    await page.click(`.toc a[href="${sim.hash}"]`);
    await page.waitForSelector(`#${sim.id}`);
    await sim.walk(page);
  }
  await page.click('footer a[href="#/privacy"]');
  await page.waitForSelector('h1:text("How we keep your answers private")');
  await page.goBack();
  await page.goForward();
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((r) => r.at > readyAt).map((r) => r.url), [], 'the browser asked for nothing while the reader read');
  const initial = requests.map((r) => new URL(r.url).pathname);
  assert.ok(initial.every((p) => p === '/' || /\.(js|wasm|css)$/.test(p)), `only the page's own files load: ${initial}`);

  // Now try to send something, the ways a tracker would: the browser must refuse each one.
  const failed = [];
  page.on('requestfailed', (r) => failed.push(`${new URL(r.url()).pathname} ${r.failure()?.errorText}`));
  const fetchResult = await page.evaluate(() => fetch('/probe-fetch').then(() => 'sent', (e) => `refused: ${e.name}`));
  assert.match(fetchResult, /^refused/, 'fetch after mount must be refused by the browser');
  const xhr = await page.evaluate(() => new Promise((done) => {
    const x = new XMLHttpRequest(); x.open('GET', '/probe-xhr'); x.onload = () => done('sent'); x.onerror = () => done('refused'); x.send();
  }));
  assert.equal(xhr, 'refused');
  const image = await page.evaluate(() => new Promise((done) => {
    const i = new Image(); i.onload = () => done('sent'); i.onerror = () => done('refused'); i.src = '/probe-image.png';
  }));
  assert.equal(image, 'refused');
  await page.evaluate(() => navigator.sendBeacon('/probe-beacon', 'x'));
  await page.waitForTimeout(500);
  const wire = server.requests.slice(serverSeenAtReady).map((r) => r.path);
  assert.deepEqual(wire, [], 'nothing reached the server after the guide was ready');
  assert.ok(failed.some((f) => f.startsWith('/probe-image.png') && /csp|blocked/i.test(f)), `image blocked by CSP: ${failed}`);

  await assertNothingStored(context, page);
  assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 2, 'the lock-down policy was added');
  await context.close();
});

test('every chapter can be read with the keyboard alone; Back and Forward work', async () => {
  const { context, page, errors } = await open();
  const links = await chapterLinks(page);
  assert.ok(links.length >= 2, 'more than one chapter');
  for (let i = 0; i < links.length; i += 1) {
    assert.equal(await page.innerText('h1'), links[i].title);
    assert.match(await page.innerText('.progress'), new RegExp(`Chapter ${i + 1} of ${links.length}`));
    if (i + 1 === links.length) break;
    let reached = false;
    for (let tabs = 0; tabs < 120 && !reached; tabs += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('rel') === 'next');
    }
    assert.ok(reached, `Tab reaches "Next" in chapter ${i + 1}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, links[i + 1].hash);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, links[i + 1].title);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'chapter-title', 'focus moves to the new heading');
  }
  await page.goBack();
  await page.waitForFunction((h) => location.hash === h, links[links.length - 2].hash);
  assert.equal(await page.innerText('h1'), links[links.length - 2].title);
  await page.goForward();
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, links[links.length - 1].title);
  assert.deepEqual(errors, [], 'no chapter throws (a panic would show here)');
  await context.close();
});

test('on a 320 x 640 phone the chapter title is on the first screen, below a compact help box', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await open('#/tolerance', { width: 320, colorScheme });
    await page.setViewportSize({ width: 320, height: 640 });
    const title = await page.locator('#chapter-title').boundingBox();
    assert.ok(title.y + title.height <= 640, `title ends at ${title.y + title.height} px`);
    assert.equal(await page.locator('.help__item .help__note').first().isVisible(), false, 'notes wait behind the disclosure');
    for (const href of HELP_LINKS) assert.equal(await page.locator(`.help a[href="${href}"]`).isVisible(), true, href);
    await page.locator('.help__about summary').click();
    assert.match(await page.locator('.help__about').innerText(), /Call 911: If someone may be overdosing/);
    assert.deepEqual(await axe(page), [], `axe, help notes open, ${colorScheme}`);
    await page.screenshot({ path: `${SHOTS}help-compact-${colorScheme}-320.png` });
    await context.close();
  }
});

test('served from a folder of a host, the guide starts and asks for nothing outside that folder', async () => {
  const folder = await serve(process.env.DIST ?? '../../dist', 0, { prefix: '/guide/' });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${folder.url}#/tolerance`);
    await page.waitForSelector('[data-ready] #tolerance-describe', { timeout: 15000 });
    assert.equal(await page.innerText('#chapter-title'), 'Tolerance');
    assert.deepEqual(failed, [], 'every file is found');
    const outside = folder.requests.map((r) => r.path).filter((p) => !p.startsWith('/guide/'));
    assert.deepEqual(outside, [], 'every path is relative to the folder');
    await context.close();
  } finally {
    await folder.close();
  }
});

test('deep links open their chapter; an unknown hash lands on the first chapter', async () => {
  const first = await open('#/what-are-opioids');
  const links = await chapterLinks(first.page);
  await first.context.close();
  const deep = await open(links[1].hash);
  assert.equal(await deep.page.innerText('h1'), links[1].title);
  assert.match(await deep.page.title(), new RegExp(links[1].title));
  await deep.context.close();
  const unknown = await open('#/no-such-chapter');
  assert.equal(await unknown.page.innerText('h1'), links[0].title);
  assert.equal(await unknown.page.evaluate(() => location.hash), links[0].hash, 'the address bar shows where the reader is');
  assert.deepEqual(unknown.errors, []);
  await unknown.context.close();
});

test('axe finds no WCAG 2.2 AA violation in any chapter, light and dark, 320 and 1280 px', async () => {
  const probe = await open();
  const hashes = [...(await chapterLinks(probe.page)).map((l) => l.hash), '#/privacy', '#/teachers'];
  await probe.context.close();
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const hash of hashes) {
      const { context, page } = await open(hash, { colorScheme, width });
      await checkLook(page, `${hash} ${colorScheme} ${width}px`, failures);
      await page.screenshot({ path: `${SHOTS}${hash.slice(2)}-${colorScheme}-${width}.png`, fullPage: true });
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('nothing hidden but read is placed from the page root, so a slider step does not lay out the whole chapter again', async () => {
  // An absolutely positioned element whose containing block is the page is placed again by
  // every layout of the page: the chapter's hidden citation words cost half of a slider step.
  const probe = await open();
  const checks = await probe.page.$$eval('.toc ul a', (as) => as.map((a) => new URL(a.href).hash));
  const hashes = [...(await chapterLinks(probe.page)).map((l) => l.hash), ...checks, '#/privacy', '#/teachers'];
  await probe.context.close();
  assert.ok(checks.length >= 3, 'the self-checks are listed');
  const placedFromRoot = [];
  for (const hash of hashes) {
    for (const width of [320, 1280]) {
      const { context, page } = await open(hash, { width });
      const found = await page.$$eval('body *', (els) => els
        .filter((e) => getComputedStyle(e).position === 'absolute' && e.offsetParent === document.body && !e.matches('.skip-link'))
        .map((e) => `${e.tagName.toLowerCase()}.${e.className} in ${e.parentElement.tagName.toLowerCase()}.${e.parentElement.className}`));
      placedFromRoot.push(...found.map((f) => `${hash} ${width}px: ${f}`));
      await context.close();
    }
  }
  assert.deepEqual(placedFromRoot, []);
});

test('what a slider step changes sits in boxes fitted to it: each box follows its sentence as it grows and shrinks, at 320 and 1280, and nothing overlaps', async () => {
  // Each `.fit` box is contained, so a step lays out the boxes alone, not the chapter (issue 14 §4);
  // a box whose height did not follow its content would cut into what comes after it.
  const sliders = [['#/receptors', 'receptors', '#receptors-dose'], ['#/tolerance', 'tolerance', '#tolerance-day'],
    ['#/tolerance', 'tolerance', '#tolerance-amount'], ['#/stopping-and-starting-again', 'restart', '#restart-day'],
    ['#/withdrawal', 'withdrawal', '#withdrawal-time'], ['#/overdose-and-naloxone', 'rescue', '#rescue-time']];
  const failures = [];
  for (const width of [320, 1280]) {
    let changed = 0;
    for (const [hash, id, slider] of sliders) {
      const { context, page } = await open(hash, { width });
      await page.waitForSelector(slider);
      const heights = new Set();
      for (const f of [0, 1, 0.5, 0.1, 0.9, 0.3, 0.7, 0]) {
        await page.$eval(slider, (el, f) => {
          el.value = String(Number(el.min) + f * (Number(el.max) - Number(el.min)));
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }, f);
        const wrong = await until(() => unfitted(page, id), (w) => w.length === 0);
        failures.push(...wrong.map((w) => `${width} px ${slider} at ${f}: ${w}`));
        const { height, gap } = await page.$eval(`#${id}-describe`, (p) => {
          const box = p.parentElement.getBoundingClientRect();
          const next = p.parentElement.parentElement.querySelector(':scope > .sim__more').getBoundingClientRect();
          return { height: box.height, gap: next.top - box.bottom };
        });
        heights.add(height);
        if (gap < 0) failures.push(`${width} px ${slider} at ${f}: the sentence's box runs ${-gap}px into what follows`);
      }
      if (heights.size > 1) changed += 1;
      await context.close();
    }
    if (changed < 2) failures.push(`${width} px: the sentence's box changed height on ${changed} sliders (the sweep should show it follow)`);
  }
  assert.deepEqual(failures, []);
});

test("a slider's range stays under the finger: its label breaks its lines the same way at every value, in both languages, from 320 to 1280 px", async () => {
  // A value that wraps onto a new line at some steps moved the range a line down and up under the
  // reader's finger (receptors at 412 px one step in two, rescue at every width from 576 px).
  const sliders = [['#/receptors', '#receptors-dose'], ['#/tolerance', '#tolerance-day'], ['#/tolerance', '#tolerance-amount'],
    ['#/stopping-and-starting-again', '#restart-day'], ['#/withdrawal', '#withdrawal-time'], ['#/overdose-and-naloxone', '#rescue-time']];
  const failures = [];
  for (const lang of ['en', 'es']) {
    for (const [hash, slider] of sliders) {
      const { context, page } = await open(hash, { lang, width: 320 });
      await page.waitForSelector(slider);
      // Receptors: the strongest drug's range (tenths of a dose) as well as the usual one.
      for (const drug of slider === '#receptors-dose' ? ['morphine', 'fentanyl'] : [null]) {
        if (drug) await page.selectOption('#receptors-drug', drug);
        for (const width of [320, 360, 412, 768, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const tops = await page.$eval(slider, async (el) => {
            const box = el.closest('.fit');
            const tops = new Set();
            const steps = Math.round((Number(el.max) - Number(el.min)) / Number(el.step));
            for (let k = 0; k <= steps; k += 1) {
              el.value = String(Number(el.min) + k * Number(el.step));
              el.dispatchEvent(new Event('input', { bubbles: true }));
              await new Promise((r) => setTimeout(r, 0));
              tops.add(Math.round(el.getBoundingClientRect().top - box.getBoundingClientRect().top));
            }
            return [...tops];
          });
          if (tops.length !== 1) failures.push(`${lang} ${width} px ${slider}${drug ? ` (${drug})` : ''}: the range sits ${tops.join(' or ')} px down its box`);
        }
      }
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('on a phone a comparison table stacks, each value labelled by its column, and stays a table to a screen reader', async () => {
  for (const width of [320, 1280]) {
    const { context, page } = await open('#/dependence-is-not-addiction', { width });
    const wrap = page.locator('.table-wrap').first();
    assert.equal(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth), 0, `${width}px: nothing to scroll sideways`);
    const shown = await page.$eval('.table-wrap td', (td) => ({
      display: getComputedStyle(td).display,
      label: getComputedStyle(td, '::before').content,
    }));
    if (width === 320) assert.deepEqual(shown, { display: 'block', label: '"Physical dependence" / ""' }, 'a card: the column named above its value, hidden from screen readers');
    else assert.equal(shown.display, 'table-cell', 'a table when there is room');
    // What a screen reader meets either way: one table, its column and row headers, its cells.
    const table = page.getByRole('table');
    assert.equal(await table.count(), 1);
    assert.deepEqual(await table.getByRole('rowheader').allInnerTexts(), ['What it is', 'Who can have it', 'Signs', 'What helps']);
    assert.equal(await table.getByRole('columnheader', { name: 'Opioid use disorder (addiction)' }).count(), 1);
    assert.equal(await table.getByRole('cell').count(), 8);
    await context.close();
  }
});

test('each simulation works by keyboard alone and announces its new state in words', async () => {
  for (const sim of SIM_WALKS) {
    const { context, page, errors } = await open(sim.hash);
    await sim.walk(page);
    await assertSimState(page, sim, sim.id);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('axe finds no violation in any simulation state, light and dark, 320 and 1280 px', async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const sim of SIM_WALKS) {
      const { context, page } = await open(sim.hash, { colorScheme, width });
      await sim.walk(page);
      await checkLook(page, `${sim.id} ${colorScheme} ${width}px`, failures);
      // The quick-exit bar sticks to the top of the window; Playwright scrolls while it captures
      // a tall element, so the bar would land mid-picture. Hidden for this shot only (through the
      // CSSOM: the page's policy refuses an injected style sheet).
      await page.evaluate(() => { document.querySelector('.exit').style.visibility = 'hidden'; });
      await page.locator(`#${sim.id}`).screenshot({ path: `${SHOTS}sim-${sim.id}-${colorScheme}-${width}.png` });
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('the moving pulses can be paused, and stand still when the reader asks for less motion', async () => {
  const moving = await open('#/dopamine-and-learning', { reducedMotion: 'no-preference' });
  const state = (p) => p.evaluate(() => getComputedStyle(document.querySelector('.circuit__pulse')).animationPlayState);
  assert.equal(await state(moving.page), 'running');
  await tabTo(moving.page, '.reward__pause');
  await press(moving.page, 'Enter');
  assert.equal(await moving.page.getAttribute('.reward__pause', 'aria-pressed'), 'true');
  assert.equal(await state(moving.page), 'paused');
  await moving.context.close();

  const still = await open('#/dopamine-and-learning');
  const animation = await still.page.evaluate(() => getComputedStyle(document.querySelector('.circuit__pulse')).animationName);
  assert.equal(animation, 'none', 'a still frame');
  assert.equal(await still.page.isVisible('.reward__pause'), false, 'nothing moves, so no pause control is needed');
  await still.context.close();
});

/**
 * Watches quick exit: when the page hides its body, it reports what it then shows (through a
 * binding), and the exit page is held back until that report is in. Without the hold, the report
 * could arrive after the navigation had already destroyed the page, and be lost.
 */
async function watchExit(context, page) {
  let seen;
  const leaving = new Promise((done) => { seen = done; });
  await page.exposeFunction('reportLeaving', seen);
  await page.evaluate(() => new MutationObserver(() => document.body.hidden && window.reportLeaving({
    hidden: true, title: document.title, screen: document.querySelector('.check')?.dataset.screen ?? null,
  })).observe(document.body, { attributes: true }));
  await context.route('https://weather.com/**', async (route) => {
    await Promise.race([leaving, new Promise((done) => { setTimeout(done, 10_000); })]);
    await route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' });
  });
  return {
    leaving: Promise.race([leaving, new Promise((done) => { setTimeout(() => done('the page was left without hiding first'), 15_000); })]),
  };
}

for (const how of ['button', 'Shift pressed three times']) {
  test(`quick exit by ${how}: blanks the page, then replaces it with a weather page`, async () => {
    const { context, page } = await open('#/overdose-and-naloxone');
    const { leaving } = await watchExit(context, page);
    if (how === 'button') {
      await page.click('.exit__button');
    } else {
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
    }
    assert.deepEqual(await leaving, { hidden: true, title: '', screen: null }, 'the page is hidden and untitled before it is left');
    await page.waitForURL(EXIT_URL);
    assert.equal(await page.title(), 'Weather');
    await context.close();
  });
}

test('typing capitals does not trigger quick exit', async () => {
  const { context, page } = await open();
  for (const key of ['Shift', 'A', 'Shift', 'B', 'Shift', 'C']) await page.keyboard.press(key);
  await page.waitForTimeout(200);
  assert.equal(new URL(page.url()).host, new URL(server.url).host);
  assert.equal(await page.evaluate(() => document.body.hidden), false);
  await context.close();
});

test('malformed settings are ignored with a warning naming the setting; the guide still works', async () => {
  const { context, page, warnings } = await open('', { query: '?lang=xx&exit=javascript:alert(1)&colour=red' });
  assert.equal(await page.innerText('h1'), 'What opioids are');
  assert.ok(warnings.some((w) => w.includes('"lang"') && w.includes('"en"')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('"exit"') && w.includes('https://')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('"colour"')), warnings.join('\n'));
  await context.route('https://weather.com/**', (route) => route.fulfill({ contentType: 'text/html', body: 'ok' }));
  await page.click('.exit__button');
  await page.waitForURL(EXIT_URL);
  await context.close();
});

test("a clinic's line shows only inside a frame on another origin; on the guide's own page a link cannot add it", async () => {
  const query = '?clinic_name=Riverside%20Health&clinic_phone=(555)%20010-2000&clinic_hours=Mon-Fri%209-5';
  // The host page: a made-up clinic's site on another port (another origin), framing the guide.
  const hostDir = `${SHOTS}host/`;
  await mkdir(hostDir, { recursive: true });
  await writeFile(`${hostDir}index.html`, `<!doctype html><html lang="en"><title>Riverside Health</title>
    <h1>Riverside Health</h1>
    <iframe title="Understanding Opioids" src="${server.url}${query}#/what-are-opioids" sandbox="allow-scripts" style="width:100%;height:1200px;border:0"></iframe>`);
  const host = await serve(hostDir);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-ready] #chapter-title').waitFor();
    const first = frame.locator('.help .help__item').first();
    assert.equal(await first.getAttribute('data-clinic'), '');
    assert.equal(await first.locator('a').getAttribute('href'), 'tel:5550102000');
    assert.match(await first.innerText(), /Call \(555\) 010-2000[\s\S]*Riverside Health, Mon-Fri 9-5/);
    assert.equal(await frame.locator('.help .help__item').nth(1).getAttribute('data-emergency'), '', '911 right after');
    assert.equal(await frame.locator('.masthead__clinic').innerText(), 'Offered by Riverside Health');
    // The style sheet loads in the sandbox too (its origin is opaque, so it is fetched with CORS).
    assert.equal(await frame.locator('.help').evaluate((e) => getComputedStyle(e).borderTopStyle), 'solid');
    await page.screenshot({ path: `${SHOTS}clinic-framed-1280.png` });
    await page.setViewportSize({ width: 320, height: 900 });
    // On a phone the help box is compact: with the clinic's line too, the chapter's title is on
    // the first screen (640 px), and the notes are one tap away.
    const frameTop = (await page.locator('iframe').boundingBox()).y;
    const title = await frame.locator('#chapter-title').boundingBox();
    assert.ok(title.y + title.height - frameTop <= 640, `title ends ${title.y + title.height - frameTop} px down the frame`);
    await frame.locator('.help__about summary').click();
    assert.match(await frame.locator('.help__about').innerText(), /Call \(555\) 010-2000: Riverside Health, Mon-Fri 9-5/);
    await page.screenshot({ path: `${SHOTS}clinic-framed-320.png` });
    await context.close();

    // The same link opened as a page of its own: no clinic, and a warning per setting.
    const top = await open('#/what-are-opioids', { query });
    assert.equal(await top.page.locator('.help [data-clinic]').count(), 0);
    assert.equal(await top.page.locator('.masthead__clinic').count(), 0);
    for (const name of ['clinic_name', 'clinic_phone', 'clinic_hours']) {
      assert.ok(top.warnings.some((w) => w.includes(`"${name}"`) && w.includes('embedded in a frame')), top.warnings.join('\n'));
    }
    await top.context.close();
  } finally {
    await host.close();
  }
});

test('the snippet: <opioid-guide> frames the guide in a sandbox, fits its height as chapters change, only height crosses; download and quick exit work from inside', async () => {
  const hostDir = `${SHOTS}snippet/`;
  await mkdir(hostDir, { recursive: true });
  await writeFile(`${hostDir}index.html`, `<!doctype html><html lang="en"><title>Riverside Health</title>
    <style>iframe { outline: 5px solid red } p, h2, a { color: red !important; font-size: 40px !important }</style>
    <h1>Riverside Health</h1>
    <script src="${server.url}embed.js"></script>
    <opioid-guide src="${server.url}#/tolerance" clinic-name="Riverside Health" clinic-phone="(555) 010-2000"></opioid-guide>
    <script>
      window.messages = [];
      addEventListener('message', (e) => window.messages.push(JSON.stringify(e.data)));
    </script>`);
  const host = await serve(hostDir);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(host.url);
    const frame = page.frameLocator('opioid-guide iframe');
    await frame.locator('[data-ready] #tolerance-describe').waitFor();
    const iframe = page.locator('opioid-guide iframe');
    assert.equal(await iframe.getAttribute('sandbox'),
      'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads allow-modals');
    const fits = async () => {
      const outer = (await iframe.boundingBox()).height;
      const inner = await frame.locator('body').evaluate((b) => b.offsetHeight);
      return { outer, inner };
    };
    await page.waitForFunction(() => document.querySelector('opioid-guide iframe').getBoundingClientRect().height > 1000);
    const long = await fits();
    assert.ok(Math.abs(long.outer - long.inner) <= 2, `the frame fits its content: ${JSON.stringify(long)}`);
    assert.equal(await frame.locator('.help [data-clinic] a').getAttribute('href'), 'tel:5550102000', 'attributes become settings');
    // Scrolled halfway down the tall frame, "Leave this page" is still in the host's window.
    for (const y of [1500, 3000]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      let box;
      for (let i = 0; i < 40; i += 1) {
        box = await frame.locator('.exit__button').boundingBox();
        if (box.y >= 0 && box.y + box.height <= 900) break;
        await page.waitForTimeout(50);
      }
      assert.ok(box.y >= 0 && box.y + box.height <= 900, `the exit button is in view at ${y}: ${JSON.stringify(box)}`);
    }
    await page.screenshot({ path: `${SHOTS}snippet-scrolled-1280.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    // Host CSS does not reach inside.
    assert.notEqual(await frame.locator('#chapter-title').evaluate((e) => getComputedStyle(e).color), 'rgb(255, 0, 0)');
    // A shorter page: the frame follows.
    await frame.locator('a[href="#/privacy"]').click();
    await frame.locator('#chapter-title', { hasText: 'How we keep your answers private' }).waitFor();
    await page.waitForFunction((h) => document.querySelector('opioid-guide iframe').getBoundingClientRect().height < h - 100, long.outer);
    const short = await fits();
    assert.ok(Math.abs(short.outer - short.inner) <= 2, `it shrinks to fit: ${JSON.stringify(short)}`);
    // The host cannot read the frame, and no message carries anything but height.
    assert.equal(await page.evaluate(() => document.querySelector('opioid-guide iframe').contentDocument), null);
    const messages = await page.evaluate(() => window.messages);
    assert.ok(messages.length > 0);
    for (const m of messages) assert.match(m, /^\{"type":"opioid-guide:height","height":\d+(\.\d+)?\}$/);
    assert.deepEqual(requests.filter((u) => !u.startsWith(host.url) && !u.startsWith(server.url)), [], 'no request elsewhere');
    await page.screenshot({ path: `${SHOTS}snippet-1280.png`, fullPage: false });
    // A self-check's text file downloads from inside the sandbox (allow-downloads).
    await frame.locator('.toc a', { hasText: 'Where are you now' }).click();
    await frame.locator('button', { hasText: 'Start' }).click();
    await frame.locator('button', { hasText: /^Skip/ }).click();
    await frame.locator('.summary').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('a[download]').click()]);
    assert.equal(download.suggestedFilename(), 'my-check-in.txt');
    assert.match(await readFile(await download.path(), 'utf8'), /Riverside Health: call \(555\) 010-2000\./, 'the clinic line is in the file');
    // Quick exit from inside the sandbox replaces the host page itself (allow-top-navigation-by-user-activation).
    await context.route('https://weather.com/**', (route) => route.fulfill({ contentType: 'text/html', body: 'ok' }));
    await frame.locator('.exit__button').click();
    await page.waitForURL(EXIT_URL, { timeout: 10000 });
    await context.close();
  } finally {
    await host.close();
  }
});

test('on a 320 px phone and at 1280 every chart uses the width and its labels are readable, apart and inside its figure, in English and Spanish', async () => {
  const { context, page } = await open('', { width: 320 });
  const failures = [];
  for (const [lang, width] of [['en', 320], ['en', 1280], ['es', 320], ['es', 1280]]) {
    await page.setViewportSize({ width, height: 640 });
    for (const slug of ['dopamine-and-learning', 'tolerance', 'stopping-and-starting-again', 'withdrawal', 'overdose-and-naloxone']) {
      await page.goto(`${server.url}${LANG_PATH[lang]}#/${slug}`);
      await page.locator('#chapter-title', { hasText: /./ }).waitFor();
      await page.locator('.chart').first().waitFor();
      const charts = await page.$$eval('.chart', (figures) => figures.map((f) => {
        const box = (e) => e.getBoundingClientRect();
        const fig = box(f);
        const ticks = [...f.querySelectorAll('.chart__tick, .chart__band-label, .chart__axis')];
        const x = [...f.querySelectorAll('.chart__x text')].map(box);
        return {
          plot: box(f.querySelector('.chart__plot')).width,
          width: box(f).width,
          smallest: Math.min(...ticks.map((t) => parseFloat(getComputedStyle(t).fontSize))),
          small: parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.875,
          overlaps: x.slice(1).filter((b, i) => b.left < x[i].right).length,
          // Inside the figure, not only the simulation's box: a y label wider than its strip ran
          // into the padding at the left ("100%" in a wide font).
          outside: ticks.map(box).filter((b) => b.left < fig.left - 0.5 || b.right > fig.right + 0.5).length,
        };
      }));
      for (const [i, c] of charts.entries()) {
        const where = `${lang} ${width} px ${slug} chart ${i + 1}`;
        if (c.plot < 0.75 * c.width) failures.push(`${where}: plot ${c.plot}px of ${c.width}px`);
        if (c.smallest < c.small) failures.push(`${where}: a label at ${c.smallest}px, under the small text's ${c.small}px`);
        if (c.overlaps) failures.push(`${where}: ${c.overlaps} x labels overlap`);
        if (c.outside) failures.push(`${where}: ${c.outside} labels outside the figure`);
      }
      await page.locator('.chart').first().screenshot({ path: `${SHOTS}chart-${lang}-${slug}-${width}.png` });
    }
  }
  assert.deepEqual(failures, []);
  await context.close();
});

// ---- The static page: the whole text without JavaScript, first paint, failure that helps ----

/** The screen a static page shows: its visible `<h1>`s (one, if the page is right). */
const visibleTitles = (page) => page.$$eval('h1', (hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent.trim()));

test('without JavaScript every chapter, page and check can be reached and read, with the help numbers', async () => {
  for (const { colorScheme, width } of LOOKS) {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    assert.deepEqual(await visibleTitles(page), ['What opioids are'], 'the first chapter first');
    for (const href of HELP_LINKS) assert.ok(await page.locator(`a[href="${href}"]`).isVisible(), href);
    assert.equal(await page.locator('.exit a.exit__button').getAttribute('href'), EXIT_URL, 'the way out is a plain link');
    // Every link in the chapter list, then the footer's page, followed as a reader would.
    const links = await page.$$eval('.toc a', (as) => as.map((a) => ({ hash: new URL(a.href).hash, title: a.textContent.trim() })));
    assert.equal(links.length, 14, 'eleven chapters and three checks');
    const pages = [{ hash: '#/privacy', title: 'How we keep your answers private' }, { hash: '#/teachers', title: 'For teachers' }];
    for (const { hash, title } of [...links, ...pages]) {
      await page.locator(pages.some((p) => p.hash === hash) ? `footer a[href="${hash}"]` : `.toc a[href="${hash}"]`).click();
      await page.waitForURL((u) => u.hash === hash);
      assert.deepEqual(await visibleTitles(page), [title], hash);
      const main = await page.innerText('main');
      if (hash.startsWith('#/check/')) assert.match(main, /This check-in needs JavaScript and WebAssembly/, hash);
      if (hash === '#/receptors') {
        assert.match(main, /Your nerve cells have tiny locks on their surface/);
        assert.ok(await page.locator('.route:target .sim--static .needs-js').isVisible(), 'the simulation says what it needs');
      }
      if (width === 1280 && colorScheme === 'light' && ['#/receptors', '#/check/signs'].includes(hash)) {
        await page.screenshot({ path: `${SHOTS}no-javascript${hash.replaceAll('/', '-').slice(1)}-${width}.png` });
      }
    }
    // Previous and Next work too.
    await page.goto(`${server.url}#/tolerance`);
    await page.locator('.route:target a[rel="next"]').click();
    assert.deepEqual(await visibleTitles(page), ['Stopping and starting again']);
    if (width === 320 && colorScheme === 'dark') await page.screenshot({ path: `${SHOTS}no-javascript-320-dark.png`, fullPage: true });
    await context.close();
  }
});

test('the static page passes axe on every kind of screen, light and dark, 320 and 1280 px', async () => {
  // axe needs scripts to run, so here the page's own scripts are refused instead: what stays is
  // the static page, its notes shown once the app has not come (as without JavaScript).
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.route(/\.(js|wasm)$/, (route) => route.abort());
    for (const hash of ['#/what-are-opioids', '#/receptors', '#/overdose-and-naloxone', '#/check/signs', '#/privacy']) {
      await page.goto(`${server.url}${hash}`);
      await page.waitForFunction(() => [...document.querySelectorAll('.route:target .needs-js')].every((n) => getComputedStyle(n).visibility === 'visible'), null, { timeout: 15_000 });
      assert.equal(await page.locator('[data-ready]').count(), 0);
      await checkLook(page, `static ${hash} ${colorScheme} ${width}`, failures);
    }
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test('first paint is the chapter itself; the app takes over without a jump or a second copy', async () => {
  // With the wasm held back, what shows is the page as written: the chapter the address names.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}#/receptors`);
  assert.deepEqual(await visibleTitles(page), ['Receptors: lock and key'], 'painted before the app runs');
  assert.equal(await page.locator('[data-ready]').count(), 0);
  const before = await page.locator('h1:visible').boundingBox();
  // Layout shifts from here on are what a reader would see as a jump.
  await page.evaluate(() => {
    window.shifts = [];
    new PerformanceObserver((l) => window.shifts.push(...l.getEntries().map((e) => e.value))).observe({ type: 'layout-shift' });
  });
  release();
  await page.waitForSelector('[data-ready] #chapter-title');
  const after = await page.locator('#chapter-title').boundingBox();
  assert.deepEqual(after, before, 'the title stays where it was painted');
  const shift = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
  assert.ok(shift < 0.01, `layout shift when the app took over: ${shift}`);
  // One copy: the static page is kept only inside a <template> (inert, not read out).
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('[data-static]').count(), 0);
  assert.equal(await page.locator('template#static-page').count(), 1);
  // The app's chapter text is the page's: the same words, from the same runs.
  assert.match(await page.innerText('main'), /Your nerve cells have tiny locks on their surface/);
  assert.match(await page.innerText('#sim-receptors, .sim'), /Try it: a drug at the receptors/);
  await context.close();
});

test("where the wasm is refused (a host's policy without 'wasm-unsafe-eval'), the text and help stay and say what is missing", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The host sends its own policy with the page: scripts allowed, WebAssembly not.
  await page.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self' 'unsafe-inline'" } });
  });
  await page.goto(`${server.url}#/tolerance`);
  // The notes wait a few seconds for the app, then show.
  await page.waitForFunction(() => {
    const note = document.querySelector('.route:target .needs-js');
    return note && getComputedStyle(note).visibility === 'visible';
  }, null, { timeout: 15_000 });
  assert.equal(await page.locator('[data-ready]').count(), 0, 'the app did not start');
  assert.ok(errors.some((e) => /WebAssembly|wasm|Content Security Policy/i.test(e)), errors.join('\n'));
  assert.deepEqual(await visibleTitles(page), ['Tolerance']);
  assert.match(await page.innerText('.route:target'), /This simulation needs JavaScript and WebAssembly/);
  for (const href of HELP_LINKS) assert.ok(await page.locator(`a[href="${href}"]`).isVisible(), href);
  await page.locator('.toc a[href="#/withdrawal"]').click();
  assert.deepEqual(await visibleTitles(page), ['Withdrawal'], 'links still lead from screen to screen');
  await page.screenshot({ path: `${SHOTS}wasm-refused-1280.png` });
  await context.close();
});

test('a panic gives the static page back, on the same screen, with a focused notice and a reload link', { skip: !process.env.PANIC_DIST && 'PANIC_DIST (the test-panic build) is not set' }, async () => {
  const panicking = await serve(process.env.PANIC_DIST);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${panicking.url}#/receptors`);
  await page.waitForSelector('[data-ready] #chapter-title');
  const loaded = requests.length;
  // This build's app panics on opening the privacy page.
  await page.locator('footer a[href="#/privacy"]').click();
  await page.waitForSelector('.static-failed:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'static-failed', 'focus moves to the notice');
  assert.match(await page.innerText('.static-failed'), /Something went wrong, and the guide stopped working/);
  assert.deepEqual(await visibleTitles(page), ['How we keep your answers private'], 'the screen the reader asked for');
  for (const href of HELP_LINKS) assert.ok(await page.locator(`a[href="${href}"]`).isVisible(), href);
  assert.equal(await page.locator('[data-ready]').count(), 0, 'the app is gone, not half there');
  const failures = [];
  await checkLook(page, 'after a panic', failures);
  assert.deepEqual(failures, []);
  await page.screenshot({ path: `${SHOTS}after-a-panic-1280.png` });
  assert.equal(requests.length, loaded, 'nothing is requested');
  // The reload link starts the guide again, at its first screen.
  await page.locator('.static-failed a').click();
  await page.waitForSelector('[data-ready] #chapter-title');
  assert.equal(await page.innerText('#chapter-title'), 'What opioids are');
  await context.close();
  await panicking.close();
});

// ---- The self-checks ----

test('each check can be completed by keyboard alone; nothing is requested, stored or put in the URL', async () => {
  for (const width of [320, 1280]) {
    for (const walk of CHECK_WALKS) {
      const { context, page, requests, readyAt, errors } = await open(`#/check/${walk.slug}`, { width });
      const serverSeenAtReady = server.requests.length;
      const historyAtStart = await page.evaluate(() => history.length);
      const urls = await walkCheck(page, walk);
      const context_ = `${walk.slug} ${width}px`;
      assert.match(await page.innerText('#check-step'), walk.headline, context_);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-step', 'the result heading has focus, so it is read out');

      // Keep it: the text file is made in the page (a data: URL), and holds the answers and result.
      const [download] = await Promise.all([page.waitForEvent('download'), tabTo(page, 'a[download]').then(() => press(page, 'Enter'))]);
      assert.equal(download.suggestedFilename(), 'my-check-in.txt');
      const file = await readFile(await download.path(), 'utf8');
      await writeFile(`${SHOTS}check-${walk.slug}-${width}.txt`, file);
      for (const expected of walk.file) assert.match(file, expected, context_);
      assert.match(file, /Treatment works\./);
      assert.match(file, /call or text 988/);
      assert.doesNotMatch(file, /\d{4}-\d\d-\d\d|\b20\d\d\b/, 'no date in the file');
      if (width === 1280) {
        await page.emulateMedia({ media: 'print' });
        const printed = await page.evaluate(() => [...document.querySelectorAll('.masthead, .help, .toc, .footer, .check__keep, .check__related, .exit')]
          .filter((e) => e.getClientRects().length > 0).map((e) => e.className));
        assert.deepEqual(printed, [], 'printing shows the summary alone');
        await page.screenshot({ path: `${SHOTS}check-${walk.slug}-print.png`, fullPage: true });
        await page.emulateMedia({ media: 'screen' });
      }

      // Back to change an answer, then forward again: the answers are still there.
      await tabTo(page, '.check > .check__actions button');
      await press(page, 'Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'check-step');
      assert.equal(await page.locator('.summary').count(), 0);

      // The proof: nothing on the wire, nothing stored, the answers never in the URL or history.
      await page.waitForTimeout(200);
      const after = requests.filter((r) => r.at > readyAt && !r.url.startsWith('data:')).map((r) => r.url);
      assert.deepEqual(after, [], `${context_}: the browser asked for nothing`);
      assert.deepEqual(server.requests.slice(serverSeenAtReady).map((r) => r.path), [], `${context_}: nothing reached the server`);
      assert.ok(urls.every((u) => new URL(u).hash === `#/check/${walk.slug}`), `${context_}: the URL only ever named the check: ${urls}`);
      assert.equal(await page.evaluate(() => history.length), historyAtStart, 'no history entry was added');
      assert.equal(await page.evaluate(() => JSON.stringify(history.state)), 'null');
      await assertNothingStored(context, page);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('axe finds no violation in any state of any check, light and dark, 320 and 1280 px', async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const walk of CHECK_WALKS) {
      const { context, page } = await open(`#/check/${walk.slug}`, { colorScheme, width });
      await walkCheck(page, walk, async (state) => {
        await checkLook(page, `${walk.slug} ${state} ${colorScheme} ${width}px`, failures);
        if (state === 'intro' || state === 'screen-1' || state === 'result') {
          await page.screenshot({ path: `${SHOTS}check-${walk.slug}-${state}-${colorScheme}-${width}.png`, fullPage: true });
        }
      });
      // "Clear my answers" from the result: back to the intro, which says so.
      await tabTo(page, '.check__clear button');
      await press(page, 'Enter');
      await page.waitForSelector('.check[data-screen="intro"]');
      assert.equal(await page.innerText('.check__notice'), 'Your answers are cleared.');
      await checkLook(page, `${walk.slug} cleared ${colorScheme} ${width}px`, failures);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('quick exit during a check forgets the answers before the page is left', async () => {
  const { context, page } = await open('#/check/safer');
  await page.click('button:text("Start")');
  await page.click('#safer-0-yes');
  const { leaving } = await watchExit(context, page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  assert.deepEqual(await leaving, { hidden: true, title: '', screen: 'intro' }, 'the check was back at its intro, answers gone, when the page was left');
  await page.waitForURL(EXIT_URL);
  await context.close();
});

test('by touch on a phone: a check is tapped through; a screen reader meets named groups, radios and sliders', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}#/check/signs`);
  await page.waitForSelector('[data-ready] #chapter-title');
  const loaded = requests.length;
  await page.tap('.check button.button--primary');
  // What a screen reader is given for the first question: a named group with two named radios.
  assert.equal(await page.locator('.check').ariaSnapshot().then((s) => /- group "Do you take opioids only as a clinician prescribed them for you\?"/.test(s)), true);
  assert.equal(await page.getByRole('radio', { name: 'Yes' }).count(), 1);
  await page.tap('label[for="signs-0-no"]');
  assert.equal(await page.isChecked('#signs-0-no'), true, 'tapping the label chooses');
  for (let q = 1; q < 12; q += 1) {
    await page.tap('.check__actions button.button--primary');
    await page.waitForSelector(`#signs-${q}-q`);
    if (q % 3 === 0) await page.tap(`label[for="signs-${q}-yes"]`);
  }
  await page.tap('.check__actions button.button--primary');
  await page.waitForSelector('.summary');
  assert.equal(await page.innerText('#check-step'), 'You answered yes to 3 of 11 signs that clinicians look for.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-step');

  await page.goto(`${server.url}#/check/ready`);
  await page.reload();
  await page.waitForSelector('[data-ready] #chapter-title');
  await page.tap('.check button.button--primary');
  const slider = page.getByRole('slider', { name: 'How important is it to you to make a change in your opioid use right now?' });
  assert.equal(await slider.count(), 1, 'the ruler is a slider named by its question');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  await page.touchscreen.tap(box.x + box.width - 2, box.y + box.height / 2);
  assert.equal(await slider.getAttribute('aria-valuetext'), '10 out of 10');
  assert.deepEqual(requests.slice(loaded).filter((u) => !u.startsWith(server.url)), [], 'nothing left the page');
  await context.close();
});

test('the new simulations respond to touch: presets, choices and sliders are tapped', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${server.url}#/stopping-and-starting-again`);
  await page.waitForSelector('[data-ready] #restart');
  await page.tap('label[for="restart-break-28"]');
  assert.match(await page.innerText('#restart-describe'), /^28 days after they stop/);
  await page.tap('label[for="restart-used-14"]');
  assert.equal(await page.isChecked('#restart-used-14'), true);

  await page.goto(`${server.url}#/withdrawal`);
  await page.waitForSelector('[data-ready] #withdrawal');
  await page.tap('label[for="withdrawal-methadone"]');
  const slider = page.locator('#withdrawal-time');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  await page.touchscreen.tap(box.x + box.width - 2, box.y + box.height / 2);
  assert.match(await page.innerText('#withdrawal-describe'), /^21 days after the last dose: The worst is usually over\./);

  await page.goto(`${server.url}#/tolerance`);
  await page.waitForSelector('[data-ready] #tolerance');
  await page.tap('label[for="tolerance-often-1"]');
  assert.match(await page.innerText('#tolerance-describe'), /^Day 14: /);
  assert.equal(await page.isChecked('#tolerance-often-1'), true);
  await context.close();
});

test('a check follows the screen: a group when wide, one question when narrow, answers kept', async () => {
  const { context, page } = await open('#/check/signs', { width: 1280 });
  await page.click('.check button.button--primary');
  await page.click('.check__actions button.button--primary');
  assert.equal(await page.innerText('#check-step'), 'Part 2 of 4');
  await page.click('label[for="signs-2-yes"]');
  assert.equal(await page.locator('.check fieldset').count(), 4);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForFunction(() => document.querySelectorAll('.check fieldset').length === 1);
  assert.equal(await page.innerText('#check-step'), 'Question 2 of 12');
  await page.click('.check__actions button.button--primary');
  assert.equal(await page.isChecked('#signs-2-yes'), true, 'the answer given on the wide screen is still there');
  await context.close();
});

// ---- A clinic's page settings, hostile values, frames within frames, the sandbox token by token ----

/** The hashes of the links a selector finds. */
const hashes = (page, selector) => page.$$eval(selector, (as) => as.map((a) => new URL(a.href).hash));

/** A host page on another origin (another port), written into `dir`; closed by the caller. */
async function hostPage(name, html) {
  const dir = `${SHOTS}${name}/`;
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}index.html`, `<!doctype html><html lang="en"><title>${name}</title>${html}`);
  return serve(dir);
}

test("a clinic's chapters, checks, first screen and colour: navigation follows them, hidden routes lead to the first shown, axe passes in both themes", async () => {
  const query = '?chapters=overdose-and-naloxone,receptors&checks=signs&start=receptors&accent=%23b00020';
  const failures = [];
  for (const look of LOOKS) {
    const { context, page, warnings } = await open('', { ...look, query });
    assert.equal(new URL(page.url()).hash, '#/receptors', 'start is the first screen');
    assert.equal(await page.innerText('h1'), 'Receptors: lock and key');
    assert.deepEqual(await hashes(page, '.toc ol a'), ['#/overdose-and-naloxone', '#/receptors']);
    assert.deepEqual(await hashes(page, '.toc ul a'), ['#/check/signs']);
    assert.equal(await page.innerText('p.progress'), 'Chapter 2 of 2');
    assert.deepEqual(await hashes(page, 'a[rel="prev"]'), ['#/overdose-and-naloxone']);
    assert.equal(await page.locator('a[rel="next"]').count(), 0);
    const accent = await page.$eval('.masthead__title a', (a) => getComputedStyle(a).color);
    if (look.colorScheme === 'light') {
      assert.equal(accent, 'rgb(176, 0, 32)', "the clinic's own colour");
    } else {
      const [r, g, b] = accent.match(/\d+/g).map(Number);
      assert.ok(r > g && r > b && r > 176, `a lighter tint of it in the dark theme: ${accent}`);
    }
    assert.deepEqual(warnings, []);
    await checkLook(page, `clinic settings ${look.colorScheme} ${look.width}`, failures);
    await page.screenshot({ path: `${SHOTS}clinic-settings-${look.colorScheme}-${look.width}.png` });
    if (look.width === 1280 && look.colorScheme === 'light') {
      // A hidden chapter's or check's link (from a chapter's text, or an old bookmark) shows the
      // first screen (here `start`), and the address bar says so.
      for (const hidden of ['#/tolerance', '#/check/safer']) {
        await page.click('.toc a[href="#/overdose-and-naloxone"]');
        await page.locator('#chapter-title', { hasText: 'Overdose' }).waitFor();
        await page.evaluate((h) => { location.hash = h; }, hidden);
        await page.waitForFunction(() => location.hash === '#/receptors');
        await page.locator('#chapter-title', { hasText: 'Receptors' }).waitFor();
      }
    }
    await context.close();
  }
  // Only the self-checks, for a clinic's "check in" page.
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, warnings } = await open('', { colorScheme, width: 320, query: '?mode=checks&checks=signs,ready&accent=%231d4d2b' });
    assert.equal(new URL(page.url()).hash, '#/check/signs');
    assert.equal(await page.locator('.toc ol, .prevnext, p.progress').count(), 0, 'no chapter anywhere');
    assert.deepEqual(await hashes(page, '.toc ul a'), ['#/check/signs', '#/check/ready']);
    await page.click('button:has-text("Start")');
    await checkLook(page, `checks mode ${colorScheme} 320`, failures);
    assert.deepEqual(warnings, []);
    await page.screenshot({ path: `${SHOTS}checks-mode-${colorScheme}-320.png`, fullPage: true });
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test('hostile settings in a clinic frame show as text or are refused with a warning; the guide still works and asks for nothing', async () => {
  const name = encodeURIComponent('<img src=x onerror="top.pwned=1">Clinic');
  const query = `?clinic_name=${name}&clinic_url=javascript:alert(1)&clinic_hours=${'x'.repeat(10000)}`
    + '&clinic_phone=555%ZZ0100&exit=javascript:alert(1)&accent=%23ffff00&chapters=%E0%A4%A&checks=signs%2C';
  const host = await hostPage('hostile', `<h1>Host</h1>
    <iframe title="Understanding Opioids" src="${server.url}${query}#/receptors" sandbox="allow-scripts" style="width:100%;height:1400px;border:0"></iframe>`);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(host.url);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.waitForSelector('[data-ready] #chapter-title');
    assert.equal(await frame.innerText('.masthead__clinic'), 'Offered by <img src=x onerror="top.pwned=1">Clinic', 'the name is text');
    assert.equal(await frame.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await frame.locator('.masthead__clinic a, .help [data-clinic]').count(), 0, 'no link, no hours, no line');
    for (const setting of ['clinic_url', 'clinic_hours', 'clinic_phone', 'exit', 'accent', 'chapters', 'checks']) {
      assert.ok(warnings.some((w) => w.includes(`"${setting}"`)), `${setting} warned about:\n${warnings.join('\n')}`);
    }
    assert.ok(warnings.every((w) => w.length < 600), 'a warning never repeats 10,000 characters');
    assert.equal(await frame.$eval('.masthead__title a', (a) => getComputedStyle(a).color), 'rgb(10, 91, 102)', 'our own colour');
    assert.equal(await frame.locator('.toc ol a').count(), 11, 'every chapter, as by default');
    // It still works, and asks for nothing once loaded.
    const loaded = requests.length;
    await frame.click('.toc a:has-text("Tolerance")');
    await frame.locator('#chapter-title', { hasText: 'Tolerance' }).waitFor();
    assert.deepEqual(await axe(frame), [], 'axe inside the frame');
    assert.deepEqual(requests.slice(loaded), [], 'no request after load');
    await context.close();
  } finally {
    await host.close();
  }
});

test('framed with a clinic accent, axe finds nothing in either theme', async () => {
  const host = await hostPage('accent', `<h1>Host</h1><script src="${server.url}embed.js"></script>
    <opioid-guide src="${server.url}#/check/ready" accent="#6b3fa0" clinic-name="Riverside Health" clinic-phone="555 0100"></opioid-guide>`);
  try {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(host.url);
      const frame = page.frameLocator('opioid-guide iframe');
      await frame.locator('[data-ready] #chapter-title').waitFor();
      await frame.locator('button', { hasText: 'Start' }).click();
      await frame.locator('button', { hasText: /^Skip/ }).click();
      await frame.locator('.summary').waitFor();
      const inner = page.frames().find((f) => f !== page.mainFrame());
      assert.deepEqual(await axe(inner), [], colorScheme);
      const kicker = await inner.$eval('.summary__kicker', (e) => getComputedStyle(e).color);
      assert.equal(kicker === 'rgb(107, 63, 160)', colorScheme === 'light', `${colorScheme}: ${kicker}`);
      await page.screenshot({ path: `${SHOTS}accent-framed-${colorScheme}.png` });
      await context.close();
    }
  } finally {
    await host.close();
  }
});

for (const wrapper of ['a frame of its own', 'a sandboxed frame that may not leave the page']) {
  test(`a site builder that wraps the snippet in ${wrapper}: the guide works, scrolls inside it, and quick exit leaves the guide`, async () => {
    // The builder's frame (a third origin) holds the snippet; the clinic's page holds the builder's frame.
    const inner = await hostPage('builder-inner', `<script src="${server.url}embed.js"></script>
      <opioid-guide src="${server.url}#/overdose-and-naloxone" clinic-name="Riverside Health" clinic-phone="555 0100"></opioid-guide>`);
    const sandbox = wrapper.startsWith('a sandboxed') ? 'sandbox="allow-scripts allow-same-origin allow-popups allow-forms"' : '';
    const outer = await hostPage('builder-outer', `<h1>Riverside Health</h1>
      <iframe title="Custom HTML" src="${inner.url}" ${sandbox} style="width:100%;height:600px;border:0"></iframe>`);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await context.route('https://weather.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
      await page.goto(outer.url);
      const builder = page.frameLocator('iframe');
      const guide = builder.frameLocator('opioid-guide iframe');
      await guide.locator('[data-ready] #chapter-title').waitFor();
      assert.equal(await guide.locator('.help [data-clinic] a').getAttribute('href'), 'tel:5550100');
      // embed.js fits the guide's frame to its content inside the builder's frame, which cannot
      // grow: its page scrolls instead, and the builder's frame keeps its height.
      const builderFrame = page.frames().find((f) => f.url().startsWith(inner.url));
      await builderFrame.waitForFunction(() => document.querySelector('opioid-guide iframe').getBoundingClientRect().height > 2000);
      assert.equal(Math.round((await page.locator('iframe').boundingBox()).height), 600);
      assert.ok(await builderFrame.evaluate(() => document.scrollingElement.scrollHeight > innerHeight + 1000), 'the builder frame scrolls');
      await guide.locator('.toc a', { hasText: 'Tolerance' }).click();
      await guide.locator('#chapter-title', { hasText: 'Tolerance' }).waitFor();
      await page.screenshot({ path: `${SHOTS}builder-${sandbox ? 'sandboxed' : 'plain'}.png` });
      await guide.locator('.exit__button').click();
      if (sandbox) {
        // The builder's sandbox forbids leaving the clinic's page; the guide leaves its own frame.
        const guideFrame = () => page.frames().find((f) => f.parentFrame() === builderFrame);
        for (let i = 0; i < 50 && !guideFrame()?.url().startsWith(EXIT_URL); i += 1) await page.waitForTimeout(100);
        assert.equal(guideFrame().url(), EXIT_URL, 'the guide is gone from view');
        assert.equal(page.url(), outer.url);
      } else {
        await page.waitForURL(EXIT_URL, { timeout: 10000 });
      }
      await context.close();
    } finally {
      await inner.close();
      await outer.close();
    }
  });
}

test('the sandbox token by token: what each one is needed for breaks without it', async () => {
  const FULL = ['allow-scripts', 'allow-popups', 'allow-popups-to-escape-sandbox',
    'allow-top-navigation-by-user-activation', 'allow-downloads', 'allow-modals'];
  /** A host page framing the guide at `hash` with `tokens`; the page, its guide frame and a closer. */
  async function framed(tokens, hash) {
    const host = await hostPage('sandbox', `<script src="${server.url}embed.js"></script>
      <iframe data-opioid-guide title="Understanding Opioids" src="${server.url}${hash}" sandbox="${tokens.join(' ')}" style="width:100%;height:900px;border:0"></iframe>`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Elsewhere</title>' }));
    const page = await context.newPage();
    const consoleText = [];
    page.on('console', (m) => consoleText.push(m.text()));
    await page.goto(host.url);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    return { page, frame, context, consoleText, close: async () => { await context.close(); await host.close(); } };
  }
  const without = (token) => FULL.filter((t) => t !== token);
  async function toResult(frame) {
    await frame.waitForSelector('[data-ready] #chapter-title');
    await frame.click('button:has-text("Start")');
    await frame.click('button:has-text("Skip")');
    await frame.waitForSelector('.summary');
  }

  // allow-scripts: without it the guide cannot run; its static text and help numbers still show.
  let f = await framed(without('allow-scripts'), '#/receptors');
  await f.frame.waitForLoadState('load');
  assert.match(await f.frame.innerText('body'), /988/);
  assert.equal(await f.frame.locator('[data-ready]').count(), 0);
  await f.close();

  // allow-popups (and -to-escape-sandbox): a source link opens a normal page in a new tab.
  for (const tokens of [FULL, without('allow-popups-to-escape-sandbox'), without('allow-popups')]) {
    f = await framed(tokens, '#/receptors');
    await f.frame.waitForSelector('[data-ready] #chapter-title');
    const popup = f.context.waitForEvent('page', { timeout: 3000 }).catch(() => null);
    await f.frame.locator('.chapter a[href^="https://"][target="_blank"]:visible').first().click();
    const opened = await popup;
    if (!tokens.includes('allow-popups')) {
      assert.equal(opened, null, 'no new tab without allow-popups');
    } else {
      // A new tab's first request can slip past the context's route, so serve it on a reload
      // (a tab's sandbox belongs to the tab, and stays).
      await opened.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Source</title>' }));
      await opened.waitForURL(/^https:/).catch(() => {});
      await opened.reload();
      const origin = await opened.evaluate(() => window.origin);
      assert.equal(origin === 'null', !tokens.includes('allow-popups-to-escape-sandbox'),
        `the new tab is ${origin === 'null' ? 'still sandboxed' : 'a normal page'}`);
    }
    await f.close();
  }

  // allow-downloads and allow-modals: a result's text file and its print dialog.
  for (const tokens of [FULL, without('allow-downloads'), without('allow-modals')]) {
    f = await framed(tokens, '#/check/ready');
    await toResult(f.frame);
    const download = f.page.waitForEvent('download', { timeout: 3000 }).catch(() => null);
    await f.frame.click('a[download]');
    assert.equal(Boolean(await download), tokens.includes('allow-downloads'), `download with ${tokens.join(' ')}`);
    await f.frame.click('button:has-text("Print")');
    await f.page.waitForTimeout(300);
    const ignored = f.consoleText.some((t) => /print\(\)/.test(t) && /sandbox|allow-modals/.test(t));
    assert.equal(ignored, !tokens.includes('allow-modals'), `print refused: ${f.consoleText.join('\n')}`);
    await f.close();
  }

  // allow-top-navigation-by-user-activation: quick exit replaces the host page; without it, only the frame.
  for (const tokens of [FULL, without('allow-top-navigation-by-user-activation')]) {
    f = await framed(tokens, '#/receptors');
    await f.frame.waitForSelector('[data-ready] #chapter-title');
    const hostUrl = f.page.url();
    await f.frame.click('.exit__button');
    if (tokens.includes('allow-top-navigation-by-user-activation')) {
      await f.page.waitForURL(EXIT_URL, { timeout: 10000 });
    } else {
      for (let i = 0; i < 50 && f.frame.url() !== EXIT_URL; i += 1) await f.page.waitForTimeout(100);
      assert.equal(f.frame.url(), EXIT_URL, 'the frame leaves the guide');
      assert.equal(f.page.url(), hostUrl, 'the host page stays');
    }
    await f.close();
  }
});

test('focus is never hidden under anything sticky or out of the window: every route tabbed through at 320 x 640, 1280 x 720 and 1920 x 1080', async () => {
  const failures = [];
  for (const [width, height] of [[320, 640], [1280, 720], [1920, 1080]]) {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    // Start on the privacy page, so that every route below is a move (which focuses its heading).
    await page.goto(`${server.url}#/privacy`);
    await page.waitForSelector('[data-ready] #chapter-title');
    const routes = [...(await hashes(page, '.toc a')), '#/privacy'];
    for (const hash of routes) {
      // Blur first, so that the heading focused is the new route's and not the last one's.
      await page.evaluate((h) => { document.activeElement?.blur(); location.hash = h; }, hash);
      await page.waitForFunction((h) => location.hash === h && document.activeElement?.id === 'chapter-title', hash);
      for (let tab = 0; tab < 400; tab += 1) {
        await page.keyboard.press('Tab');
        const seen = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return { end: true };
          const a = el.getBoundingClientRect();
          // A sticky bar hides focus where the two overlap and the bar is painted on top there
          // (the skip link, for one, is drawn over the exit bar on purpose).
          const over = [...document.querySelectorAll('.exit, .layout__side, .masthead, .toc')]
            .filter((o) => ['sticky', 'fixed'].includes(getComputedStyle(o).position) && !o.contains(el))
            .filter((o) => {
              const b = o.getBoundingClientRect();
              const top = Math.max(a.top, b.top); const bottom = Math.min(a.bottom, b.bottom);
              const left = Math.max(a.left, b.left); const right = Math.min(a.right, b.right);
              if (bottom <= top + 1 || right <= left) return false;
              const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
              return hit !== null && o.contains(hit);
            });
          // Or out of the window: a sticky box taller than the window keeps its end below it.
          const out = a.bottom > innerHeight + 1 || a.top < -1;
          // The skip link comes before the heading: reaching it, focus has gone round the page.
          return { end: el.classList.contains('skip-link'), name: `${el.tagName} ${el.textContent.trim().slice(0, 40)}`, covered: over.length > 0, out, top: Math.round(a.top) };
        });
        if (seen.end) break;
        if (seen.covered) failures.push(`${width}x${height} ${hash}: "${seen.name}" at ${seen.top}px is under a sticky bar`);
        if (seen.out) failures.push(`${width}x${height} ${hash}: "${seen.name}" at ${seen.top}px is out of the window`);
      }
    }
    await context.close();
  }
  assert.deepEqual(failures, []);
});

// ---- Presenter mode (issue 12 §1) ----

test('presenter mode: a whole chapter by keyboard at 1280 x 720 and by clicker keys at 1920 x 1080, a step at a time with no scrolling', async () => {
  const failures = [];
  for (const [width, height, how] of [[1280, 720, 'keyboard'], [1920, 1080, 'clicker']]) {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}?mode=classroom#/tolerance`);
    await page.waitForSelector('[data-ready] .presenter');
    const first = await presenterState(page);
    const total = Number(first.count.match(/of (\d+)/)[1]);
    assert.ok(total >= 6, `tolerance has its sections and simulation as steps (${first.count})`);
    assert.equal(first.hash, '#/tolerance/1', 'the address names the step');
    assert.equal(first.focus, 'chapter-title');
    for (let n = 1; n <= total; n += 1) {
      await page.evaluate(() => new Promise((r) => { requestAnimationFrame(() => requestAnimationFrame(r)); }));
      const s = await presenterState(page);
      const where = `${width}x${height} step ${n}`;
      assert.equal(s.count, `Step ${n} of ${total}`, where);
      assert.equal(s.hash, `#/tolerance/${n}`, where);
      assert.equal(s.history, first.history, `${where}: stepping adds no history entry`);
      assert.equal(s.shown, 1, `${where}: one step shown`);
      if (s.scrolls) failures.push(`${where}: the page scrolls`);
      if (s.text !== null && !s.sim && s.text < 24) failures.push(`${where}: body text ${s.text}px`);
      if (n > 1) assert.equal(s.focus, `step-${n - 1}`, `${where}: focus on the new step, so it is read out`);
      await page.screenshot({ path: `${SHOTS}presenter-${width}-step-${n}.png` });
      if (s.sim) {
        // The simulation works at this scale, and moving away and back keeps its state (every
        // step is rendered; the others are hidden, never unmounted).
        await tabTo(page, '#tolerance-day');
        await press(page, 'ArrowRight', 3);
        const moved = await page.inputValue('#tolerance-day');
        const sentence = await page.textContent('#tolerance-describe');
        await press(page, 'PageDown'); // a clicker's key, even on the slider just moved
        assert.equal((await presenterState(page)).count, `Step ${n + 1} of ${total}`, `${where}: Page Down moves on from a slider`);
        await press(page, 'PageUp');
        assert.equal(await page.inputValue('#tolerance-day'), moved, `${where}: the slider kept its place`);
        assert.equal(await page.textContent('#tolerance-describe'), sentence);
      }
      if (n === total) break;
      if (how === 'keyboard') {
        await tabTo(page, '.presenter .button--primary');
        await press(page, 'Enter');
      } else {
        await press(page, ['PageDown', 'ArrowRight', SPACE][n % 3]);
      }
      await page.waitForFunction((h) => location.hash === h, `#/tolerance/${n + 1}`);
    }
    // The chapter's text ends with a prompt for the class, shown only when presenting; then come
    // the knowledge check's questions, a step each.
    const questions = await page.locator('.quiz fieldset').count();
    assert.equal(questions, 4);
    assert.match(await page.innerText('#step-' + (total - 1 - questions)), /Pause and discuss: Why could needing more/);
    assert.match(await page.innerText('#step-' + (total - 1)), /^Question 4 of 4/);
    // On the last step, on goes nowhere; back by Page Up, Shift+Space and the left arrow.
    await press(page, 'PageDown');
    assert.equal((await presenterState(page)).count, `Step ${total} of ${total}`);
    await press(page, 'PageUp');
    await press(page, 'Shift+Space');
    await press(page, 'ArrowLeft');
    assert.equal((await presenterState(page)).count, `Step ${total - 3} of ${total}`);
    await press(page, 'Home');
    assert.equal((await presenterState(page)).hash, '#/tolerance/1');
    // Escape leaves: the whole chapter again, the Present button, the address without a step.
    await press(page, 'Escape');
    await page.waitForSelector('.presenter', { state: 'detached' });
    const after = await presenterState(page);
    assert.equal(after.hash, '#/tolerance');
    assert.equal(after.hidden, 0, 'every step shown again');
    assert.equal(after.history, first.history);
    assert.equal(after.focus, 'chapter-title');
    assert.equal(await page.locator('.discuss').isVisible(), false, 'the prompt is for a class, not a reader');
    // The Present button brings it back, at the first step.
    await page.click('button.present');
    await page.waitForSelector('.presenter');
    assert.equal((await presenterState(page)).hash, '#/tolerance/1');
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test('presenter mode: a shared step link opens that step; axe finds nothing in it, light and dark', async () => {
  const failures = [];
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}#/receptors/3`);
    await page.waitForSelector('[data-ready] .presenter');
    const s = await presenterState(page);
    assert.equal(s.count, 'Step 3 of 10');
    assert.ok(s.sim, 'the third step of "Receptors" is its simulation');
    await page.screenshot({ path: `${SHOTS}presenter-${colorScheme}-receptors-3.png` });
    // The title, a text step, the simulation, and the knowledge check's first question.
    for (const step of [1, 2, 3, 7]) {
      await page.evaluate((h) => location.replace(h), `#/receptors/${step}`);
      await page.waitForFunction((c) => document.querySelector('.presenter__count')?.textContent === c, `Step ${step} of 10`);
      await checkLook(page, `${colorScheme} #/receptors/${step}`, failures);
    }
    assert.equal(await page.getAttribute('.shell', 'data-presenting'), 'quiz');
    assert.match(await page.innerText('#step-6'), /^Question 1 of 4/);
    // A wrong answer checked: the verdict, both explanations, and axe again.
    await page.locator('input[name="quiz-0"]').last().check();
    await page.click('#step-6 button');
    await page.waitForSelector('#step-6 .quiz__why[data-right="false"]');
    await checkLook(page, `${colorScheme} #/receptors/7 answered`, failures);
    await page.screenshot({ path: `${SHOTS}presenter-${colorScheme}-receptors-7-answered.png` });
    // The page for teachers links a step: it opens presenting that step.
    await page.evaluate(() => location.replace('#/teachers'));
    await page.click('main a[href="#/tolerance/6"]');
    await page.waitForSelector('.presenter');
    const linked = await presenterState(page);
    assert.equal(linked.count, 'Step 6 of 12');
    assert.ok(linked.sim, 'step 6 of "Tolerance" is its simulation, as the page says');
    // A step the chapter does not have is the chapter itself, read as usual.
    await page.evaluate(() => location.replace('#/receptors/99'));
    await page.waitForSelector('.presenter', { state: 'detached' });
    assert.equal(await page.evaluate(() => location.hash), '#/receptors');
    await context.close();
  }
  assert.deepEqual(failures, []);
});

/**
 * Every step of every chapter of a language's build, presented at 1280 x 720 and 1920 x 1080:
 * none scrolls, a knowledge check's question neither with each answer checked. `count` is how
 * the presenter's counter reads ("Step {n} of {total}").
 */
async function everyStepFits(lang, count) {
  const failures = [];
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}${LANG_PATH[lang]}`);
    await page.waitForSelector('[data-ready] #chapter-title');
    // Measured once the step has been painted; a step that scrolls is measured again for up to
    // 2 s (a failure is one that never fits, not a frame caught mid-change).
    const measure = async (where) => {
      let s;
      for (let tries = 0; tries < 20; tries += 1) {
        await page.evaluate(() => new Promise((r) => { requestAnimationFrame(() => requestAnimationFrame(r)); }));
        s = await presenterState(page);
        if (s.shown === 1 && !s.scrolls) break;
        await page.waitForTimeout(100);
      }
      if (s.shown !== 1) failures.push(`${width}x${height} ${where}: ${s.shown} steps shown`);
      if (s.scrolls) failures.push(`${width}x${height} ${where}: the page scrolls (${JSON.stringify(s)})`);
    };
    let questions = 0;
    for (const { hash } of await chapterLinks(page)) {
      await page.evaluate((h) => location.replace(`${h}/1`), hash);
      await page.waitForSelector('.presenter');
      const total = Number((await page.textContent('.presenter__count')).match(/(\d+)$/)[1]);
      for (let n = 1; n <= total; n += 1) {
        await page.evaluate((h) => location.replace(h), `${hash}/${n}`);
        await page.waitForFunction((c) => document.querySelector('.presenter__count')?.textContent === c, count(n, total));
        await measure(`${hash}/${n}`);
        // A question of the knowledge check: each answer chosen and checked in turn (a wrong one
        // shows two explanations), and the step still fits.
        if (await page.getAttribute('.shell', 'data-presenting') !== 'quiz') continue;
        questions += 1;
        const radios = page.locator('.quiz__q:not([hidden]) input[type="radio"]');
        for (let o = 0; o < await radios.count(); o += 1) {
          await radios.nth(o).check();
          await page.locator('.quiz__q:not([hidden]) button').click();
          await page.waitForSelector('.quiz__q:not([hidden]) .quiz__why[data-right]');
          await measure(`${hash}/${n} with answer ${o + 1} checked`);
        }
      }
    }
    assert.ok(questions >= 33, `every chapter's questions were presented (${questions})`);
    await context.close();
  }
  assert.deepEqual(failures, []);
}

test('presenter mode: every step of every chapter fits 1280 x 720 and 1920 x 1080 without scrolling, a knowledge check with each answer checked too', async () => {
  await everyStepFits('en', (n, total) => `Step ${n} of ${total}`);
});

/** The offline file `cargo xtask test` writes beside the build (`offline::write`). */
const OFFLINE = `${process.env.DIST ?? new URL('../../dist', import.meta.url).pathname}/offline/understanding-opioids-en.html`;

test('the offline file opens from file:// with no server: a chapter, a simulation and a self-check, and nothing is requested', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const complaints = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) complaints.push(m.text()); });
  page.on('pageerror', (e) => complaints.push(String(e)));
  const url = `file://${OFFLINE}`;
  await page.goto(url);
  await page.waitForSelector('[data-ready] #chapter-title');
  assert.equal(await page.innerText('#chapter-title'), 'What opioids are');
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /connect-src 'none'/, 'nothing may be fetched, from the first byte');
  assert.doesNotMatch(policy, /'self'|unsafe-inline/, 'scripts and styles only by their hashes');

  // A chapter, by its link; its simulation, by keyboard; a self-check from start to result.
  const sim = SIM_WALKS.find((s) => s.id === 'tolerance');
  await page.click(`.toc a[href="${sim.hash}"]`);
  await page.waitForFunction(() => document.querySelector('#chapter-title')?.textContent === 'Tolerance');
  assert.match(await page.innerText('main'), /Not every effect fades/);
  await sim.walk(page);
  await assertSimState(page, sim, 'offline');
  await page.screenshot({ path: `${SHOTS}offline-tolerance.png` });
  const walk = CHECK_WALKS.find((w) => w.slug === 'safer');
  await page.click(`.toc a[href="#/check/${walk.slug}"]`);
  await page.waitForSelector('.check button.button--primary');
  await walkCheck(page, walk);
  assert.match(await page.innerText('#check-step'), walk.headline);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[download]')]);
  const file = await readFile(await download.path(), 'utf8');
  for (const expected of walk.file) assert.match(file, expected);
  await page.screenshot({ path: `${SHOTS}offline-check.png` });

  // The browser refuses to send, as it does on the served guide.
  const fetched = await page.evaluate((u) => fetch(u).then(() => 'sent', (e) => `refused: ${e.name}`), url);
  assert.match(fetched, /^refused/);
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [url], 'the file itself is the only thing the browser asked for');
  assert.deepEqual(complaints.filter((c) => !/Content Security Policy|Fetch API cannot load/.test(c)), [], 'no error or warning but the refused fetch');
  await assertNothingStored(context, page);
  await context.close();
});

test('a knowledge check by keyboard alone: each verdict and explanation announced, then the score; axe in every state, light and dark, 320 and 1280 px; nothing kept or sent', async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    const { context, page, requests, readyAt, errors } = await open(QUIZ_WALK.hash, { colorScheme, width });
    const where = `${colorScheme} ${width}px`;
    await checkLook(page, `quiz fresh ${where}`, failures);
    const score = await walkQuiz(page, QUIZ_WALK, async (state) => {
      await checkLook(page, `quiz ${state} ${where}`, failures);
      if (state === 'question-3') await page.locator('.quiz fieldset:nth-of-type(3)').screenshot({ path: `${SHOTS}quiz-wrong-${colorScheme}-${width}.png` });
    });
    assert.equal(score, QUIZ_WALK.score);
    await page.locator('.quiz').screenshot({ path: `${SHOTS}quiz-done-${colorScheme}-${width}.png` });
    // Start again: every answer and verdict gone.
    await tabTo(page, '.quiz > p > button');
    await press(page, 'Enter');
    await page.waitForFunction(() => !document.querySelector('.quiz__why[data-right]'));
    assert.equal(await page.locator('.quiz input:checked').count(), 0);
    assert.equal(await page.innerText('.quiz__score'), '');
    // Answered, then away to another chapter and back: nothing was kept.
    await page.locator('input[name="quiz-0"]').first().check();
    await page.click('.toc a[href="#/withdrawal"]');
    // The other chapter shown, not just addressed: going back before the app has read the first
    // hash change would read both as the same chapter (one CI run did).
    await page.waitForFunction(() => document.querySelector('#chapter-title')?.textContent === 'Withdrawal');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#chapter-title')?.textContent === 'Tolerance');
    assert.equal(await page.locator('.quiz input:checked').count(), 0, 'a chapter left and opened again starts a fresh check');
    assert.deepEqual(requests.filter((r) => r.at > readyAt).map((r) => r.url), [], 'nothing was asked for');
    await assertNothingStored(context, page);
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test("a chapter's page for teachers: notes, then the handout; printed, the handout and its sources alone; axe light and dark, 320 and 1280 px", async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    const { context, page, errors } = await open('#/teach/tolerance', { colorScheme, width });
    assert.equal(await page.innerText('#chapter-title'), 'Tolerance: for teachers');
    await checkLook(page, `teach ${colorScheme} ${width}px`, failures);
    if (width === 1280) await page.screenshot({ path: `${SHOTS}teach-tolerance-${colorScheme}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(failures, []);

  // From the page for teachers, by its link; then the print view.
  const { context, page } = await open('#/teachers');
  await page.click('main a[href="#/teach/tolerance"]');
  await page.waitForFunction(() => document.querySelector('#chapter-title')?.textContent === 'Tolerance: for teachers');
  assert.match(await page.innerText('.notes'), /Learning goals[\s\S]*Answers to the knowledge check/);
  await page.emulateMedia({ media: 'print' });
  const shown = (selector) => page.$$eval(selector, (es) => es.some((e) => e.getClientRects().length > 0));
  assert.equal(await shown('.notes'), false, 'the notes are never printed');
  assert.equal(await shown('.chapter__header, .masthead, .footer, .layout__side, .exit'), false, 'nor the page around the handout');
  assert.equal(await shown('.handout'), true);
  assert.equal(await shown('.sources'), true, "the chapter's sources are printed with it");
  const printed = await page.innerText('main');
  assert.match(printed, /^Tolerance: handout\n+Name: _+\n+Key facts\nTolerance means the same amount does less over time\./);
  assert.match(printed, /Check what you learned\n+Why does the same amount of an opioid do less after weeks of use\?\n+The cells turn the signal down\nThe drugs people buy slowly get weaker\n/);
  assert.doesNotMatch(printed, /Answers to the knowledge check|Learning goals/);
  await page.screenshot({ path: `${SHOTS}teach-tolerance-print.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'Letter' });
  assert.ok(pdf.length > 1000, 'the handout prints');
  await context.close();
});

// ---- Spanish (issue 13): the Spanish build in es/, tested like the English one ----

test('Spanish: the page says its language from the first byte; the language links keep the screen both ways', async () => {
  const { context, page, errors } = await open('#/tolerance', { lang: 'es' });
  const head = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    alternates: [...document.querySelectorAll('link[rel=alternate]')].map((l) => `${l.hreflang} ${new URL(l.href).pathname}`),
  }));
  assert.deepEqual(head, { lang: 'es', title: 'La tolerancia – Entender los opioides', alternates: ['en /', 'es /es/'] });
  assert.equal(await page.getAttribute('.shell', 'lang'), 'es');
  for (const href of HELP_LINKS) assert.ok(await page.locator(`.help a[href="${href}"]`).isVisible(), href);
  assert.match(await page.innerText('.help'), /oprima 2/);
  await page.screenshot({ path: `${SHOTS}es-tolerance-top.png` });
  // To English on the same screen, and back.
  await tabTo(page, 'a.masthead__lang');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'English');
  await press(page, 'Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-ready] #chapter-title')?.textContent === 'Tolerance');
  assert.equal(new URL(page.url()).pathname, '/');
  await page.click('a.masthead__lang[hreflang="es"]');
  await page.waitForFunction(() => document.querySelector('[data-ready] #chapter-title')?.textContent === 'La tolerancia');
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).hash, '/es/#/tolerance');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Spanish: lang=es moves the English page to the Spanish build with its other settings and screen before the English wasm or script is asked for, adding no history entry; lang=en moves back; a bad lang is warned about', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}?lang=es&mode=classroom#/tolerance/3`);
  await page.waitForFunction(() => document.documentElement.lang === 'es' && /^Paso 3 de \d+$/.test(document.querySelector('.presenter__count')?.textContent));
  const url = new URL(page.url());
  assert.equal(`${url.pathname}${url.search}${url.hash}`, '/es/?mode=classroom#/tolerance/3');
  // The new tab's blank page, then the Spanish one: the English page was replaced, not added.
  assert.equal(await page.evaluate(() => history.length), 2, 'the move replaced the page');
  // The page moved from its head: the English build's script and wasm were never fetched.
  const code = (paths, dir) => paths.filter((p) => /\.(js|wasm)$/.test(p) && p.startsWith(dir) && !p.slice(dir.length).includes('/'));
  assert.deepEqual(code(asked, '/'), [], asked.join('\n'));
  assert.equal(code(asked, '/es/').length, 2, asked.join('\n'));
  await context.close();
  const back = await open('#/withdrawal', { lang: 'es', query: '?lang=en' });
  assert.equal(await back.page.innerText('#chapter-title'), 'Withdrawal');
  assert.equal(new URL(back.page.url()).pathname, '/');
  const backAsked = back.requests.map((r) => new URL(r.url).pathname);
  assert.deepEqual(code(backAsked, '/es/'), [], backAsked.join('\n'));
  await back.context.close();
  const bad = await open('', { lang: 'es', query: '?lang=fr' });
  assert.equal(await bad.page.evaluate(() => document.documentElement.lang), 'es');
  assert.ok(bad.warnings.some((w) => w.includes('"lang"') && w.includes('"en" and "es"')), bad.warnings.join('\n'));
  await bad.context.close();
});

test('Spanish: leaving for the other language during a check says first that the answers will be cleared; staying keeps them', async () => {
  const { context, page } = await open('#/check/safer', { width: 1280 });
  await tabTo(page, '.check button.button--primary');
  await press(page, 'Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'check-step');
  await page.locator('input[name="safer-0"]').first().check();
  await page.waitForSelector('a.masthead__lang[data-asks]');
  await page.click('a.masthead__lang');
  await page.waitForFunction(() => document.activeElement?.id === 'lang-confirm');
  assert.equal(await page.getAttribute('#lang-confirm', 'role'), 'alert');
  assert.match(await page.innerText('#lang-confirm'), /Your answers in the check-ins will be cleared/);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: `${SHOTS}lang-confirm.png` });
  await page.click('#lang-confirm button');
  assert.equal(await page.locator('#lang-confirm').count(), 0);
  assert.ok(await page.locator('input[name="safer-0"]').first().isChecked(), 'the answer is kept');
  assert.equal(new URL(page.url()).pathname, '/');
  await page.click('a.masthead__lang');
  await page.click('#lang-confirm a');
  await page.waitForFunction(() => document.documentElement.lang === 'es' && document.querySelector('[data-ready] .check'));
  assert.equal(new URL(page.url()).hash, '#/check/safer');
  assert.equal(await page.locator('.check input:checked').count(), 0, 'no answer crossed over');
  await context.close();
  // Without answers, the link simply goes.
  const plain = await open('#/check/safer');
  assert.equal(await plain.page.locator('a.masthead__lang[data-asks]').count(), 0);
  await plain.page.click('a.masthead__lang');
  await plain.page.waitForFunction(() => document.documentElement.lang === 'es' && document.querySelector('[data-ready] .check'));
  await plain.context.close();
});

test('Spanish: axe finds nothing in any chapter, page or check, light and dark, 320 and 1280 px, and nothing scrolls sideways', async () => {
  const probe = await open('', { lang: 'es' });
  const routes = [...await hashes(probe.page, '.toc a'), '#/privacy', '#/teachers', '#/teach/tolerance'];
  await probe.context.close();
  assert.equal(routes.length, 17);
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const hash of routes) {
      const { context, page } = await open(hash, { colorScheme, width, lang: 'es' });
      await checkLook(page, `es ${hash} ${colorScheme} ${width}px`, failures);
      if (['#/receptors', '#/check/signs'].includes(hash)) await page.screenshot({ path: `${SHOTS}es${hash.replaceAll('/', '-').slice(1)}-${colorScheme}-${width}.png`, fullPage: true });
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('Spanish: each simulation by keyboard alone, its sentence shown and announced in Spanish; axe in that state in every look', async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const sim of SIM_WALKS_ES) {
      const { context, page, errors } = await open(sim.hash, { colorScheme, width, lang: 'es' });
      await sim.walk(page);
      await assertSimState(page, sim, `es ${sim.id}`);
      await checkLook(page, `es ${sim.id} ${colorScheme} ${width}px`, failures);
      if (colorScheme === 'light' && width === 1280) {
        await page.evaluate(() => { document.querySelector('.exit').style.visibility = 'hidden'; });
        await page.locator(`#${sim.id}`).screenshot({ path: `${SHOTS}es-sim-${sim.id}.png` });
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('Spanish: each check by keyboard alone to its result and text file, in Spanish; nothing requested, stored or put in the URL; axe at each screen', async () => {
  const failures = [];
  for (const width of [320, 1280]) {
    for (const walk of CHECK_WALKS_ES) {
      const { context, page, requests, readyAt, errors } = await open(`#/check/${walk.slug}`, { width, lang: 'es' });
      const urls = await walkCheck(page, walk, (screen) => checkLook(page, `es ${walk.slug} ${screen} ${width}px`, failures));
      assert.match(await page.innerText('#check-step'), walk.headline);
      const [download] = await Promise.all([page.waitForEvent('download'), tabTo(page, 'a[download]').then(() => press(page, 'Enter'))]);
      assert.equal(download.suggestedFilename(), 'mi-chequeo.txt');
      const file = await readFile(await download.path(), 'utf8');
      for (const expected of walk.file) assert.match(file, expected);
      assert.match(file, /El tratamiento funciona\./);
      assert.match(file, /llame al 988 y oprima 2 para español, o envíe AYUDA por texto al 988/);
      // Never a diagnosis, always a next step (the native tests check every result).
      assert.doesNotMatch(await page.innerText('.summary'), /usted tiene|tiene un trastorno/i);
      assert.match(file, /Lo que podría hacer ahora\n\S/);
      if (width === 1280) await page.screenshot({ path: `${SHOTS}es-check-${walk.slug}.png`, fullPage: true });
      await page.waitForTimeout(200);
      assert.deepEqual(requests.filter((r) => r.at > readyAt && !r.url.startsWith('data:')).map((r) => r.url), []);
      assert.ok(urls.every((u) => new URL(u).hash === `#/check/${walk.slug}`), urls.join(' '));
      await assertNothingStored(context, page);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('Spanish: a knowledge check by keyboard alone, each verdict announced in Spanish, then the score; axe in every state', async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    const { context, page, errors } = await open(QUIZ_WALK_ES.hash, { colorScheme, width, lang: 'es' });
    const score = await walkQuiz(page, QUIZ_WALK_ES, (state) => checkLook(page, `es quiz ${state} ${colorScheme} ${width}px`, failures));
    assert.equal(score, QUIZ_WALK_ES.score);
    if (colorScheme === 'dark' && width === 320) await page.locator('.quiz').screenshot({ path: `${SHOTS}es-quiz-done-dark-320.png` });
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test('Spanish presenter mode: every step of every chapter fits 1280 x 720 and 1920 x 1080 without scrolling, every answer too', async () => {
  await everyStepFits('es', (n, total) => `Paso ${n} de ${total}`);
});

test('Spanish without JavaScript: every chapter, page and check can be reached and read, with the help numbers and a link to English', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}es/`);
  assert.deepEqual(await visibleTitles(page), ['Qué son los opioides']);
  for (const href of HELP_LINKS) assert.ok(await page.locator(`a[href="${href}"]`).isVisible(), href);
  const links = await page.$$eval('.toc a', (as) => as.map((a) => ({ hash: new URL(a.href).hash, title: a.textContent.trim() })));
  assert.equal(links.length, 14);
  for (const { hash, title } of links) {
    await page.locator(`.toc a[href="${hash}"]`).click();
    await page.waitForURL((u) => u.hash === hash);
    assert.deepEqual(await visibleTitles(page), [title], hash);
    const main = await page.innerText('main');
    if (hash.startsWith('#/check/')) assert.match(main, /Este chequeo necesita JavaScript y WebAssembly/, hash);
    if (hash === '#/receptors') assert.ok(await page.locator('.route:target .sim--static .needs-js').isVisible());
  }
  await page.screenshot({ path: `${SHOTS}es-no-javascript.png` });
  await page.click('a.masthead__lang');
  await page.waitForURL((u) => new URL(u).pathname === '/');
  assert.deepEqual(await visibleTitles(page), ['What opioids are']);
  await context.close();
});

test('Spanish: the offline file opens from file://: a simulation and a check in Spanish, nothing requested, and its link names the English file', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const url = `file://${OFFLINE.replace(/-en\.html$/, '-es.html')}`;
  await page.goto(`${url}#/tolerance`);
  await page.waitForSelector('[data-ready] #chapter-title');
  assert.equal(await page.innerText('#chapter-title'), 'La tolerancia');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  const sim = SIM_WALKS_ES.find((w) => w.id === 'tolerance');
  await sim.walk(page);
  await assertSimState(page, sim, 'offline es');
  assert.match(await page.getAttribute('a.masthead__lang', 'href'), /^understanding-opioids-en\.html#\/tolerance$/);
  const walk = CHECK_WALKS_ES.find((w) => w.slug === 'ready');
  await page.click(`.toc a[href="#/check/${walk.slug}"]`);
  await page.waitForSelector('.check button.button--primary');
  await walkCheck(page, walk);
  assert.match(await page.innerText('#check-step'), walk.headline);
  await page.screenshot({ path: `${SHOTS}es-offline-check.png` });
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [url], 'the file itself is all the browser asked for');
  await assertNothingStored(context, page);
  await context.close();
});

test("Spanish: a clinic's snippet with lang=\"es\" shows the Spanish guide in its sandboxed frame, with the clinic's name and its height fitted", async () => {
  const host = await hostPage('snippet-es', `<h1>Clínica Riverside</h1>
    <script src="${server.url}embed.js"></script>
    <opioid-guide src="${server.url}#/tolerance" lang="es" clinic-name="Clínica Riverside"></opioid-guide>`);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = page.frameLocator('opioid-guide iframe');
    await frame.locator('[data-ready] #tolerance-describe').waitFor();
    assert.equal(await frame.locator('h1').textContent(), 'La tolerancia');
    assert.equal(await frame.locator('html').getAttribute('lang'), 'es');
    assert.match(await frame.locator('.masthead__clinic').innerText(), /^Le ofrece esta guía: Clínica Riverside/);
    await page.waitForFunction(() => document.querySelector('opioid-guide iframe').getBoundingClientRect().height > 1000);
    const outer = (await page.locator('opioid-guide iframe').boundingBox()).height;
    const inner = await frame.locator('body').evaluate((b) => b.offsetHeight);
    assert.ok(Math.abs(outer - inner) <= 2, `the frame fits the Spanish guide: ${outer} / ${inner}`);
    await context.close();
  } finally {
    await host.close();
  }
});
