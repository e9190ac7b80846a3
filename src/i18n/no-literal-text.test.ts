/**
 * Fails when a component writes interface text outside the catalogs: JSX text, a string
 * literal rendered as a child, or a string literal in a prop that a reader or a screen reader
 * gets (aria-label, title, placeholder, alt, …). Move the text to `src/i18n/locales/*.po`
 * and call `t('id')` (see the README's "Translations").
 */


import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every component's code, by path (`/src/app/Header.tsx`); tests and test helpers aside. */
const COMPONENTS = import.meta.glob<string>(['/src/**/*.tsx', '!/src/**/*.test.tsx', '!/src/test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
/** Props whose value a person reads or hears. */
const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  // The term of a definition row (`<Fact term=…>`).
  'term',
]);
/** Keys of an object literal whose value a reader sees: a table of headings, a badge. */
const TEXT_KEYS = new Set(['heading', 'label', 'title', 'badge', 'caption', 'placeholder']);
/** Functions whose arguments a reader sees or hears. */
const TEXT_CALLS = new Set(['showInSource', 'announce', 'setError', 'setStatus', 'alert']);
/** A quoted message id: `roles.before`, `map.group.sco-body`. */
const MESSAGE_ID = /^[a-z][\w-]*(\.[\w-]+)+$/;
/** Inside a table of class names (`const HEADING_CLASS = { title: 'text-xl …' }`). */
const inClassTable = (node: ts.Node): boolean =>
  /class/i.test(ts.findAncestor(node, ts.isVariableDeclaration)?.name.getText() ?? '');
/** Text that is not language: punctuation, symbols, digits and spacing only. */
const NOT_LANGUAGE = /^[\s\p{P}\p{S}\d×·…–—]*$/u;

export interface LiteralText {
  file: string;
  line: number;
  text: string;
}

/** Every piece of language written in a component file rather than taken from a catalog. */
export function literalTexts(fileName: string, code: string): LiteralText[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralText[] = [];
  const report = (node: ts.Node, text: string) => {
    const value = text.replace(/\s+/g, ' ').trim();
    if (NOT_LANGUAGE.test(value)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file: fileName, line: line + 1, text: value });
  };
  /** String literals that may end up as the value: `'a'`, `` `a ${b}` ``, `x ? 'a' : 'b'`, `a ?? 'b'`. */
  const reportValue = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
    } else if (ts.isConditionalExpression(node)) {
      reportValue(node.whenTrue);
      reportValue(node.whenFalse);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind !== ts.SyntaxKind.EqualsEqualsEqualsToken) {
      if (node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        reportValue(node.left);
        reportValue(node.right);
      } else if (
        node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        node.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
        node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
      ) {
        reportValue(node.right);
      }
    } else if (ts.isParenthesizedExpression(node)) reportValue(node.expression);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      reportValue(node.expression);
    } else if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) reportValue(init.expression);
    } else if (ts.isPropertyAssignment(node) && TEXT_KEYS.has(node.name.getText(source)) && !inClassTable(node)) {
      // A message id (`label: 'roles.before'`) is the catalog's, not text.
      if (!MESSAGE_ID.test(node.initializer.getText(source).slice(1, -1))) reportValue(node.initializer);
    } else if (ts.isCallExpression(node) && TEXT_CALLS.has(node.expression.getText(source))) {
      node.arguments.forEach(reportValue);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Components whose remaining text is not yet in the catalogs (the second pass of the
 * translation). Listed so the suite guards every other component now; the test fails when a
 * file here has no literal text left, so the list only shrinks.
 */
const NOT_YET_TRANSLATED = new Set<string>([
]);

describe('interface text', () => {
  it('finds JSX text, rendered literals and text props, and lets punctuation pass', () => {
    const code = `const a = <p title="Hello" aria-label={x ? 'Open' : 'Close'}>
      Some text {'more'} {t('id')} · – {n}
      <img alt={\`Map of \${name}\`} className="px-2" />
    </p>;
    const groups = [{ kind: 'sco-body', heading: 'SCO bodies' }, { badge: isNew ? 'new' : null }];
    showInSource(quote, \`\${name} representative\`); announce(t('done'));`;
    expect(literalTexts('x.tsx', code).map((f) => `${f.line}:${f.text}`)).toEqual([
      '1:Hello',
      '1:Open',
      '1:Close',
      '2:Some text',
      '2:more',
      '3:Map of',
      '5:SCO bodies',
      '5:new',
      '6:representative',
    ]);
  });

  it('is written only through the catalogs in every component', () => {
    expect(Object.keys(COMPONENTS).length).toBeGreaterThan(40);
    const all = Object.entries(COMPONENTS).flatMap(([path, code]) => literalTexts(path.slice(1), code));
    const found = all.filter((f) => !NOT_YET_TRANSLATED.has(f.file));
    const done = [...NOT_YET_TRANSLATED].filter((file) => !all.some((f) => f.file === file));
    expect(done, 'These files have no literal text left: remove them from NOT_YET_TRANSLATED').toEqual([]);
    const report = found.map((f) => `  ${f.file}:${f.line}  “${f.text}”`).join('\n');
    expect(
      found,
      `Interface text written in a component instead of a catalog (move it to src/i18n/locales/*.po ` +
        `and use t('id'); see README "Translations"):\n${report}\n`,
    ).toEqual([]);
  });
});
