// The end-to-end walks in a second engine: Debian's Firefox ESR, driven by Puppeteer over WebDriver
// BiDi (Playwright cannot drive a stock Firefox). Run by `cargo xtask test` after guide.test.mjs,
// on the same release build (env DIST). The keyboard walks and axe come from walks.mjs, so both
// engines are held to the same sentences, results and rules.
//
// Puppeteer over BiDi cannot emulate a colour scheme or turn scripts off per page, so each look is
// a browser of its own, started with Firefox's preferences for it (dark theme, less motion, no
// JavaScript).
import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { HELP_LINKS } from './browser.mjs';
import { serve } from './server.mjs';
import { CHECK_WALKS, CHECK_WALKS_ES, LOOKS, QUIZ_WALK, QUIZ_WALK_ES, SIM_WALKS, SIM_WALKS_ES, assertSimState, checkLook, presenterState, press, tabTo, walkCheck, walkQuiz } from './walks.mjs';

const test = (name, fn) => nodeTest(name, { timeout: 300_000 }, fn);
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const SHOTS = new URL('./screenshots/firefox/', import.meta.url).pathname;
const EXIT_URL = 'https://weather.com/';

let server;
/** One browser per kind of look, started when first asked for: 'light', 'dark', 'no-js'. */
const browsers = new Map();

before(async () => {
  server = await serve(process.env.DIST ?? '../../dist');
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  for (const b of browsers.values()) await b.close();
  await server?.close();
});

async function firefox(kind) {
  if (!browsers.has(kind)) {
    browsers.set(kind, await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'ui.prefersReducedMotion': 1,
        'ui.systemUsesDarkTheme': kind === 'dark' ? 1 : 0,
        // 0 = dark, 1 = light: what pages are told, whatever the browser's own theme.
        'layout.css.prefers-color-scheme.content-override': kind === 'dark' ? 0 : 1,
        'javascript.enabled': kind !== 'no-js',
      },
    }));
  }
  return browsers.get(kind);
}

/** A fresh private context and page; every request is recorded with the time it was made. */
async function open(hash = '', { colorScheme = 'light', width = 1280, height = 900, lang = 'en' } = {}) {
  const browser = await firefox(colorScheme);
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warn' || m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${server.url}${lang === 'en' ? '' : `${lang}/`}${hash}`);
  await page.waitForSelector('[data-ready] #chapter-title');
  return { context, page, requests, errors, warnings, readyAt: Date.now() };
}

const routes = (page) => page.$$eval('.toc a', (as) => as.map((a) => ({ hash: new URL(a.href).hash, title: a.textContent.trim() })));
const sleep = (ms) => new Promise((done) => { setTimeout(done, ms); });
const text = (page, selector) => page.$eval(selector, (e) => e.innerText);

/** Requests that went on the wire (a data: URL is made in the page; Firefox reports some of its own). */
const onWire = (requests) => requests.filter((r) => !/^(data|blob|about|chrome|resource|moz-extension):/.test(r.url));

