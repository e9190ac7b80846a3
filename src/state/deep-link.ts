/**
 * The canonical link to one record of the explorer: this page with only the given
 * parameters (defaults left out, contract order), e.g. `…/?decision=security-documents`.
 */
import { EMPTY_VIEW, toQueryString, type ViewState } from './view-state';

export function deepLink(patch: Partial<ViewState>, datasetId: string | null = null): string {
  const query = toQueryString({ ...EMPTY_VIEW, ...patch }, { dataset: datasetId });
  return `${window.location.origin}${window.location.pathname}${query}`;
}
