import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient, startLoading } from './app/start-loading';
import { chooseLanguage } from './i18n/languages';
import { rememberedLanguage } from './i18n/remembered-language';
import { loadTranslate } from './i18n/translate';
import './index.css';

const queryClient = createQueryClient();
startLoading(queryClient, window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

// The interface text loads beside the data (each language is a small chunk of its own); the
// page shows index.html's loading state until it is here.
const lang = chooseLanguage(
  new URLSearchParams(window.location.search).get('lang'),
  rememberedLanguage(),
  navigator.languages,
);
function start() {
  loadTranslate(lang).then(
    () =>
      createRoot(container).render(
        <StrictMode>
          <App queryClient={queryClient} />
        </StrictMode>,
      ),
    () => showTextFailure(),
  );
}

/** No catalog, so no words in the reader's language: the three languages' own, and a retry. */
function showTextFailure() {
  const status = container.querySelector('[role="status"]');
  if (status) status.textContent = CATALOG_FAILURE;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = '↻';
  retry.setAttribute('aria-label', 'Retry · Повторить · 重试');
  retry.className = 'mt-4 rounded-md border border-line px-3 py-1';
  retry.onclick = () => {
    retry.remove();
    start();
  };
  container.querySelector('main')?.append(retry);
}
const CATALOG_FAILURE =
  'The interface could not be loaded. · Не удалось загрузить интерфейс. · 无法加载界面。';

start();
