import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient, startLoading } from './app/start-loading';
import { handleChunkErrors } from './app/chunk-errors';
import './index.css';

handleChunkErrors();
const queryClient = createQueryClient();
startLoading(queryClient, window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);

