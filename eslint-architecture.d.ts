import type { Linter } from 'eslint';

/** The layers of src/, lowest first (see eslint-architecture.js). */
export const LAYERS: readonly string[];
/** The feature folders under `<base>/src/features`. */
export function featuresOf(base: string): string[];
/** The flat-config entry that keeps the walls for the project at `base`. */
export function architecture(base: string): Linter.Config;
