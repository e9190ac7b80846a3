/**
 * Links into the explorer: this page with only the given parameters (defaults left out,
 * contract order), e.g. `…/?decision=security-documents`. One place builds them, for
 * citations, exports and "Copy link" alike.
 */
import { EMPTY_VIEW, toQueryString, type ViewState } from './view-state';

/** The app's address without a query: origin and path, e.g. `https://example.org/sco/`. */
export function appBaseUrl(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/** A link to a view from a base address. Pure: the base is passed in. */
export function linkFrom(baseUrl: string, view: ViewState, datasetId: string | null = null): string {
  return `${baseUrl}${toQueryString(view, { dataset: datasetId })}`;
}

/** The canonical link to one record of the explorer on this page. */
export function deepLink(patch: Partial<ViewState>, datasetId: string | null = null): string {
  return linkFrom(appBaseUrl(), { ...EMPTY_VIEW, ...patch }, datasetId);
}
