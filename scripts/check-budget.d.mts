/** Types for scripts/check-budget.mjs (plain Node ESM), so its unit test type-checks. */
export declare const DEFAULT_BUDGET_KB: number;
export declare function entryAssets(
  html: string,
): { kind: 'script' | 'modulepreload' | 'stylesheet'; url: string }[];
export declare function staticImports(code: string): string[];
export declare function summarise(
  files: { file: string; raw: number; gzip: number }[],
  budgetKB: number,
  maxFiles?: number,
): {
  totalRaw: number;
  totalGzip: number;
  budgetBytes: number;
  over: boolean;
  tooManyFiles: boolean;
  biggest: { file: string; raw: number; gzip: number }[];
};
export declare function firstViewFiles(
  html: string,
  read: (path: string) => string,
  exists: (path: string) => boolean,
): string[];
export declare function lazyChunkProblems(
  builtFiles: string[],
  firstView: string[],
  names: string[],
): string[];
export declare function lazyImportNames(sources: { path: string; code: string }[]): string[];
