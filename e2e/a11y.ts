/**
 * Accessibility check with axe-core: a spec fails on any violation of impact
 * "serious" or "critical" anywhere on the page, and prints each one (rule, help,
 * the first elements it names) so the failure says what to fix.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** @param where words naming the page state, for the failure message */
export async function expectNoSeriousA11yViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`).join('; ')}`);
  if (lines.length) console.log(`axe, ${where}:\n  ${lines.join('\n  ')}`);
  expect(lines, `axe: serious or critical violations at ${where}`).toEqual([]);
}
