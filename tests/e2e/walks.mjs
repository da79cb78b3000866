// What both engines' tests share (Playwright on Chromium in guide.test.mjs, Puppeteer over
// WebDriver BiDi on Firefox in firefox.test.mjs): the keyboard walks through every simulation and
// self-check, and axe. Only calls both libraries' pages have (keyboard.press, evaluate, $, $$eval,
// waitForFunction, waitForSelector, url, mainFrame, on('framenavigated')).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];


/** axe's violations on a page, or inside a frame (Playwright reaches cross-origin frames). */
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every look a reader may have: light and dark, a small phone and a laptop. */
/** The space bar: Playwright and Puppeteer over BiDi both know it by its character (not both by 'Space'). */
export const SPACE = ' ';

export const LOOKS = ['light', 'dark'].flatMap((colorScheme) => [320, 1280].map((width) => ({ colorScheme, width })));

/**
 * Axe and sideways scrolling on the page as it is now; problems go into `failures`. Axe runs with
 * the window scrolled to the top (then put back): at some scroll positions the sticky quick-exit
 * bar lies over part of a link above the focused heading, which axe's target size then measures
 * as the sliver left uncovered. Nothing sticky may hide the focused element: the focus test checks
 * that at every tab stop.
 */
export async function checkLook(page, where, failures) {
  const y = await page.evaluate(() => { const at = window.scrollY; window.scrollTo(0, 0); return at; });
  const violations = await axe(page);
  await page.evaluate((at) => window.scrollTo(0, at), y);
  if (violations.length) failures.push(`${where}:\n  ${violations.join('\n  ')}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) failures.push(`${where}: page is ${overflow}px wider than the screen`);
}


/** Presses Tab until the focused element matches `selector`, as a keyboard-only reader would. */
export async function tabTo(page, selector) {
  for (let tabs = 0; tabs < 200; tabs += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reaches ${selector}`);
}