test('Firefox: every chapter and page, light and dark, 320 and 1280 px: it starts, axe finds nothing, nothing scrolls sideways, help is there', async () => {
  const probe = await open();
  const all = [...(await routes(probe.page)).filter((r) => !r.hash.startsWith('#/check/')), { hash: '#/privacy', title: 'How we keep your answers private' }, { hash: '#/teachers', title: 'For teachers' }];
  await probe.context.close();
  assert.equal(all.length, 13, 'eleven chapters, the privacy page and the page for teachers');
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const { hash, title } of all) {
      const { context, page, errors } = await open(hash, { colorScheme, width });
      assert.equal(await text(page, 'h1'), title, hash);
      for (const href of HELP_LINKS) assert.ok(await page.$(`.help a[href="${href}"]`), `${hash}: help link ${href}`);
      await checkLook(page, `${hash} ${colorScheme} ${width}px`, failures);
      if (['#/receptors', '#/tolerance', '#/privacy', '#/teachers'].includes(hash)) {
        await page.screenshot({ path: `${SHOTS}${hash.slice(2)}-${colorScheme}-${width}.png`, fullPage: true });
      }
      assert.deepEqual(errors, [], hash);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('Firefox: every chapter by keyboard, Next to Next, focus on each new heading; Back and Forward work', async () => {
  const { context, page, errors } = await open();
  const chapters = (await routes(page)).filter((r) => !r.hash.startsWith('#/check/'));
  for (let i = 0; i + 1 < chapters.length; i += 1) {
    await tabTo(page, 'a[rel="next"]');
    await press(page, 'Enter');
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, {}, chapters[i + 1].title);
    assert.equal(await page.evaluate(() => location.hash), chapters[i + 1].hash);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'chapter-title', `focus on the heading of ${chapters[i + 1].hash}`);
  }
  await page.goBack();
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, {}, chapters.at(-2).title);
  await page.goForward();
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, {}, chapters.at(-1).title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Firefox: each simulation by keyboard alone shows and announces its new state; axe passes there, light and dark, 320 and 1280 px', async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const sim of SIM_WALKS) {
      const { context, page, errors } = await open(sim.hash, { colorScheme, width });
      await sim.walk(page);
      await assertSimState(page, sim, `${sim.id} ${colorScheme} ${width}`);
      await checkLook(page, `${sim.id} ${colorScheme} ${width}px`, failures);
      if (colorScheme === 'light' || width === 320) {
        await page.evaluate(() => { document.querySelector('.exit').style.visibility = 'hidden'; });
        const el = await page.$(`#${sim.id}`);
        await el.screenshot({ path: `${SHOTS}sim-${sim.id}-${colorScheme}-${width}.png` });
      }
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('Firefox: each check by keyboard alone to its result, axe on every screen, light and dark, 320 and 1280 px; nothing requested, stored or put in the URL', async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const walk of CHECK_WALKS) {
      const { context, page, requests, readyAt, errors } = await open(`#/check/${walk.slug}`, { colorScheme, width });
      const seenAtReady = server.requests.length;
      const urls = await walkCheck(page, walk, async (state) => {
        await checkLook(page, `${walk.slug} ${state} ${colorScheme} ${width}px`, failures);
        if (state === 'result' && colorScheme === 'light') await page.screenshot({ path: `${SHOTS}check-${walk.slug}-result-${width}.png`, fullPage: true });
      });
      const where = `${walk.slug} ${colorScheme} ${width}px`;
      assert.match(await text(page, '#check-step'), walk.headline, where);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-step', 'the result heading has focus');
      await page.evaluate(() => new Promise((done) => { setTimeout(done, 200); }));
      assert.deepEqual(onWire(requests).filter((r) => r.at > readyAt).map((r) => r.url), [], `${where}: the browser asked for nothing`);
      assert.deepEqual(server.requests.slice(seenAtReady).map((r) => r.path), [], `${where}: nothing reached the server`);
      assert.ok(urls.every((u) => new URL(u).hash === `#/check/${walk.slug}`), `${where}: the URL only ever named the check: ${urls}`);
      assert.deepEqual(await page.evaluate(async () => [document.cookie, localStorage.length, sessionStorage.length, (await indexedDB.databases?.())?.length ?? 0]), ['', 0, 0, 0]);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test('Firefox: nothing is requested after load, nothing is stored, and the browser refuses to send', async () => {
  const { context, page, requests, readyAt } = await open();
  const seenAtReady = server.requests.length;
  for (const sim of SIM_WALKS) {
    await page.click(`.toc a[href="${sim.hash}"]`);
    await page.waitForSelector(`#${sim.id}`);
    await sim.walk(page);
  }
  await page.click('footer a[href="#/privacy"]');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'How we keep your answers private');
  const initial = onWire(requests).map((r) => new URL(r.url).pathname);
  assert.ok(initial.every((p) => p === '/' || /\.(js|wasm)$/.test(p)), `only the page's own files load: ${initial}`);
  assert.deepEqual(onWire(requests).filter((r) => r.at > readyAt).map((r) => r.url), [], 'nothing asked for while reading');

  const sent = await page.evaluate(async () => ({
    fetch: await fetch('/probe-fetch').then(() => 'sent', () => 'refused'),
    xhr: await new Promise((done) => {
      const x = new XMLHttpRequest(); x.open('GET', '/probe-xhr'); x.onload = () => done('sent'); x.onerror = () => done('refused'); x.send();
    }),
    image: await new Promise((done) => {
      const i = new Image(); i.onload = () => done('sent'); i.onerror = () => done('refused'); i.src = '/probe-image.png';
    }),
    beacon: (navigator.sendBeacon('/probe-beacon', 'x'), 'tried'),
  }));
  assert.deepEqual(sent, { fetch: 'refused', xhr: 'refused', image: 'refused', beacon: 'tried' });
  await page.evaluate(() => new Promise((done) => { setTimeout(done, 500); }));
  assert.deepEqual(server.requests.slice(seenAtReady).map((r) => r.path), [], 'nothing reached the server after the guide was ready');
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(async () => [localStorage.length, sessionStorage.length, (await indexedDB.databases?.())?.length ?? 0]), [0, 0, 0]);
  await context.close();
});

