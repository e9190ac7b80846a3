import type { Facet } from '../state/select-meetings';
import { recordName } from './record-names';
import type { Translate } from './translate';

/**
 * A facet value's name in the current language: categories and meeting formats are the app's
 * own vocabulary and are translated; cities and countries are the data's names.
 */
export function facetLabel(t: Translate, facet: Facet, id: string, fromData: string): string {
  if (facet === 'category') return recordName(t, 'category', id, fromData);
  if (facet === 'ministry') return recordName(t, 'ministry', id, fromData);
  return fromData;
}
