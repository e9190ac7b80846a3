/**
 * Which data a page opens, from its `dataset`, `data` and `file` parameters. Pure: the page's
 * address is passed in. Like the rest of the URL contract it never throws: a value it cannot
 * use is dropped with a notice, and the page opens the bundled data.
 *
 * - `data`: a published CSV or JSON file, by an https address, a path on this site
 *   (`own/chronology.csv`), or plain http on this machine only (localhost).
 * - `file`: a file the reader opened from disk, kept in this browser under that id.
 * - `dataset`: one of the bundled datasets of the manifest.
 */
import { shortValue, type Notice } from './view-state';
import type { Message } from '../i18n/translate';

export type DataSource =
  | { kind: 'bundled'; dataset: string | null }
  | { kind: 'url'; url: string; param: string }
  | { kind: 'file'; id: string };

export interface DataSourceParams {
  dataset: string | null;
  data: string | null;
  file: string | null;
}

export interface DataSourceChoice {
  source: DataSource;
  notices: Notice[];
}

export type DataUrlCheck = { ok: true; url: string } | { ok: false; message: Message };

/** Longer addresses are refused: no published file needs one, and a notice must stay short. */
export const MAX_DATA_URL_LENGTH = 2000;
const FILE_ID = /^[a-z0-9-]{1,64}$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** The hosts the page's Content-Security-Policy lets plain http reach (it cannot name [::1]). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname);
}

/** Where a `data` value may point: https, this site, or http on this machine. Never credentials. */
export function checkDataUrl(raw: string, pageHref: string): DataUrlCheck {
  const value = raw.trim();
  if (!value) return { ok: false, message: { id: 'dataUrl.empty' } };
  if (value.length > MAX_DATA_URL_LENGTH) {
    return {
      ok: false,
      message: { id: 'dataUrl.tooLong', values: { count: MAX_DATA_URL_LENGTH } },
    };
  }
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageHref);
    url = new URL(value, page);
  } catch {
    return { ok: false, message: { id: 'dataUrl.notAddress' } };
  }
  if (url.username || url.password) {
    return { ok: false, message: { id: 'dataUrl.credentials' } };
  }
  const sameSite = url.origin === page.origin;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && (sameSite || isLocalHost(url.hostname))) {
    return { ok: true, url: url.href };
  }
  if (url.protocol === 'http:') {
    return {
      ok: false,
      message: { id: 'dataUrl.plainHttp' },
    };
  }
  return {
    ok: false,
    message: { id: 'dataUrl.scheme', values: { scheme: scheme ?? url.protocol.replace(':', '') } },
  };
}

/** `example.org/data/…/chronology.csv`: where the data came from, short enough for a banner. */
export function describeDataUrl(href: string, pageHref: string): string {
  const url = new URL(href);
  const page = new URL(pageHref);
  const parts = url.pathname.split('/').filter(Boolean);
  const file = parts.at(-1) ?? '';
  const path = parts.length > 2 ? `/${parts[0] ?? ''}/…/${file}` : url.pathname;
  return url.origin === page.origin
    ? `this site (${url.pathname.replace(/^\//, '')})`
    : `${url.host}${path}`;
}

export function chooseDataSource(params: DataSourceParams, pageHref: string): DataSourceChoice {
  const notices: Notice[] = [];
  const { data, file } = params;
  if (data !== null && data !== '') {
    const checked = checkDataUrl(data, pageHref);
    if (checked.ok) {
      if (file) notices.push(fileIgnored(file, { id: 'notice.fileWithData' }));
      return { source: { kind: 'url', url: checked.url, param: data }, notices };
    }
    notices.push({
      param: 'data',
      value: shortValue(data),
      message: checked.message,
    });
  }
  if (file !== null && file !== '') {
    if (FILE_ID.test(file)) return { source: { kind: 'file', id: file }, notices };
    notices.push(fileIgnored(file, { id: 'notice.fileId' }));
  }
  return { source: { kind: 'bundled', dataset: params.dataset }, notices };
}

function fileIgnored(value: string, why: Message): Notice {
  return { param: 'file', value: shortValue(value), message: why };
}

/** What the page's address asks for before React renders: the data to fetch, the language. */
export interface StartupRequest {
  /** The bundled dataset the link names (`dataset`), or null for the default. */
  dataset: string | null;
  /** A user's file or link (`data`, `file`): it loads through its own reader, not the bundled fetch. */
  ownData: boolean;
  /** The raw `lang` value (the language module resolves it). */
  lang: string | null;
}

/**
 * The address as the page starts, read here with the rest of the URL contract, so that
 * main.tsx and start-loading.ts need not know the parameters' names.
 */
export function startupRequest(search: string): StartupRequest {
  const params = new URLSearchParams(search);
  return {
    dataset: params.get('dataset'),
    ownData: Boolean(params.get('data') || params.get('file')),
    lang: params.get('lang'),
  };
}
