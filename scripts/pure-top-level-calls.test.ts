import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { markPure, pureTopLevelCalls } from './pure-top-level-calls';

const PURE = '/* @__PURE__ */ ';

describe('markPure', () => {
  it('marks top-level call and IIFE initializers', () => {
    const code = [
      'var bundle = (function custom(beta) {',
      '  return beta;',
      '})(0.85);',
      'const curveRadialLinear = curveRadial(curveLinear);',
      'let $x = f$1(2);',
    ].join('\n');
    expect(markPure(code).split('\n')).toEqual([
      `var bundle = ${PURE}(function custom(beta) {`,
      '  return beta;',
      '})(0.85);',
      `const curveRadialLinear = ${PURE}curveRadial(curveLinear);`,
      `let $x = ${PURE}f$1(2);`,
    ]);
  });

  it('leaves nested code, statements, constructors, literals and member calls alone', () => {
    const code = [
      '  var inner = f(1);',
      'define(Color, color, {});',
      'var sum = new Adder();',
      'var re = /a/g, n = 1;',
      'var slice = Array.prototype.slice;',
      'var half = Math.sqrt(2);',
      'x = f(1);',
    ].join('\n');
    expect(markPure(code)).toBe(code);
  });

  it('marks d3-shape’s curves, which the bundler otherwise keeps', () => {
    const require = createRequire(import.meta.url);
    const d3Shape = readFileSync(require.resolve('d3-shape'), 'utf8');
    const marked = markPure(d3Shape);
    expect(marked).toContain(`var curveRadialLinear = ${PURE}curveRadial(curveLinear);`);
    expect(marked).toMatch(/var bundle = \/\* @__PURE__ \*\/ \(function custom\(beta\)/);
    expect(marked.split('\n')).toHaveLength(d3Shape.split('\n').length);
  });
});

describe('pureTopLevelCalls', () => {
  const plugin = pureTopLevelCalls(/\/d3-[a-z]+\/dist\/[\w-]+\.mjs$/);
  const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined;

  it('transforms only the files it is given, and only when building', () => {
    expect(plugin.apply).toBe('build');
    expect(transform('var a = f(1);', '/app/node_modules/d3-shape/dist/d3-shape.mjs')?.code).toBe(
      `var a = ${PURE}f(1);`,
    );
    expect(transform('var a = f(1);', '/app/src/main.tsx')).toBeUndefined();
  });
});