export async function press(page, key, times = 1) {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/**
 * Each simulation driven by keyboard alone into a telling state, with the sentence it must then
 * show and announce. Opening "What this model leaves out" and "Show as table" puts them in the
 * axe check too.
 */
export const SIM_WALKS = [
  {
    hash: '#/receptors',
    id: 'receptors',
    async walk(page) {
      await tabTo(page, '#receptors-drug');
      await press(page, 'ArrowDown', 4); // Morphine → Codeine → Oxycodone → Heroin → Fentanyl
      await tabTo(page, '#receptors-dose');
      await press(page, 'End'); // 10 doses
      await tabTo(page, '#receptors-naloxone');
      await press(page, SPACE);
      await tabTo(page, '#receptors .sim__more summary');
      await press(page, 'Enter');
    },
    /** The picture in that state: keys round, blockers square (drawn by the style sheet's `rx`). */
    picture: (page) => page.evaluate(() => [...new Set([...document.querySelectorAll('#receptors .synapse__occupant')]
      .map((e) => `${e.dataset.kind} ${getComputedStyle(e).rx}`))].sort()),
    shows: ['blocker 0px', 'drug 9px', 'empty 9px'],
    sentence: /^About 1 in 10 receptors are switched on\. About 8 in 10 receptors are blocked, so nothing can switch them on\. Strong pain relief\. Breathing is at about half of normal\. For some people, or with fentanyl, less is enough\.$/,
  },
  {
    hash: '#/dopamine-and-learning',
    id: 'reward',
    async walk(page) {
      await tabTo(page, '#reward-opioid');
      await press(page, SPACE);
      await tabTo(page, '#reward .chart__table summary');
      await press(page, 'Enter');
    },
    sentence: /^The opioid quiets the brake neurons\. Without the brake, the dopamine neuron fires much faster\.$/,
  },
  {
    hash: '#/overdose-and-naloxone',
    id: 'rescue',
    async walk(page) {
      await tabTo(page, '#rescue-long');
      await press(page, 'ArrowUp'); // radio group: to "short-acting"
      await tabTo(page, '#rescue-time');
      await press(page, 'End');
      await tabTo(page, '#rescue .chart__table summary');
      await press(page, 'Enter');
    },
    sentence: /^After 6 hours: Naloxone has worn off\. Breathing is normal or close to it\.$/,
  },
  {
    hash: '#/tolerance',
    id: 'tolerance',
    async walk(page) {
      await tabTo(page, '#tolerance-often-7');
      await press(page, 'ArrowDown'); // radio group: to "3 days a week"
      await tabTo(page, '#tolerance-day');
      await press(page, 'End');
      await tabTo(page, '#tolerance .chart__table summary');
      await press(page, 'Enter');
    },
    sentence: /^Day 30: it takes about 27 doses to feel what 1 did at first\. About 27 doses can make breathing life-threatening, and for some people, or with fentanyl, less is enough\. Their usual amount, 20 doses: Breathing is at about a third of normal\.$/,
  },
  {
    hash: '#/stopping-and-starting-again',
    id: 'restart',
    async walk(page) {
      await tabTo(page, '#restart-break-7');
      await press(page, 'ArrowDown'); // radio group: to "A month in detox, without medicine"
      await tabTo(page, '#restart .chart__table summary');
      await press(page, 'Enter');
    },
    sentence: /^28 days after they stop, the same amount as before: Breathing has almost stopped\. This is an overdose\.$/,
  },
  {
    hash: '#/withdrawal',
    id: 'withdrawal',
    async walk(page) {
      await tabTo(page, '#withdrawal-short');
      await press(page, 'ArrowDown'); // radio group: to "Methadone"
      await tabTo(page, '#withdrawal-time');
      await press(page, 'ArrowRight', 8); // 36 h → 84 h
      await tabTo(page, '#withdrawal .chart__table summary');
      await press(page, 'Enter');
    },
    sentence: /^3 days after the last dose: Withdrawal is usually at its worst: the early signs, plus stomach cramps, diarrhea, nausea, vomiting, goose bumps and wide pupils\.$/,
  },
];


/**
 * A reader's answers for each check, by question id; a question not listed is skipped with the
 * Skip button when it is alone on its screen, else left unanswered. `yes`/`no` are chosen with
 * Space and the arrow keys, a ruler's value with the arrow keys.
 */
export const CHECK_WALKS = [
  {
    slug: 'signs',
    answers: { 'signs-0': 'yes', 'signs-1': 'yes', 'signs-2': 'no', 'signs-4': 'yes', 'signs-10': 'yes', 'signs-11': 'no' },
    headline: /^You answered yes to 2 of the 9 signs that count when opioids are taken as prescribed\.$/,
    file: [/- Did you often take more opioids, or take them for longer, than you planned\? — Yes/, /Clinicians set 2 of the 11 signs aside/, /You said yes to 1 of those 2\./, /mild \(2 or 3 signs\)/],
  },
  {
    slug: 'safer',
    answers: { 'safer-0': 'yes', 'safer-1': 'no', 'safer-2': 'yes', 'safer-5': 'no' },
    headline: /^Steps for what you told us$/,
    file: [/Try not to take opioids alone/, /Never Use Alone: neverusealone\.com/, /Start with much less/, /Get naloxone \(Narcan\)\./],
  },
  {
    slug: 'ready',
    answers: { 'ready-0': 6, 'ready-1': 3 },
    headline: /^Take a small step\.$/,
    file: [/Why a 6 and not a 4\?/, /What would it take to get from 3 to 4\?/],
  },
];

/** Sets one question's answer by keyboard: focus the control with Tab, then keys. */
export async function answerByKeyboard(page, id, value) {
  if (typeof value === 'number') {
    await tabTo(page, `#${id}`);
    await press(page, 'Home');
    await press(page, 'ArrowRight', value);
    return;
  }
  await tabTo(page, `input[name="${id}"]`);
  // Tab lands on the group's first radio ("Yes"); Space chooses it, ArrowDown moves to "No" and chooses it.
  await press(page, value === 'yes' ? SPACE : 'ArrowDown');
}

/**
 * Walks a check from its intro to its result by keyboard alone, checking after each step that
 * focus went to the new screen's heading. `onScreen` runs at each state (axe, screenshots).
 * Returns every URL the page showed.
 */
export async function walkCheck(page, walk, onScreen = async () => {}) {
  const urls = [page.url()];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) urls.push(f.url()); });
  await onScreen('intro');
  await tabTo(page, '.check button.button--primary');
  await press(page, 'Enter');
  for (let screen = 1; screen < 20; screen += 1) {
    await page.waitForFunction(() => document.activeElement?.id === 'check-step');
    if (await page.$('.summary')) break;
    const ids = await page.$$eval('.check fieldset legend', (ls) => ls.map((l) => l.id.replace(/-q$/, '')));
    const answered = ids.filter((id) => id in walk.answers);
    for (const id of answered) await answerByKeyboard(page, id, walk.answers[id]);
    await onScreen(`screen-${screen}`);
    const label = answered.length === 0 && ids.length === 1 ? 'Skip this question' : null;
    await tabTo(page, label ? '.check__actions button.button--quiet' : '.check__actions button.button--primary');
    await press(page, 'Enter');
  }
  await page.waitForSelector('.summary');
  await onScreen('result');
  return urls;
}

