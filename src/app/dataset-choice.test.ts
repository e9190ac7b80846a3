import { describe, expect, it } from 'vitest';
import type { Manifest } from '../data/schema';
import { chooseDataset } from './dataset-choice';

const manifest: Manifest = {
  defaultDataset: 'real',
  datasets: [
    {
      id: 'real',
      title: 'SCO Beijing summit',
      file: 'real.json',
      version: '1.0.0',
      source: 'Press release',
    },
    {
      id: 'synthetic-10',
      title: 'Synthetic, 10 events',
      file: 'synthetic-10.json',
      version: '1',
      source: 'Generated',
    },
  ],
};

describe('chooseDataset', () => {
  it('opens the default without a parameter', () => {
    expect(chooseDataset(manifest, null)).toEqual({ entry: manifest.datasets[0], unknown: false });
  });

  it('opens the dataset a parameter names, by id or by title in any case', () => {
    expect(chooseDataset(manifest, 'synthetic-10').entry?.id).toBe('synthetic-10');
    expect(chooseDataset(manifest, 'SYNTHETIC, 10 EVENTS').entry?.id).toBe('synthetic-10');
  });

  it('falls back to the default, and says so, for a name it does not know', () => {
    expect(chooseDataset(manifest, 'nope')).toEqual({ entry: manifest.datasets[0], unknown: true });
  });
});
