import { useT } from '../../i18n/use-t';
import { word } from '../../i18n/word';
import type { OwnDataPreview } from './own-data-types';

const FORMATS: Record<OwnDataPreview['format'], string> = { csv: 'CSV', tsv: 'TSV', json: 'JSON' };

/** A short preview of what was read: the format, each column and what it was taken to mean. */
export function WhatWasRead({ preview }: { preview: OwnDataPreview }) {
  const t = useT();
  const format = FORMATS[preview.format];
  const delimiter = preview.delimiter === '\t' ? t('ownData.tab') : preview.delimiter;
  const rows = preview.rows;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium">{t('ownData.whatWasRead')}</summary>
      <p className="mt-2">
        {delimiter && preview.format !== 'json'
          ? t('ownData.readSummaryDelimited', { format, delimiter, rows })
          : t('ownData.readSummary', { format, rows })}
      </p>
      {preview.columns.length > 0 && (
        <table className="mt-2 w-full max-w-xl border-collapse text-left">
          <caption className="sr-only">{t('ownData.columnsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-current/30 py-1 pr-3">
                {t('ownData.column')}
              </th>
              <th scope="col" className="border-b border-current/30 py-1">
                {t('ownData.readAs')}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((column, i) => (
              <tr key={i}>
                <td className="py-0.5 pr-3 font-mono break-all">
                  {column.header || t('ownData.noName')}
                </td>
                <td className="py-0.5">
                  {column.field
                    ? t(`ownData.field.${column.field}`)
                    : column.note
                      ? word(t, { id: 'ownData.notUsedWhy', values: { note: column.note } })
                      : t('ownData.notUsed')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
