/**
 * Full-text search over meetings with MiniSearch: prefix and typo-tolerant matching.
 * Built once per dataset, off the typing path.
 */
import MiniSearch from 'minisearch';
import type { DatasetIndex, MeetingRecord } from '../data/dataset-index';

export interface SearchHit {
  score: number;
  /** Document terms that matched, for highlighting. */
  terms: string[];
}

export interface MeetingSearch {
  /** Meeting ids that match, with their matched terms; empty query → null (no search). */
  search(query: string): Map<string, SearchHit> | null;
}

interface SearchDocument {
  id: string;
  title: string;
  format: string;
  place: string;
  category: string;
  participants: string;
  quote: string;
}

function documentOf(index: DatasetIndex, meeting: MeetingRecord): SearchDocument {
  const city = index.cityById.get(meeting.cityId);
  const country = index.countryById.get(meeting.hostCountryId);
  const { dataset } = index;
  // The summit is where the delegations and organisations met: their names find it.
  const participants = meeting.summit
    ? [
        ...dataset.delegations.flatMap((d) => [d.head.name, d.head.fullName ?? '', d.nameInSource]),
        ...dataset.organisations.flatMap((o) => [o.name, o.shortName, o.representative.name]),
      ].join(' ')
    : '';
  return {
    id: meeting.id,
    title: meeting.title,
    format: index.formatById.get(meeting.formatId)?.name ?? '',
    place: `${city?.name ?? ''} ${country?.name ?? ''}`,
    category: index.categoryById.get(meeting.categoryId)?.name ?? '',
    participants,
    quote: [meeting.quote, meeting.description].filter(Boolean).join(' '),
  };
}

export function buildMeetingSearch(index: DatasetIndex): MeetingSearch {
  const miniSearch = new MiniSearch<SearchDocument>({
    fields: ['title', 'format', 'place', 'category', 'participants', 'quote'],
    searchOptions: {
      boost: { title: 3, format: 2, place: 2 },
      prefix: true,
      // Typo tolerance grows with the term: none for short words, where it finds noise.
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  miniSearch.addAll(index.meetings.map((meeting) => documentOf(index, meeting)));
  return {
    search(query) {
      if (!query.trim()) return null;
      const hits = new Map<string, SearchHit>();
      for (const result of miniSearch.search(query)) {
        hits.set(String(result.id), { score: result.score, terms: result.terms });
      }
      return hits;
    },
  };
}
