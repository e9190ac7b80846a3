import type { DatasetIndex } from '../data/dataset-index';
import type { NamedRecord, Vocabulary } from './view-state';

/** The names a link may use for each parameter, drawn from the dataset. */
export function vocabularyOf(index: DatasetIndex): Vocabulary {
  const { dataset } = index;
  const countries = dataset.reference.countries;
  let events: NamedRecord[] | null = null;
  return {
    // Listed on first use: only a link that names a meeting needs it, and for 100,000
    // meetings the list takes tens of milliseconds to build.
    get event() {
      return (events ??= index.meetings.map((m) => ({ id: m.id, name: m.title })));
    },
    decision: dataset.decisions.map((d) => ({ id: d.id, name: d.title })),
    state: countries.map((c) => ({ id: c.id, name: c.name })),
    city: dataset.reference.cities.map((c) => ({ id: c.id, name: c.name })),
    ministry: dataset.formats.map((f) => ({ id: f.id, name: f.name })),
    country: countries.map((c) => ({ id: c.id, name: c.name })),
    category: dataset.categories.map((c) => ({ id: c.id, name: c.name })),
    area: dataset.areas.map((a) => ({ id: a.id, name: a.name })),
    // Through the index's map, built on its own first use (a selection needs it anyway).
    ids: { event: { has: (id) => index.meetingById.has(id) } },
  };
}
