/**
 * Shared fixtures for unit tests: the real dataset, validated once, and its derived index
 * and vocabulary. Tests that need to break the data take a deep copy with `cloneDataset()`.
 */
import rawDataset from '../../public/data/sco-2012-beijing.json';
import { indexDataset, type DatasetIndex } from '../data/dataset-index';
import type { CompleteDataset } from '../data/schema';
import { formatProblem } from '../data/problem';
import { validateDataset } from '../data/validate';
import { vocabularyOf } from '../state/vocabulary';
import type { Vocabulary } from '../state/view-state';

/** The dataset file exactly as it is stored, before validation (for tests that break it). */
export const rawDatasetJson: unknown = rawDataset;

function loadRealDataset(): CompleteDataset {
  const result = validateDataset(rawDataset);
  if (!result.ok) {
    throw new Error(
      `public/data/sco-2012-beijing.json is invalid:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  }
  return result.value as CompleteDataset;
}

export const realDataset: CompleteDataset = loadRealDataset();
export const realIndex: DatasetIndex = indexDataset(realDataset);
export const realVocabulary: Vocabulary = vocabularyOf(realIndex);

/** A deep copy of the real dataset, safe to mutate. */
export function cloneDataset(): CompleteDataset {
  return structuredClone(realDataset);
}
