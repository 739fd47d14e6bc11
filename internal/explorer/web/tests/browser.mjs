// Browser checks of the explorer (and the playground) in headless Chromium,
// driven by playwright-core. Run by browser_test.go:
//
//   node tests/browser.mjs SCENARIO BASE_URL SCREENSHOT_DIR [ACTOR]
//
// SCENARIO is samples (our own articles), seed (the seed article) or bbc
// (the BBC corpus: first-paint timing). Each check prints one JSON line
// {"check", "ok", "detail"}, each measurement {"metric", "value", "unit"};
// the exit status is 1 when a check failed. Every request the pages make
// is recorded: anything not on 127.0.0.1 (or data:/blob:) fails the run,
// and is blocked so it never leaves the machine.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [scenario, base, shots, actorArg] = process.argv.slice(2);
if (!scenario || !base || !shots) {
  console.error('usage: node tests/browser.mjs samples|seed|bbc BASE_URL SCREENSHOT_DIR [ACTOR]');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

let failed = false;
function check(name, ok, detail = '') {
  if (!ok) failed = true;
  console.log(JSON.stringify({ check: name, ok: !!ok, detail: String(detail) }));
}
function metric(name, value, unit = 'ms') {
  console.log(JSON.stringify({ metric: name, value: Math.round(value * 10) / 10, unit }));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // The flags this machine's Chromium needs (no sandbox as root, no
  // background traffic); playwright adds --headless and a fresh profile.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
const requests = [];
const outside = [];
await context.route('**/*', (route) => {
  const u = new URL(route.request().url());
  requests.push(u.href);
  if ((u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') && u.hostname !== '127.0.0.1') {
    outside.push(u.href);
    return route.abort('blockedbyclient');
  }
  return route.continue();
});
const errors = [];
context.on('weberror', (e) => errors.push(e.error().message));

const page = await context.newPage();
page.on('console', (m) => {
  if (m.type() === 'error') errors.push(m.text());
});

// ready waits until the page has settled in a state (ready, empty, error).
async function settled(timeout = 20000) {
  await page.waitForFunction(() => document.querySelector('main')?.dataset.state !== 'loading', null, { timeout });
  return page.evaluate(() => document.querySelector('main').dataset.state);
}

async function shot(name, fullPage = false) {
  await page.screenshot({ path: path.join(shots, name), fullPage });
}

// clickEdge clicks the drawn edge between two actors where it is drawn.
async function clickEdge(a, b) {
  const pt = await page.evaluate(([a, b]) => {
    const cy = window.explorerGraph;
    const e = cy.edges().filter((e) => {
      const s = e.source().data('label');
      const t = e.target().data('label');
      return e.data('kind') === 'MET' && ((s === a && t === b) || (s === b && t === a));
    })[0];
    if (!e) return null;
    const m = e.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + m.x, y: box.top + m.y };
  }, [a, b]);
  if (!pt) return false;
  await page.mouse.click(pt.x, pt.y);
  return true;
}

async function paintTimes(url) {
  await page.goto('about:blank');
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const state = await settled(60000);
  const t = await page.evaluate(() => {
    const p = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    const ready = performance.getEntriesByName('explorer-ready')[0]?.startTime ?? null;
    const nav = performance.getEntriesByType('navigation')[0];
    return { fp: p['first-paint'], fcp: p['first-contentful-paint'], ready, dcl: nav?.domContentLoadedEventEnd };
  });
  return { ...t, state, wall: Date.now() - t0 };
}

try {
  if (scenario === 'seed') {
    const url = `${base}/?actor=Vladimir%20Putin`;
    const t = await paintTimes(url);
    check('seed: deep link opens the actor', t.state === 'ready', `state ${t.state}`);
    metric('seed first-contentful-paint', t.fcp);
    metric('seed actor view ready', t.ready);
    const h2 = await page.textContent('#actor-name');
    check('seed: heading names Vladimir Putin', h2 === 'Vladimir Putin', h2);
    const cps = await page.locator('.counterparts .counterpart h4').allTextContents();
    check('seed: counterparts include Xi Jinping', cps.includes('Xi Jinping'), cps.join(', '));
    const beijing = page.locator('#facts .counterpart', { hasText: 'Xi Jinping' }).locator('.sentence', { hasText: 'Beijing' });
    check('seed: an evidence sentence of the Xi Jinping meeting names Beijing', (await beijing.count()) > 0);
    await shot('seed-putin.png');
    check('seed: the Putin–Xi edge is drawn and clicked', await clickEdge('Vladimir Putin', 'Xi Jinping'));
    await page.waitForSelector('#evidence .edge-panel', { timeout: 5000 });
    const title = await page.textContent('#evidence h3');
    check('seed: edge click shows the pair', /Vladimir Putin.*Xi Jinping|Xi Jinping.*Vladimir Putin/.test(title), title);
    const ev = await page.locator('#evidence .sentence', { hasText: 'Beijing' }).count();
    check('seed: edge evidence has the sentence naming Beijing', ev > 0, `${ev} sentence(s)`);
    const src = await page.locator('#evidence .source').first().textContent();
    check('seed: evidence names its article', /Putin|Beijing|China|Russia/.test(src ?? ''), src);
    await shot('seed-putin-edge.png');
    // Range filter through the URL.
    await page.goto(`${base}/?actor=Vladimir%20Putin&from=2024-01&to=2024-06`);
    check('seed: range deep link loads', (await settled()) === 'ready');
    check('seed: range inputs show the range', (await page.inputValue('#from')) === '2024-01' && (await page.inputValue('#to')) === '2024-06');
    await page.goto(`${base}/?actor=Vladimir%20Putin&from=2020-01&to=2020-02`);
    await settled();
    const none = await page.textContent('#status');
    check('seed: an empty range says what to do', /Widen or clear the date range/.test(none ?? ''), none);
    await page.goto(`${base}/playground`);
    await page.waitForSelector('.graphiql-container', { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    check('seed: the playground loads', true);
  } else if (scenario === 'bbc') {
    const actor = actorArg || 'Tony Blair';
    const url = `${base}/?actor=${encodeURIComponent(actor).replace(/\+/g, '%20')}`;
    // The first load runs in a cold browser (nothing compiled or cached);
    // three more show the page as a returning reader gets it.
    const cold = await paintTimes(url);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await paintTimes(url));
    check('bbc: the actor view loads', [cold, ...runs].every((r) => r.state === 'ready'), [cold, ...runs].map((r) => r.state).join(','));
    const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
    metric('bbc cold first-paint', cold.fp);
    metric('bbc cold first-contentful-paint', cold.fcp);
    metric('bbc cold actor view ready', cold.ready);
    metric('bbc warm first-paint (median of 3)', med('fp'));
    metric('bbc warm first-contentful-paint (median of 3)', med('fcp'));
    metric('bbc warm actor view ready (median of 3)', med('ready'));
    const nCounterparts = await page.locator('.counterparts .counterpart').count();
    metric('bbc counterparts listed', nCounterparts, 'actors');
    metric('bbc nodes drawn', await page.evaluate(() => window.explorerGraph.nodes().length), 'nodes');
    await shot('bbc.png');
    const welcome = await paintTimes(`${base}/`);
    metric('bbc welcome page first-contentful-paint', welcome.fcp);
    // The floor on this machine: a one-line page that loads nothing.
    await page.goto('data:text/html,<p>baseline</p>', { waitUntil: 'load' });
    await page.waitForTimeout(200);
    metric('baseline first-contentful-paint of a one-line page', await page.evaluate(() => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? -1));
  } else if (scenario === 'samples') {
    // Empty state: no actor.
    await page.goto(`${base}/`);
    check('welcome: settles in the empty state', (await settled()) === 'empty');
    const welcome = await page.textContent('#status');
    check('welcome: says what to do', /Search for a person, country or organization/.test(welcome ?? ''), welcome);
    // Search with suggestions, aliases included.
    await page.fill('#q', 'Solv');
    await page.waitForSelector('#suggestions [role=option]', { timeout: 5000 });
    const sugg = await page.locator('#suggestions [role=option]').allTextContents();
    check('search: suggests Ingrid Solvang', sugg.some((s) => s.includes('Ingrid Solvang')), sugg.join(' | '));
    check('search: shows aliases', sugg.some((s) => /also .*Solvang/.test(s)), sugg.join(' | '));
    await shot('samples-search.png');
    await page.keyboard.press('ArrowDown');
    check('search: arrow key marks an option', (await page.getAttribute('#q', 'aria-activedescendant')) === 'suggestion-0');
    await page.keyboard.press('Enter');
    check('search: Enter opens the actor', (await settled()) === 'ready');
    check('search: the URL follows', new URL(page.url()).searchParams.get('actor') === 'Ingrid Solvang', page.url());
    const cps = await page.locator('.counterparts .counterpart h4').allTextContents();
    check('samples: Solvang met Tomás Herrera', cps.includes('Tomás Herrera'), cps.join(', '));
    check('samples: the Oslo evidence is listed',
      (await page.locator('#facts .counterpart', { hasText: 'Tomás Herrera' }).locator('.sentence', { hasText: 'Oslo' }).count()) > 0);
    await shot('samples-actor.png', true);
    check('samples: the Solvang–Herrera edge is drawn and clicked', await clickEdge('Ingrid Solvang', 'Tomás Herrera'));
    await page.waitForSelector('#evidence .edge-panel', { timeout: 5000 });
    const evs = await page.locator('#evidence .sentence').allTextContents();
    check('samples: the edge shows its evidence sentences', evs.length >= 1, evs.join(' | '));
    await shot('samples-edge.png');
    // Expanding a node draws its links.
    const before = await page.evaluate(() => window.explorerGraph.nodes().length);
    const node = await page.evaluate(() => {
      const cy = window.explorerGraph;
      const n = cy.nodes().filter((n) => n.data('label') === 'Tomás Herrera')[0];
      const p = n.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(node.x, node.y);
    await page.waitForFunction(() => /added to the drawing|no new actor/.test(document.querySelector('#evidence')?.textContent ?? ''), null, { timeout: 5000 });
    const after = await page.evaluate(() => window.explorerGraph.nodes().length);
    check('samples: clicking a node expands it', after >= before, `${before} -> ${after} nodes`);
    // Keyboard: the list view's links are reachable and open an actor.
    const link = page.locator('.counterparts a.actor-link', { hasText: 'Tomás Herrera' });
    await link.focus();
    check('keyboard: a counterpart link takes focus', await link.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    check('keyboard: Enter on it opens that actor', (await settled()) === 'ready' && (await page.textContent('#actor-name')) === 'Tomás Herrera');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#actor-name')?.textContent === 'Ingrid Solvang', null, { timeout: 5000 });
    check('history: Back returns to the previous actor', new URL(page.url()).searchParams.get('actor') === 'Ingrid Solvang', page.url());
    // Range form updates the URL.
    await page.fill('#from', '2025-01');
    await page.fill('#to', '2025-12');
    await page.click('#range-form button[type=submit]');
    await settled();
    const u = new URL(page.url());
    check('range: the URL carries from and to', u.searchParams.get('from') === '2025-01' && u.searchParams.get('to') === '2025-12', page.url());
    await page.fill('#from', '2025-13');
    await page.click('#range-form button[type=submit]');
    check('range: a bad date is refused with a message', /not a date/.test((await page.textContent('#status')) ?? '') && (await page.getAttribute('#from', 'aria-invalid')) === 'true');
    // Error states.
    await page.goto(`${base}/?actor=Nobody%20Known%20At%20All`);
    check('error: unknown actor', (await settled()) === 'error' && /No actor named/.test((await page.textContent('#status')) ?? ''));
    await shot('samples-not-found.png');
    await page.goto(`${base}/?actor=Ingrid%20Solvang&from=nonsense`);
    check('error: bad date in the URL', (await settled()) === 'error');
    await page.route('**/graphql', (r) => r.abort('connectionrefused'));
    await page.goto(`${base}/?actor=Ingrid%20Solvang`);
    await settled();
    check('error: server down says what to do', /cannot be reached.*Try again/s.test((await page.textContent('#status')) ?? ''));
    await page.unroute('**/graphql');
    // Accessibility basics: every input is labelled; the graph says where its facts are.
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input')].filter((i) => !i.labels?.length && !i.getAttribute('aria-label')).map((i) => i.id));
    check('a11y: every input has a label', unlabelled.length === 0, unlabelled.join(','));
    // The exports download over HTTP.
    const exp = await page.request.get(`${base}/export?format=gexf&actor=Ingrid%20Solvang`);
    check('export: GEXF over HTTP', exp.status() === 200 && (await exp.text()).includes('Tomás Herrera'), exp.status());
    // The playground is offline too.
    await page.goto(`${base}/playground`);
    await page.waitForSelector('.graphiql-container', { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    check('playground: GraphiQL renders', true);
    await shot('playground.png');
  } else {
    check('scenario', false, `unknown scenario ${scenario}`);
  }
} catch (e) {
  check(`${scenario}: no unexpected error`, false, e?.stack ?? e);
}

check('offline: no request left 127.0.0.1', outside.length === 0, outside.length ? outside.join(' ') : `${requests.length} requests, all local`);
const real = errors.filter((m) => !/ERR_CONNECTION_REFUSED|net::ERR_FAILED|blockedbyclient|Failed to load resource/.test(m));
check('no script errors in the pages', real.length === 0, real.join(' | '));
await browser.close();
process.exit(failed ? 1 : 0);
