/**
 * Offline: the production build loads nothing from outside its own origin (no web
 * fonts, no CDNs, no analytics), so it works in a workshop room without internet.
 *
 * 1. Live: every request to another host is aborted and recorded while both small
 *    scenarios run the whole lesson (`?run=1`); none may happen. The page, its
 *    worker and the wasm binaries are all seen by the same router, so the check
 *    covers them too. As a second net, Chromium resolves no host but the preview
 *    server's, so a request the router did not see would fail (and its console
 *    error would fail the spec).
 * 2. Static: `dist/` holds no absolute http(s) address that code could fetch. URLs
 *    in comments (licences) are skipped; the few left in strings are names or
 *    message text, listed below with the reason each is never fetched.
 */
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './chromium';
import { urlsInBuild } from './distUrls';
import { expect, test } from './fixtures';
import { LabPage } from './pages/LabPage';

test.use({ launchOptions: { executablePath: chromiumExecutablePath, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] } });

/** Addresses in the build that are never requested, and why. Anything else found fails the spec. */
const NOT_FETCHED: { url: RegExp; why: string }[] = [
  { url: /^http:\/\/www\.w3\.org\//, why: 'XML namespace names (SVG, XLink, MathML, XHTML) that React and recharts put on elements' },
  { url: /^https?:\/\/json-schema\.org\//, why: "zod's JSON Schema `$schema` identifiers" },
  { url: /^http:\/\/\[$/, why: 'zod checks an IPv6 address by parsing `http://[address]` with URL, locally' },
  { url: /^https:\/\/react\.dev\/errors\//, why: "text of React's minified error messages" },
  { url: /^https:\/\/(redux|redux-toolkit)\.js\.org\/Errors/, why: "text of Redux's minified error messages (recharts' store)" },
  { url: /^https:\/\/bit\.ly\/3cXEKWf$/, why: "text of Immer's minified error messages" },
  { url: /^https:\/\/react\.i18next\.com\//, why: 'text of a react-i18next warning' },
  { url: /^https:\/\/emscripten\.org\/docs\//, why: "text of a warning in tfjs' wasm loader" },
  { url: /^https:\/\/github\.com\/tensorflow\//, why: 'text of tfjs messages, and comments inside its WebGL shader sources' },
  { url: /^https:\/\/www\.shadertoy\.com\/view\//, why: 'a comment inside a tfjs WebGL shader source' },
  { url: /^https:\/\/arxiv\.org\/abs\//, why: 'a comment inside a tfjs WebGL shader source' },
];

test('the whole lesson runs with every other host blocked, worker and wasm included', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const blocked: string[] = [];
  const served: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (new URL(url).origin !== origin) {
      blocked.push(`${route.request().resourceType()} ${url}`);
      return route.abort('blockedbyclient');
    }
    served.push(url);
    return route.continue();
  });

  const lab = new LabPage(page);
  for (const scenario of ['video-e2e-small', 'shop-e2e-small']) {
    await lab.goto({ scenario, run: '1' });
    await expect(page.getByTestId('results-ready')).toBeVisible();
    await expect(lab.error).toHaveCount(0);
  }

  expect(blocked, 'requests to other hosts').toEqual([]);
  // The router saw the page's own files, the worker's script and the wasm binaries tfjs loads.
  const paths = served.map((u) => new URL(u).pathname);
  expect(paths.some((p) => /\/assets\/main-[\w-]+\.js$/.test(p))).toBe(true);
  expect(paths.some((p) => /\/assets\/trainingWorker-[\w-]+\.js$/.test(p))).toBe(true);
  expect(paths.some((p) => p.endsWith('.wasm'))).toBe(true);
  expect(paths.some((p) => p.endsWith('.css'))).toBe(true);
});

test('the build names no address it could fetch from another host', () => {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const found = urlsInBuild(dist);
  // The scan does see addresses: the namespaces of SVG charts at least.
  expect(found.some((f) => f.url.startsWith('http://www.w3.org/2000/svg'))).toBe(true);
  const unexplained = found.filter((f) => !NOT_FETCHED.some((n) => n.url.test(f.url))).map((f) => `${f.file}: ${f.url}`);
  expect(unexplained, 'absolute URLs in dist/ that code could fetch').toEqual([]);
});