test('Firefox: quick exit by Shift three times blanks the page, then replaces it', async () => {
  const { context, page } = await open('#/overdose-and-naloxone');
  // The way out is held at its request, while the guide's page is still there to be read.
  await page.setRequestInterception(true);
  let report;
  const atExit = new Promise((done) => { report = done; });
  page.on('request', async (r) => {
    if (!r.url().startsWith(EXIT_URL)) return r.continue();
    report(await page.evaluate(() => ({ hidden: document.body.hidden, title: document.title })));
    return r.respond({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
  });
  await press(page, 'Shift', 3);
  const timeout = new Promise((done) => { setTimeout(() => done('the page was never left'), 10_000); });
  assert.deepEqual(await Promise.race([atExit, timeout]), { hidden: true, title: '' }, 'hidden and untitled before it is left');
  await page.waitForFunction((url) => location.href === url, { timeout: 10_000 }, EXIT_URL);
  assert.equal(await page.title(), 'Weather');
  await context.close();
});

test('Firefox without JavaScript: every chapter, page and check can be reached and read, with the help numbers', async () => {
  // With JavaScript off, Puppeteer's waits, $$eval and click hang in Firefox (they run script in
  // the page), so this test polls, reads with $eval on one element and clicks with the mouse.
  const browser = await firefox('no-js');
  const shown = (page, selector) => page.$eval('body', (b, sel) => [...b.querySelectorAll(sel)].filter((e) => e.checkVisibility()).map((e) => e.innerText.trim()), selector);
  const follow = async (page, selector) => {
    const { x, y } = await page.$eval('body', (b, sel) => {
      const a = [...b.querySelectorAll(sel)].find((e) => e.checkVisibility());
      a.scrollIntoView({ block: 'center' });
      const r = a.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, selector);
    await page.mouse.click(x, y);
  };
  for (const width of [320, 1280]) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width, height: 800 });
    await page.goto(server.url);
    assert.deepEqual(await shown(page, 'h1'), ['What opioids are'], 'the first chapter first');
    assert.equal(await page.$('[data-ready]'), null, 'the app did not start');
    for (const href of HELP_LINKS) assert.ok(await page.$eval(`a[href="${href}"]`, (a) => a.checkVisibility()), href);
    const links = await page.$eval('body', (b) => [...b.querySelectorAll('.toc a')].filter((a) => a.checkVisibility()).map((a) => ({ hash: new URL(a.href).hash, title: a.textContent.trim() })));
    assert.equal(links.length, 14, 'eleven chapters and three checks');
    const pages = [{ hash: '#/privacy', title: 'How we keep your answers private' }, { hash: '#/teachers', title: 'For teachers' }];
    for (const { hash, title } of [...links, ...pages]) {
      await follow(page, pages.some((p) => p.hash === hash) ? `footer a[href="${hash}"]` : `.toc a[href="${hash}"]`);
      for (let i = 0; i < 50 && await page.evaluate(() => location.hash) !== hash; i += 1) await sleep(100);
      assert.deepEqual(await shown(page, 'h1'), [title], hash);
      const main = (await shown(page, 'main')).join('\n');
      if (hash.startsWith('#/check/')) assert.match(main, /This check-in needs JavaScript and WebAssembly/, hash);
      if (hash === '#/receptors') {
        assert.match(main, /Your nerve cells have tiny locks on their surface/);
        assert.ok(await page.$eval('.route:target .sim--static .needs-js', (n) => n.checkVisibility()), 'the simulation says what it needs');
        await page.screenshot({ path: `${SHOTS}no-javascript-receptors-${width}.png` });
      }
    }
    await context.close();
  }
});

