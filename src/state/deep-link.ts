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

/**
 * The data a link opens besides the view: a bundled dataset other than the default (its id),
 * a user's published file (`data`) or a user's file kept in this browser (`file`); null for
 * the default dataset, which links leave out.
 */
export type DataLink = string | { param: 'data' | 'file'; value: string } | null;

/** The parameter a data link writes. */
export function dataLinkParams(link: DataLink): Partial<Record<'dataset' | 'data' | 'file', string>> {
  if (link === null) return {};
  return typeof link === 'string' ? { dataset: link } : { [link.param]: link.value };
}

/** A link to a view from a base address. Pure: the base is passed in. */
export function linkFrom(baseUrl: string, view: ViewState, datasetId: DataLink = null): string {
  return `${baseUrl}${toQueryString(view, dataLinkParams(datasetId))}`;
}

/** The canonical link to one record of the explorer on this page. */
export function deepLink(patch: Partial<ViewState>, datasetId: DataLink = null): string {
  return linkFrom(appBaseUrl(), { ...EMPTY_VIEW, ...patch }, datasetId);
}
