/*
 * No user-visible words outside the catalogs (src/i18n/<language>/). Every
 * source file of the app is parsed, and any text a person could see is
 * reported with its place: words between JSX tags, words in an attribute that
 * is read out or shown (aria-label, title, placeholder, alt…), and any other
 * string that reads as words (two words or more). Left alone: the catalogs;
 * the letters (they stay in English by design: each shows its explanation from
 * the catalog); the sample bill's data (a US hospital prints its bill in
 * English; the sample case's name comes from the catalog); the sources of the
 * rules (citations of law and agency pages, quoted as published); text for
 * developers (errors thrown, console); attribute values nobody sees (class
 * names, ids, types); and the few texts in KEPT_IN_ENGLISH, each with its
 * reason. The browser suite checks the running app the same way
 * (test/e2e/catalogs.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['src', 'machines'];
const LEFT_ALONE = [/^src\/i18n\//, /^src\/domain\/letters\//, /^src\/domain\/sampleBill\.ts$/];

/** Texts kept in English on purpose, by file, with the reason. */
const KEPT_IN_ENGLISH: Record<string, { text: string; because: string }[]> = {
  'src/domain/caseFile.ts': [{ text: 'the file', because: "the format check's details (CONTRACT.md: parseCaseFile's errors), shown under lang=\"en\" after a summary in the chosen language" }],
};

/** Attributes a person sees or hears. */
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Calls whose strings are for developers or the browser, not for people. */
const NOT_SHOWN_CALLS = /^(console\.\w+|performance\.\w+|\w+\.querySelector(All)?|\w+\.closest|matchMedia|window\.matchMedia|\w+\.addEventListener|\w+\.removeEventListener|\w+\.createElement|\w+\.getItem|\w+\.setItem|structuredClone|describe|it|test|\w+\.mark)$/;

const WORDS = /[A-Za-z]{2,}[^A-Za-z\n]*\s[^A-Za-z\n]*[A-Za-z]{2,}/;
const LETTERS = /[A-Za-z]{2,}/;

type Found = { place: string; text: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

function calleeName(node: any): string {
  if (node?.type === 'Identifier') return node.name;
  if (node?.type === 'MemberExpression') return `${calleeName(node.object)}.${node.property?.name ?? ''}`;
  return '';
}

function userText(path: string): Found[] {
  const code = readFileSync(join(ROOT, path), 'utf8');
  const ast = parseAst(code, { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' }) as any;
  const lineOf = (offset: number) => code.slice(0, offset).split('\n').length;
  const found: Found[] = [];
  const report = (node: any, text: string) => found.push({ place: `${path}:${lineOf(node.start)}`, text: text.trim() });

  function visit(node: any, parent: any, key: string): void {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent, key));
    switch (node.type) {
      case 'ImportDeclaration': case 'ExportAllDeclaration': case 'ImportExpression':
      case 'TSLiteralType': case 'TSTypeAnnotation': case 'TSTypeAliasDeclaration': case 'TSInterfaceDeclaration':
        return;
      case 'ThrowStatement':
        return;
      case 'CallExpression': case 'NewExpression':
        if (NOT_SHOWN_CALLS.test(calleeName(node.callee)) || (node.type === 'NewExpression' && /Error$/.test(calleeName(node.callee)))) return;
        break;
      case 'JSXAttribute': {
        const name = node.name?.name;
        const attribute = typeof name === 'string' ? name : `${name?.namespace?.name}:${name?.name?.name}`;
        if (!SHOWN_ATTRIBUTES.has(attribute)) return;
        if (node.value?.type === 'Literal' && typeof node.value.value === 'string' && LETTERS.test(node.value.value)) report(node, node.value.value);
        break;
      }
      case 'JSXText':
        if (LETTERS.test(node.value)) report(node, node.value);
        return;
      case 'Literal':
        if (typeof node.value === 'string' && WORDS.test(node.value) && !(parent?.type === 'Property' && key === 'key') && parent?.type !== 'JSXAttribute') report(node, node.value);
        return;
      case 'Property':
        // A rule's source: a citation, quoted as published.
        if (node.key?.name === 'source') return;
        break;
      case 'TemplateLiteral': {
        const text = node.quasis.map((quasi: any) => quasi.value.cooked ?? '').join('…');
        if (WORDS.test(text)) report(node, text);
        break;
      }
    }
    for (const [childKey, child] of Object.entries(node)) {
      if (childKey !== 'type' && childKey !== 'start' && childKey !== 'end') visit(child, node, childKey);
    }
  }
  visit(ast, undefined, '');
  return found;
}

describe('user-visible words', () => {
  const files = SCANNED.flatMap(sourceFiles).filter((path) => !LEFT_ALONE.some((pattern) => pattern.test(path)));

  it('scans the app', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('are all in the catalogs', () => {
    const kept = (place: string, text: string) => (KEPT_IN_ENGLISH[place.replace(/:\d+$/, '')] ?? []).some((each) => each.text === text);
    const outside = files.flatMap(userText).filter(({ place, text }) => !kept(place, text)).map(({ place, text }) => `${place}  ${JSON.stringify(text.slice(0, 80))}`);
    expect(outside, `Words outside src/i18n:\n${outside.join('\n')}`).toEqual([]);
  });
});

export { userText };
