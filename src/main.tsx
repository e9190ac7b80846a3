import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient, startLoading } from './app/start-loading';
import { handleChunkErrors } from './app/chunk-errors';
import { chooseLanguage } from './i18n/languages';
import { rememberedLanguage } from './i18n/remembered-language';
import { loadFirstView } from './i18n/translate';
import { startupRequest } from './state/data-source';
import './index.css';

handleChunkErrors();
const queryClient = createQueryClient();
// The one place the page reads its address outside React (see state/data-source.ts).
const request = startupRequest(window.location.search);
startLoading(queryClient, request);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

// The interface text loads beside the data (each language is a small chunk of its own); the
// page shows index.html's loading state until it is here.
const lang = chooseLanguage(
  request.lang,
  rememberedLanguage(),
  navigator.languages,
);
// No catalog, no words in the reader's language: the loading line says so in all three, and
// the text is asked for again when the browser is back online.
const failed = () => {
  const status = container.querySelector('[role="status"]');
  if (status) status.textContent = 'Offline? · Нет связи? · 网络断开？ ↻';
  window.addEventListener('online', start, { once: true });
};
function start() {
  loadFirstView(lang).then(
    () =>
      createRoot(container).render(
        // StrictMode's checks run in development only; in a build it would be an empty wrapper.
        import.meta.env.DEV ? (
          <StrictMode>
            <App queryClient={queryClient} />
          </StrictMode>
        ) : (
          <App queryClient={queryClient} />
        ),
      ),
    failed,
  );
}

start();
