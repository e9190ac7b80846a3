/**
 * A build plugin that gives the top-level factory calls of bundled library files a pure
 * annotation, so that the bundler drops those whose result nothing reads. Only for files
 * whose top-level initializers are known to have no side effects: vite.config.ts applies it
 * to d3's one-file bundles, whose packages declare `"sideEffects": false`.
 */
import type { Plugin } from 'vite';

/**
 * `var name = (function …` or `var name = callee(` at the very start of a line: a top-level
 * initializer in a formatted bundle (nested code is indented). `new` and literals are left.
 */
const TOP_LEVEL_CALL = /^((?:var|let|const) [\w$]+ = )(?=\(function\b|[\w$]+\()/gm;

export function markPure(code: string): string {
  return code.replace(TOP_LEVEL_CALL, '$1/* @__PURE__ */ ');
}

export function pureTopLevelCalls(files: RegExp): Plugin {
  return {
    name: 'pure-top-level-calls',
    apply: 'build',
    transform(code, id) {
      // No line is added: a source map stays right but for columns within the marked lines.
      return files.test(id) ? { code: markPure(code), map: null } : undefined;
    },
  };
}
