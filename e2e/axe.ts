import path from 'node:path';
import type { Page } from 'playwright-core';

const repo = path.resolve(import.meta.dirname, '..');

/** WCAG 2.1 A/AA rules, as RGAA 4 asks; impacts that fail the scan. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical WCAG violations of the page as it is now, one line each (empty: none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: path.join(repo, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (
          window as unknown as {
            axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
          }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags } })
      ).violations,
    AXE_TAGS,
  );
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
}
