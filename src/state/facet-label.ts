import type { Facet } from './select-meetings';
import { recordName } from '../i18n/record-names';
import type { Translate } from '../i18n/translate';
import type { MessageId } from '../i18n/message-ids';

/**
 * A facet value's name in the current language: categories and meeting formats are the app's
 * own vocabulary and are translated; cities and countries are the data's names.
 */
export function facetLabel(t: Translate, facet: Facet, id: string, fromData: string): string {
  if (facet === 'category') return recordName(t, 'category', id, fromData);
  if (facet === 'ministry') return recordName(t, 'ministry', id, fromData);
  return fromData;
}

/** The one home of the facets' own names: a filter's legend, a lane grouping, a described filter. */
const FACET_HEADINGS: Record<Facet, readonly [one: MessageId, many: MessageId]> = {
  city: ['facet.city', 'facet.cities'],
  ministry: ['facet.ministry', 'facet.ministries'],
  country: ['facet.country', 'facet.countries'],
  category: ['facet.category', 'facet.categories'],
};

/** A facet's name ("City"), or its plural for several values ("Cities"). */
export function facetHeading(t: Translate, facet: Facet, count = 1): string {
  const [one, many] = FACET_HEADINGS[facet];
  return t(count === 1 ? one : many);
}