test('Firefox: the static page passes axe on every kind of screen, light and dark, 320 and 1280 px', async () => {
  // axe runs as a script, so the page's own scripts are refused instead (JavaScript off stops axe too).
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    const context = await (await firefox(colorScheme)).createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width, height: 800 });
    await page.setRequestInterception(true);
    page.on('request', (r) => (/\.(js|wasm)$/.test(new URL(r.url()).pathname) ? r.abort() : r.continue()));
    for (const hash of ['#/what-are-opioids', '#/receptors', '#/overdose-and-naloxone', '#/check/signs', '#/privacy']) {
      await page.goto(`${server.url}${hash}`);
      await page.waitForFunction(() => [...document.querySelectorAll('.route:target .needs-js')].every((n) => getComputedStyle(n).visibility === 'visible'), { timeout: 15_000 });
      assert.equal(await page.$('[data-ready]'), null);
      await checkLook(page, `static ${hash} ${colorScheme} ${width}`, failures);
    }
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test('Firefox: presenter mode steps through a chapter by clicker keys, one step a screen, 24 px text, axe on every step, light and dark', async () => {
  const failures = [];
  for (const [colorScheme, width, height] of [['light', 1280, 720], ['dark', 1280, 720], ['light', 1920, 1080]]) {
    const { context, page } = await open('#/tolerance/1', { colorScheme, width, height });
    await page.waitForSelector('.presenter');
    const total = Number((await text(page, '.presenter__count')).match(/of (\d+)/)[1]);
    for (let n = 1; n <= total; n += 1) {
      const where = `${colorScheme} ${width}x${height} step ${n}`;
      // Read once the step is painted: the address changes a moment before the app renders it
      // (one CI run read the step after a simulation at the simulation's smaller zoom).
      let s;
      for (let tries = 0; tries < 20; tries += 1) {
        await page.evaluate(() => new Promise((r) => { requestAnimationFrame(() => requestAnimationFrame(r)); }));
        s = await presenterState(page);
        if (s.count === `Step ${n} of ${total}` && s.shown === 1 && (s.sim || s.text === null || s.text >= 24)) break;
        await sleep(50);
      }
      assert.equal(s.count, `Step ${n} of ${total}`, where);
      assert.equal(s.hash, `#/tolerance/${n}`, where);
      if (s.shown !== 1) failures.push(`${where}: ${s.shown} steps shown`);
      if (s.scrolls) failures.push(`${where}: the page scrolls`);
      if (s.text !== null && !s.sim && s.text < 24) failures.push(`${where}: body text ${s.text}px`);
      if (width === 1280) await checkLook(page, where, failures);
      await page.screenshot({ path: `${SHOTS}presenter-${colorScheme}-${width}-step-${n}.png` });
      if (n < total) {
        await press(page, n % 2 ? 'PageDown' : 'ArrowRight');
        for (let i = 0; i < 50 && (await page.evaluate(() => location.hash)) !== `#/tolerance/${n + 1}`; i += 1) await sleep(50);
      }
    }
    await press(page, 'Escape');
    for (let i = 0; i < 50 && (await page.$('.presenter')); i += 1) await sleep(50);
    assert.equal(await page.evaluate(() => location.hash), '#/tolerance', 'Escape leaves presenter mode');
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test('Firefox: the offline file opens from file:// with no server; a simulation and a self-check work, and nothing is requested', async () => {
  const browser = await firefox('light');
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url() }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const url = `file://${process.env.DIST ?? new URL('../../dist', import.meta.url).pathname}/offline/understanding-opioids-en.html`;
  await page.goto(`${url}#/withdrawal`);
  await page.waitForSelector('[data-ready] #chapter-title');
  assert.equal(await text(page, '#chapter-title'), 'Withdrawal');
  const sim = SIM_WALKS.find((s) => s.id === 'withdrawal');
  await sim.walk(page);
  await assertSimState(page, sim, 'Firefox offline');
  await page.screenshot({ path: `${SHOTS}offline-withdrawal.png` });
  const walk = CHECK_WALKS.find((w) => w.slug === 'ready');
  await page.click(`.toc a[href="#/check/${walk.slug}"]`);
  await page.waitForSelector('.check button.button--primary');
  await walkCheck(page, walk);
  assert.match(await text(page, '#check-step'), walk.headline);
  // Firefox reports no request for a file:// page (not even the page itself), but would for any other.
  assert.deepEqual(onWire(requests).map((r) => r.url.replace(/#.*/, '')).filter((u) => u !== url), [], 'nothing but the file itself was asked for');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Firefox: a knowledge check by keyboard alone, each verdict announced, the score; axe in every state, light and dark, 320 and 1280 px', async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    const { context, page, requests, readyAt, errors } = await open(QUIZ_WALK.hash, { colorScheme, width });
    const where = `${colorScheme} ${width}px`;
    const score = await walkQuiz(page, QUIZ_WALK, (state) => checkLook(page, `quiz ${state} ${where}`, failures));
    assert.equal(score, QUIZ_WALK.score, where);
    if (width === 320 && colorScheme === 'dark') await page.screenshot({ path: `${SHOTS}quiz-320-dark.png`, fullPage: true });
    assert.deepEqual(onWire(requests.filter((r) => r.at > readyAt)), [], `${where}: nothing asked for`);
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test("Firefox: a chapter's page for teachers, light and dark, 320 and 1280 px: axe finds nothing; its notes, then the handout", async () => {
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    const { context, page, errors } = await open('#/teach/withdrawal', { colorScheme, width });
    assert.equal(await text(page, '#chapter-title'), 'Withdrawal: for teachers');
    assert.match(await text(page, '.handout'), /^Withdrawal: handout\n+Name: _+\n+Key facts\nWithdrawal often feels like a very bad flu\./);
    await checkLook(page, `teach ${colorScheme} ${width}px`, failures);
    if (width === 320 && colorScheme === 'dark') await page.screenshot({ path: `${SHOTS}teach-withdrawal-320-dark.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(failures, []);
});

// ---- Spanish (issue 13): the Spanish build in es/ ----

test('Firefox, Spanish: every chapter and page in four looks: in Spanish, axe finds nothing, nothing scrolls sideways, help is there; the link to English keeps the screen', async () => {
  const probe = await open('', { lang: 'es' });
  const all = [...(await routes(probe.page)).filter((r) => !r.hash.startsWith('#/check/')), { hash: '#/privacy', title: 'Cómo mantenemos privadas sus respuestas' }, { hash: '#/teachers', title: 'Para maestros' }];
  await probe.context.close();
  assert.equal(all.length, 13);
  const failures = [];
  for (const { colorScheme, width } of LOOKS) {
    for (const { hash, title } of all) {
      const { context, page, errors } = await open(hash, { colorScheme, width, lang: 'es' });
      assert.equal(await text(page, 'h1'), title, hash);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      for (const href of HELP_LINKS) assert.ok(await page.$(`.help a[href="${href}"]`), `${hash}: help link ${href}`);
      await checkLook(page, `es ${hash} ${colorScheme} ${width}px`, failures);
      if (hash === '#/withdrawal' && width === 320) await page.screenshot({ path: `${SHOTS}es-withdrawal-${colorScheme}-320.png`, fullPage: true });
      assert.deepEqual(errors, [], hash);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
  const { context, page } = await open('#/withdrawal', { lang: 'es' });
  await tabTo(page, 'a.masthead__lang');
  await press(page, 'Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-ready] h1')?.textContent === 'Withdrawal');
  await context.close();
});

test('Firefox, Spanish: each simulation and check by keyboard alone, in Spanish, axe in every state; the knowledge check announced in Spanish', async () => {
  const failures = [];
  for (const { colorScheme, width } of [LOOKS[0], LOOKS[3]]) {
    for (const sim of SIM_WALKS_ES) {
      const { context, page, errors } = await open(sim.hash, { colorScheme, width, lang: 'es' });
      await sim.walk(page);
      await assertSimState(page, sim, `es ${sim.id} ${colorScheme} ${width}`);
      await checkLook(page, `es ${sim.id} ${colorScheme} ${width}px`, failures);
      assert.deepEqual(errors, []);
      await context.close();
    }
    for (const walk of CHECK_WALKS_ES) {
      const { context, page, requests, readyAt, errors } = await open(`#/check/${walk.slug}`, { colorScheme, width, lang: 'es' });
      await walkCheck(page, walk, (state) => checkLook(page, `es ${walk.slug} ${state} ${colorScheme} ${width}px`, failures));
      assert.match(await text(page, '#check-step'), walk.headline);
      if (walk.slug === 'signs' && width === 1280) await page.screenshot({ path: `${SHOTS}es-check-signs-result.png`, fullPage: true });
      assert.deepEqual(onWire(requests).filter((r) => r.at > readyAt).map((r) => r.url), []);
      assert.deepEqual(errors, []);
      await context.close();
    }
    const { context, page } = await open(QUIZ_WALK_ES.hash, { colorScheme, width, lang: 'es' });
    assert.equal(await walkQuiz(page, QUIZ_WALK_ES, (state) => checkLook(page, `es quiz ${state} ${colorScheme} ${width}px`, failures)), QUIZ_WALK_ES.score);
    await context.close();
  }
  assert.deepEqual(failures, []);
});
