/*
 * axe-core in the page: the rules for WCAG 2.0, 2.1 and 2.2 at levels A and
 * AA, and axe's best practices. The script is run through the browser's
 * devtools protocol, so the page's Content-Security-Policy (no inline scripts)
 * stays as it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Violation = { id: string; help: string; nodes: { target: string[] }[] };

/** Every rule the page breaks now, one line each with where (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } };
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, AXE_TAGS);
  return violations.map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