/** What is wrong with the simulation's `.fit` boxes (none, if right): each must be contained, as
 * tall as its one child (in CSS pixels, to Chromium's 64th of a pixel) and a relayout boundary by
 * Chromium's rules: its parent neither a grid nor a flex box, and no `<select>` inside. So must
 * the parent of each SVG that a step redraws (the chart's marker, the receptor picture). */
export const unfitted = (page, id) => page.$eval(`#${id}`, (sim) => {
  const css = (e) => getComputedStyle(e);
  const inRow = (e) => /grid|flex/.test(css(e.parentElement).display);
  const name = (e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
  const wrong = [];
  const boxes = [...sim.querySelectorAll('.fit')];
  if (boxes.length === 0) wrong.push('no .fit box');
  for (const box of boxes) {
    const child = box.firstElementChild;
    if (!child || box.children.length !== 1) { wrong.push(`${name(box)}: not one child`); continue; }
    if (!/size/.test(css(box).contain) || !/layout/.test(css(box).contain)) wrong.push(`${name(box)}: contain is "${css(box).contain}"`);
    const off = parseFloat(css(box).height) - parseFloat(css(child).height);
    if (Math.abs(off) > 0.02) wrong.push(`${name(box)}: ${css(box).height} for a child of ${css(child).height}`);
    if (inRow(box)) wrong.push(`${name(box)}: in a ${css(box.parentElement).display}`);
    if (box.querySelector('select')) wrong.push(`${name(box)}: holds a select`);
  }
  for (const svg of sim.querySelectorAll('.chart__mark > svg, svg.synapse')) {
    if (inRow(svg)) wrong.push(`${name(svg)}: in a ${css(svg.parentElement).display}`);
  }
  return wrong;
});

/** Reads `read()` until `ok` holds of it, every 100 ms for at most `tries` times; gives the last
 * reading (polled by hand: the two libraries' waitForFunction take their arguments in different
 * orders). */
export async function until(read, ok, tries = 50) {
  let seen = await read();
  for (let i = 1; i < tries && !ok(seen); i += 1) {
    await new Promise((done) => { setTimeout(done, 100); });
    seen = await read();
  }
  return seen;
}

/**
 * After a simulation's walk: its sentence is shown, its boxes fitted, its picture right, and the
 * live region says the same once the controls are still (each polled with `until`).
 */
export async function assertSimState(page, sim, where) {
  const shown = await page.$eval(`#${sim.id}-describe`, (e) => e.innerText);
  assert.match(shown, sim.sentence, where);
  // Fitted after layout, before the next paint (a ResizeObserver): polled.
  const wrong = await until(() => unfitted(page, sim.id), (w) => w.length === 0);
  assert.deepEqual(wrong, [], `${where}: the boxes a step changes`);
  if (sim.picture) {
    // Polled, like the live region below: one CI run read every blocker with round corners (rx
    // 9px, the attribute, not the style sheet's 0) though its kind was already "blocker"; not
    // reproduced here in many runs. A picture that never gets right still fails.
    const drawn = await until(() => sim.picture(page), (d) => JSON.stringify(d) === JSON.stringify(sim.shows));
    assert.deepEqual(drawn, sim.shows, `${where}: the picture`);
  }
  // Announced once the controls have been still a while: polled until it says what is shown, as
  // an earlier state's sentence may still be there (a slow walk lets one through mid-way).
  const said = await until(() => page.$eval(`#${sim.id} [role="status"]`, (e) => e.innerText), (t) => t === shown);
  assert.equal(said, shown, `${where}: the live region says what the reader sees`);
}

/** What presenter mode shows now: the step counter, the address, how many steps are visible, the
 * size its body text is drawn at (the title step's lead), and whether the page scrolls either way. */
export const presenterState = (page) => page.evaluate(() => {
  const steps = [...document.querySelectorAll('.chapter > header, .chapter [id^="step-"]')];
  const shown = steps.filter((s) => s.checkVisibility());
  // The body text's size as drawn: its computed size times every zoom above it.
  let zoom = 1;
  for (let e = shown[0]; e; e = e.parentElement) zoom *= parseFloat(getComputedStyle(e).zoom) || 1;
  const p = shown[0]?.querySelector(':scope > p:not(.progress), li');
  return {
    count: document.querySelector('.presenter__count')?.textContent,
    hash: location.hash,
    shown: shown.length,
    hidden: steps.filter((s) => s.hidden).length,
    sim: shown[0]?.querySelector('.sim') !== null,
    text: p ? parseFloat(getComputedStyle(p).fontSize) * zoom : null,
    scrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
    history: history.length,
    focus: document.activeElement?.id,
  };
});

/**
 * The tolerance chapter's knowledge check answered by keyboard alone: the option chosen for each
 * question (0 = the first), what its live region must then say (the third answer is wrong, so it
 * also gives the right one), and the score.
 */
export const QUIZ_WALK = {
  hash: '#/tolerance',
  answers: [0, 0, 1, 1],
  said: [
    /^Right\. Cells tag the receptors, block their signal and pull some inside, so the same amount sends a weaker signal\./,
    /^Right\. Tolerance to slowed breathing grows less than tolerance to the high\./,
    /^Not quite\. These are the effects that tolerance grows to the most\.(.|\n)*The answer: Pinpoint pupils and constipation\s+Tolerance does not grow the same for every effect\. These two often stay\./,
    /^Right\. The body learns to expect a drug where it is usually taken\./,
  ],
  score: '3 of 4 right.',
};

/**
 * The same walks on the Spanish build: the same keys reach the same states, which must then
 * read in Spanish (each sentence the Spanish words of its English one).
 */
const SIM_SENTENCES_ES = {
  receptors: /^Alrededor de 1 de cada 10 receptores están encendidos\. Alrededor de 8 de cada 10 receptores están bloqueados, así que nada los puede encender\. Mucho alivio del dolor\. La respiración está en más o menos la mitad de lo normal\. Para algunas personas, o con fentanilo, basta con menos\.$/,
  reward: /^El opioide calma a las neuronas del freno\. Sin el freno, la neurona de dopamina se dispara mucho más rápido\.$/,
  rescue: /^A las 6 horas: la naloxona ya se pasó\. La respiración es normal o casi\.$/,
  tolerance: /^Día 30: hacen falta alrededor de 27 dosis para sentir lo que hizo 1 al principio\. Alrededor de 27 dosis pueden poner la respiración en peligro de muerte, y para algunas personas, o con fentanilo, basta con menos\. Consumen sus 20 dosis de siempre\. La respiración está en más o menos un tercio de lo normal\.$/,
  restart: /^Vuelven a tomar la misma cantidad que antes 28 días después de dejarlo\. La respiración casi se detuvo\. Esto es una sobredosis\.$/,
  withdrawal: /^Han pasado 3 días desde la última dosis\. La abstinencia suele estar en lo peor: las primeras señales, más cólicos de estómago, diarrea, náuseas, vómitos, piel de gallina y pupilas grandes\.$/,
};
export const SIM_WALKS_ES = SIM_WALKS.map((sim) => ({ ...sim, sentence: SIM_SENTENCES_ES[sim.id] }));

const CHECK_RESULTS_ES = {
  signs: {
    headline: /^Respondió que sí a 2 de las 9 señales que cuentan cuando los opioides se toman como se recetaron\.$/,
    file: [/- ¿A menudo tomó más opioides, o los tomó por más tiempo, de lo que planeaba\? — Sí/, /Los profesionales dejan a un lado 2 de las 11 señales/, /Dijo que sí a 1 de esas 2\./, /leve \(2 o 3 señales\)/],
  },
  safer: {
    headline: /^Pasos para lo que nos dijo$/,
    file: [/Trate de no tomar opioides a solas/, /Never Use Alone \(en inglés\): neverusealone\.com/, /Empiece con mucho menos/, /Consiga naloxona \(Narcan\)\./],
  },
  ready: {
    headline: /^Dé un paso pequeño\.$/,
    file: [/¿Por qué un 6 y no un 4\?/, /¿Qué haría falta para pasar de 3 a 4\?/],
  },
};
export const CHECK_WALKS_ES = CHECK_WALKS.map((walk) => ({ ...walk, ...CHECK_RESULTS_ES[walk.slug] }));

export const QUIZ_WALK_ES = {
  ...QUIZ_WALK,
  chooseFirst: 'Primero elija una respuesta.',
  said: [
    /^Correcto\. Las células marcan los receptores, bloquean su señal y meten algunos adentro, así que la misma cantidad envía una señal más débil\./,
    /^Correcto\. La tolerancia a la respiración lenta crece menos que la tolerancia a la euforia\./,
    /^No del todo\. A estos efectos es a los que más crece la tolerancia\.(.|\n)*La respuesta: Las pupilas muy pequeñas y el estreñimiento\s+La tolerancia no crece igual para cada efecto\. Estos dos a menudo siguen\./,
    /^Correcto\. El cuerpo aprende a esperar una droga donde se suele tomar\./,
  ],
  score: '3 de 4 correctas.',
};

/** A live region's text once it has some (polled: the two libraries' waitForFunction differ). */
async function saidIn(page, selector) {
  return until(() => page.$eval(selector, (e) => e.innerText.trim()), (t) => t !== '');
}

/**
 * Walks `walk` by keyboard: "Check my answer" with nothing chosen first, then each question's
 * option (Tab to its radios, Space or the arrow keys) and its check (Tab, Enter), asserting what
 * each live region says; `onState` runs after each (axe, screenshots). Returns the score's words.
 */
export async function walkQuiz(page, walk, onState = async () => {}) {
  const question = (q) => `.quiz fieldset:nth-of-type(${q + 1})`;
  for (const [q, option] of walk.answers.entries()) {
    if (q === 0) {
      // Past the radios (Tab does not choose one) to "Check my answer": it asks for a choice.
      await tabTo(page, `${question(0)} button`);
      await press(page, 'Enter');
      assert.equal(await saidIn(page, `${question(0)} [role="status"]`), walk.chooseFirst ?? 'Choose an answer first.');
      // Back to the radios with Shift+Tab (no wrapping round the page: Firefox would leave it).
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      assert.equal(await page.evaluate(() => document.activeElement?.name), 'quiz-0');
    } else {
      await tabTo(page, `input[name="quiz-${q}"]`);
    }
    if (option === 0) await press(page, SPACE);
    else await press(page, 'ArrowDown', option);
    await tabTo(page, `${question(q)} button`);
    await press(page, 'Enter');
    await page.waitForSelector(`${question(q)} .quiz__why[data-right]`);
    assert.match(await saidIn(page, `${question(q)} [role="status"]`), walk.said[q], `question ${q + 1}`);
    await onState(`question-${q + 1}`);
  }
  return saidIn(page, '.quiz__score');
}
