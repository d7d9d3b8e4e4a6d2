/**
 * Which Chromium the end-to-end tests and `npm run bench` launch, and how: Debian's
 * where present (Playwright cannot download its own browser on these machines),
 * else Playwright's own (`npx playwright install chromium`), or `CHROMIUM_PATH`.
 * The flags work headless on a machine without a GPU (DESIGN 7).
 */
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumExecutablePath: string | undefined = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
