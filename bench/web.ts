import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { launchDashboard } from '../e2e/server';

/**
 * npm run bench:web [-- --url http://host:port --runs N --pages /overview,/budget]: opens pages of the built
 * dashboard in headless Chromium, each time in a fresh browser context (empty cache, no account, 1440×900), and
 * reports per page the median over N loads of:
 * - lcp_ms: largest contentful paint (PerformanceObserver, `largest-contentful-paint`, buffered), and its element;
 * - fcp_ms: first contentful paint;
 * - js_kb: JavaScript transferred (compressed bytes on the wire, headers included, Chrome DevTools Protocol
 *   `Network.loadingFinished`) by the initial load, i.e. until the network is idle without scrolling;
 * - js_after_scroll_kb: the same once the page was scrolled to its end (what deferred charts add).
 * Without --url it starts the dashboard as `npm start` does (building it if its sources changed) on a throw-away
 * embedded database holding the demo city at scale 1, and stops it at the end. Writes bench/web-results.json.
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '5' },
    pages: { type: 'string', default: '/,/budget,/fluids,/commerce,/quartiers' },
    query: { type: 'string', default: 'commune=59350&year=2025' },
  },
});
const runs = Number(values.runs);
const targets = values.pages!.split(',').map((p) => p.trim());

interface Load {
  lcp_ms: number;
  lcp_element: string;
  fcp_ms: number;
  js_kb: number;
  js_files: number;
  js_after_scroll_kb: number;
}

const dashboard = values.url ? { url: values.url.replace(/\/$/, ''), stop: async () => {} } : await launchDashboard(1);
const browser = await launchChromium();
try {
  // one warm-up load: the server's first answers (query plans, materialized views read from disk) are not the page's
  await measure(browser, `${dashboard.url}/?${values.query}`);
  const results = [];
  for (const target of targets) {
    const loads: Load[] = [];
    for (let run = 0; run < runs; run++)
      loads.push(await measure(browser, `${dashboard.url}${target}?${values.query}`));
    results.push({
      page: target,
      lcp_ms: median(loads.map((l) => l.lcp_ms)),
      lcp_element: loads[0].lcp_element,
      fcp_ms: median(loads.map((l) => l.fcp_ms)),
      js_kb: median(loads.map((l) => l.js_kb)),
      js_files: median(loads.map((l) => l.js_files)),
      js_after_scroll_kb: median(loads.map((l) => l.js_after_scroll_kb)),
    });
  }
  // timings depend on what else the machine does: the load average is kept beside them
  const load = os.loadavg().map((value) => Math.round(value * 10) / 10);
  const report = {
    date: new Date().toISOString(),
    runs,
    viewport: '1440x900',
    machine: `${os.cpus().length} cores`,
    load_average_1_5_15_min: load,
    pages: results,
  };
  fs.writeFileSync(path.join(import.meta.dirname, 'web-results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table(results);
  console.log(`Machine: ${os.cpus().length} cores, load average ${load.join(' / ')} (1, 5, 15 min).`);
  console.log('Written to bench/web-results.json');
} finally {
  await browser.close();
  await dashboard.stop();
}

async function measure(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const bytes = await countScriptBytes(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: { time: number; element: string } };
    w.__lcp = { time: 0, element: '' };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
        const element = entry.element;
        w.__lcp = {
          time: entry.startTime,
          element: element
            ? `${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).split(' ')[0] : ''}`
            : '',
        };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  if (!response?.ok() || bytes.total().files === 0)
    throw new Error(`${url} did not load the dashboard (HTTP ${response?.status()}): is it built and running?`);
  // LCP is final at the first input; reading it after network idle is what a visitor who waits would see
  const paint = await page.evaluate(() => ({
    lcp: (window as unknown as { __lcp: { time: number; element: string } }).__lcp,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  }));
  const initial = bytes.total();
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const afterScroll = bytes.total();
  await context.close();
  return {
    lcp_ms: Math.round(paint.lcp.time),
    lcp_element: paint.lcp.element,
    fcp_ms: Math.round(paint.fcp),
    js_kb: round(initial.bytes / 1000),
    js_files: initial.files,
    js_after_scroll_kb: round(afterScroll.bytes / 1000),
  };
}

/** Bytes on the wire of every script response, as Chromium's network panel counts them. */
async function countScriptBytes(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Set<string>();
  const sizes = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (scripts.has(event.requestId)) sizes.set(event.requestId, event.encodedDataLength);
  });
  return {
    total: () => ({ bytes: [...sizes.values()].reduce((a, b) => a + b, 0), files: sizes.size }),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
