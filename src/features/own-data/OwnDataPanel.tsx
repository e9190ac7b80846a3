import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { checkDataUrl, type DataSource } from '../../state/data-source';
import { forgetFile, recentFiles, type KeptFileSummary } from './recent-files';
import { useT } from '../../i18n/use-t';
import type { Translate } from '../../i18n/translate';

interface OwnDataPanelProps {
  current: DataSource;
  openLink: (address: string) => void;
  openKept: (id: string) => void;
  openBundled: () => void;
  onClose: () => void;
}

const dataFile = (name: string) => `${import.meta.env.BASE_URL}data/${name}`;
export const TEMPLATE_FILE = 'own-chronology-template.csv';
export const EXAMPLE_FILE = 'own-chronology-example.csv';
/** An address, in the input as an example: not language. */
const EXAMPLE_ADDRESS = 'https://example.org/chronology.csv';

/** A file's size in the reader's language and units: `812 bytes`, `4.2 kB`, `12.5 MB`. */
function size(t: Translate, bytes: number): string {
  const [n, unit] =
    bytes < 1024 ? [bytes, 'bytes'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kB'] : [bytes / 1024 / 1024, 'MB'];
  return t('ownData.size', { n: Math.round(n * 10) / 10, unit });
}

const button = 'rounded-md border border-line px-3 py-1 text-sm font-medium hover:border-accent';

/** The other ways to one's own data: a published file's address, recent files, the template. */
export default function OwnDataPanel({
  current,
  openLink,
  openKept,
  openBundled,
  onClose,
}: OwnDataPanelProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="mx-auto max-w-[1800px] border-t border-line px-3 py-4 sm:px-6"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-3xl">
          <h2 id={headingId} className="font-serif text-xl font-semibold">
            {t('ownData.panelHeading')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('ownData.panelIntro')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {current.kind !== 'bundled' && (
            <button type="button" className={button} onClick={openBundled}>
              {t('ownData.back')}
            </button>
          )}
          <button type="button" className={button} onClick={onClose}>
            {t('action.close')}
          </button>
        </div>
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        <LinkForm openLink={openLink} />
        <RecentFiles openKept={openKept} />
        <div>
          <h3 className="font-semibold">{t('ownData.formatHeading')}</h3>
          <p className="mt-1 text-sm text-muted">{t('ownData.formatText')}</p>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <a className="text-accent underline" href={dataFile(TEMPLATE_FILE)} download>
                {t('ownData.template')}
              </a>
            </li>
            <li>
              <a className="text-accent underline" href={dataFile(EXAMPLE_FILE)} download>
                {t('ownData.exampleFile')}
              </a>
            </li>
            <li>
              <button
                type="button"
                className="text-accent underline"
                onClick={() => openLink(`data/${EXAMPLE_FILE}`)}
              >
                {t('ownData.openExample')}
              </button>
            </li>
          </ul>
        </div>
      </div>
    </section>
  );
}

function LinkForm({ openLink }: { openLink: (address: string) => void }) {
  const t = useT();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = checkDataUrl(address, window.location.href);
    if (!checked.ok) {
      setError(t('ownData.linkRefused', { reason: t(checked.message.id, checked.message.values) }));
      return;
    }
    setError(null);
    openLink(address.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <h3 className="font-semibold">{t('ownData.linkHeading')}</h3>
      <label htmlFor={inputId} className="mt-1 block text-sm text-muted">
        {t('ownData.linkLabel')}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          value={address}
          onChange={(event) => setAddress(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          placeholder={EXAMPLE_ADDRESS}
          className="min-w-0 flex-1 rounded-md border border-line bg-paper px-2 py-1 text-sm"
        />
        <button type="submit" className={button}>
          {t('ownData.linkOpen')}
        </button>
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm break-words text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <p className="mt-2 text-xs text-muted">{t('ownData.linkNote')}</p>
    </form>
  );
}

function RecentFiles({ openKept }: { openKept: (id: string) => void }) {
  const t = useT();
  const [files, setFiles] = useState<KeptFileSummary[] | null>(null);
  const refresh = () => void recentFiles().then(setFiles);
  useEffect(refresh, []);
  return (
    <div>
      <h3 className="font-semibold">{t('ownData.recentHeading')}</h3>
      {files === null ? (
        <p className="mt-1 text-sm text-muted">{t('ownData.recentLooking')}</p>
      ) : files.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('ownData.recentNone')}</p>
      ) : (
        <ul className="mt-1 space-y-2" aria-label={t('ownData.recentHeading')}>
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-2 text-sm">
              <button
                type="button"
                onClick={() => openKept(file.id)}
                className="min-w-0 flex-1 text-left break-all text-accent underline"
              >
                {file.name}
              </button>
              <span className="text-muted">{size(t, file.bytes)}</span>
              <button
                type="button"
                className={button}
                aria-label={t('ownData.forgetFile', { name: file.name })}
                onClick={() => void forgetFile(file.id).then(refresh)}
              >
                {t('ownData.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-muted">{t('ownData.recentNote')}</p>
    </div>
  );
}
