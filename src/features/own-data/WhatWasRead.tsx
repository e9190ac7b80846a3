import type { OwnDataPreview } from './own-data-types';

const MEANINGS: Record<string, string> = {
  id: 'the record’s id',
  title: 'title',
  start: 'first day',
  end: 'last day',
  city: 'city',
  country: 'host country',
  ministry: 'ministry or format',
  category: 'category',
  latitude: 'latitude of the city',
  longitude: 'longitude of the city',
  quote: 'quote of the source',
  description: 'description',
  url: 'link',
};

const FORMATS: Record<OwnDataPreview['format'], string> = { csv: 'CSV', tsv: 'TSV', json: 'JSON' };

/** A short preview of what was read: the format, each column and what it was taken to mean. */
export function WhatWasRead({ preview }: { preview: OwnDataPreview }) {
  const delimiter = preview.delimiter === '\t' ? 'tab' : preview.delimiter;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium">What was read</summary>
      <p className="mt-2">
        {FORMATS[preview.format]}
        {delimiter && preview.format !== 'json' ? `, separated by “${delimiter}”` : ''},{' '}
        {preview.rows.toLocaleString('en')} rows.
      </p>
      {preview.columns.length > 0 && (
        <table className="mt-2 w-full max-w-xl border-collapse text-left">
          <caption className="sr-only">Columns found and what they were taken to mean</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-current/30 py-1 pr-3">
                Column
              </th>
              <th scope="col" className="border-b border-current/30 py-1">
                Read as
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((column, i) => (
              <tr key={i}>
                <td className="py-0.5 pr-3 font-mono break-all">{column.header || '(no name)'}</td>
                <td className="py-0.5">
                  {column.field
                    ? (MEANINGS[column.field] ?? column.field)
                    : `not used${column.note ? `: ${column.note}` : ''}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
