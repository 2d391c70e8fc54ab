import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const clientDir = path.resolve(import.meta.dirname, '../../../client/src');
const tokensFile = 'ui/tokens.css';

/**
 * Colour literals allowed outside the tokens file, as `file: literal`, each with its reason.
 * (The graph's Cytoscape styles are TypeScript and out of this check's scope.)
 */
const colourAllowList: string[] = [];

/** Declarations that only place or size a box: two rules sharing only these are not a copy. */
const layoutOnly =
  /^(display|position|inset|top|right|bottom|left|z-index|flex(-[\w-]+)?|align-[\w-]+|justify-[\w-]+|gap|row-gap|column-gap|grid(-[\w-]+)?|(min-|max-)?(width|height)|overflow(-[\w-]+)?|text-overflow|white-space|list-style|margin(-[\w-]+)?|padding(-[\w-]+)?)$/;

/** A rule as written: its file, the at-rules around it, its selector and its declarations. */
interface Rule {
  file: string;
  context: string;
  selector: string;
  declarations: string[];
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** Splits a stylesheet into rules (comments dropped; rules nested in at-rules keep them as context). */
function parseRules(file: string, css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  const open: { prelude: string; bodyStart: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '{') {
      open.push({ prelude: text.slice(start, i).trim().replace(/\s+/g, ' '), bodyStart: i + 1 });
      start = i + 1;
    } else if (char === '}') {
      const block = open.pop();
      if (!block) throw new Error(`${file}: unbalanced "}"`);
      const body = text.slice(block.bodyStart, i);
      if (!body.includes('{')) {
        rules.push({
          file,
          context: open.map((outer) => outer.prelude).join(' > '),
          selector: block.prelude,
          declarations: body
            .split(';')
            .map((declaration) => declaration.trim().replace(/\s+/g, ' '))
            .filter(Boolean),
        });
      }
      start = i + 1;
    } else if (char === ';' && open.length === 0) {
      start = i + 1;
    }
  }
  return rules;
}

function allRules(): Rule[] {
  return cssFiles(clientDir).flatMap((full) =>
    parseRules(path.relative(clientDir, full), readFileSync(full, 'utf8')),
  );
}

/** Groups values by key, keeping only the keys found in more than one file. */
function inSeveralFiles(entries: { key: string; file: string; where: string }[]): string[] {
  const byKey = new Map<string, { files: Set<string>; where: string[] }>();
  for (const { key, file, where } of entries) {
    const found = byKey.get(key) ?? { files: new Set(), where: [] };
    found.files.add(file);
    found.where.push(where);
    byKey.set(key, found);
  }
  return [...byKey.entries()]
    .filter(([, found]) => found.files.size > 1)
    .map(([key, found]) => `${key}\n    in ${found.where.join('\n    in ')}`);
}

describe('the client stylesheets', () => {
  const rules = allRules();

  it('when the stylesheets are read, then they hold rules (the parser sees them)', () => {
    expect(rules.length).toBeGreaterThan(300);
    expect(rules.some((rule) => rule.file === tokensFile && rule.selector === ':root')).toBe(true);
  });

  it('when a selector is styled, then one file holds its rule', () => {
    const repeated = inSeveralFiles(
      rules
        // Keyframe steps (0%, to…) are named by their @keyframes, which is the context.
        .filter((rule) => !rule.context.startsWith('@keyframes'))
        .map((rule) => ({
          key: `${rule.context} ${rule.selector}`.trim(),
          file: rule.file,
          where: rule.file,
        })),
    );
    expect(repeated).toEqual([]);
  });

  it('when a block of declarations is written, then no other file copies it', () => {
    const repeated = inSeveralFiles(
      rules
        .filter((rule) => rule.declarations.length >= 4)
        .filter((rule) =>
          rule.declarations.some(
            (declaration) => !layoutOnly.test(declaration.slice(0, declaration.indexOf(':'))),
          ),
        )
        .map((rule) => ({
          key: `${rule.context} { ${[...rule.declarations].sort().join('; ')} }`.trim(),
          file: rule.file,
          where: `${rule.file} ${rule.selector}`,
        })),
    );
    expect(repeated).toEqual([]);
  });

  it('when a colour is needed, then it comes from a token, not a literal', () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi;
    const found = cssFiles(clientDir)
      .filter((full) => path.relative(clientDir, full) !== tokensFile)
      .flatMap((full) => {
        const file = path.relative(clientDir, full);
        const text = readFileSync(full, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
        return [...text.matchAll(literal)].map((match) => `${file}: ${match[0]}`);
      })
      .filter((entry) => !colourAllowList.includes(entry));
    expect(found).toEqual([]);
  });
});
