import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One rule broken on the page, with where. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it is now against WCAG 2.2 A and AA, and answers the serious and
 * critical findings, one line each, for a test to expect empty. axe is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy rightly does not let a <script> do.
 */
export async function seriousAccessibilityFindings(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const findings = await page.evaluate(async () => {
    const results = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return (results.violations as any[]).map((violation) => ({
      rule: violation.id as string,
      impact: violation.impact as string,
      help: violation.help as string,
      targets: (violation.nodes as any[])
        .slice(0, 4)
        .map((node) => `${String(node.target)} (${String(node.any?.[0]?.message ?? '')})`),
    }));
  });
  return findings
    .filter((finding: AxeFinding) => finding.impact === 'serious' || finding.impact === 'critical')
    .map((f: AxeFinding) => `${f.rule} (${f.impact}): ${f.help} at ${f.targets.join(' | ')}`);
}
