/**
 * The absolute http(s) URLs a build could fetch: every URL in `dist/` that is not in
 * a comment. JavaScript is parsed (TypeScript's parser reads plain JS), so a URL in
 * a licence comment is skipped while one in a string, where code could fetch it, is
 * kept; CSS and HTML lose their comments first; a binary file must hold no URL at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundUrl {
  /** The file, relative to the scanned folder. */
  file: string;
  url: string;
}

const URL_PATTERN = /https?:\/\/[^\s"'`<>()\\]+/g;
const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt', '.map']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The text of every string and template literal of a script (what code could use), comments left out. */
function scriptStrings(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      out.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The URLs in one text, trailing punctuation of a sentence dropped. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

/**
 * Every absolute URL outside comments in the files under `dir`.
 * XML namespace declarations (`xmlns="http://www.w3.org/…"`) are names, not addresses, and are left out.
 */
export function urlsInBuild(dir: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const path of filesUnder(dir)) {
    const file = relative(dir, path);
    const ext = extname(path);
    if (!TEXT.has(ext)) {
      // A binary (wasm, images) has no business naming a host.
      if (/https?:\/\//.test(readFileSync(path).toString('latin1'))) found.push({ file, url: '(an http(s) address inside a binary file)' });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    let parts: string[];
    if (ext === '.js' || ext === '.mjs') parts = scriptStrings(text, path);
    else if (ext === '.css') parts = [text.replace(/\/\*[\s\S]*?\*\//g, '')];
    else if (ext === '.html' || ext === '.svg') parts = [text.replace(/<!--[\s\S]*?-->/g, '').replace(/\sxmlns(:\w+)?="[^"]*"/g, '')];
    else parts = [text];
    for (const part of parts) for (const url of urlsIn(part)) found.push({ file, url });
  }
  return found;
}
