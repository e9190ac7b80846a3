// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/schema';
import { readOwnDataPipeline } from '../src/features/own-data/read-pipeline';
import { generateDataset } from './bench/synthetic-dataset';
import { datasetToCsv, TEMPLATE_COLUMNS } from './dataset-to-csv';

const DATA = resolve(import.meta.dirname, '../public/data');

describe('datasetToCsv', () => {
  it('wrote the committed example from the bundled dataset', () => {
    const bundled = JSON.parse(readFileSync(resolve(DATA, 'sco-2012-beijing.json'), 'utf8')) as Dataset;
    expect(readFileSync(resolve(DATA, 'own-chronology-example.csv'), 'utf8')).toBe(datasetToCsv(bundled));
  });

  it('has the template’s columns', () => {
    const template = readFileSync(resolve(DATA, 'own-chronology-template.csv'), 'utf8');
    expect(template.split('\n')[0]).toBe(TEMPLATE_COLUMNS.join(','));
  });

  it('gives a file the own-data reader reads back to the same meetings', async () => {
    const dataset = generateDataset({ events: 300, seed: 5 });
    const csv = datasetToCsv(dataset);
    const result = await readOwnDataPipeline({ kind: 'files', files: [new File([csv], 'synthetic-300.csv')] });
    expect(result.problems).toEqual([]);
    const cityName = new Map(dataset.reference.cities.map((c) => [c.id, c.name]));
    const readCity = new Map(result.dataset.reference.cities.map((c) => [c.id, c.name]));
    const pick = (d: Dataset, city: Map<string, string>) =>
      d.meetings.map((m) => [m.id, m.title, m.start, m.end, city.get(m.cityId), m.quote]);
    expect(pick(result.dataset, readCity)).toEqual(pick(dataset, cityName));
  });
});
