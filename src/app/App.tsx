import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { UrlAdapter } from '../state/url-adapter';
import { sortSearchParams } from '../state/view-state';
import { DatasetLoader } from './DatasetLoader';
import { LanguageProvider } from './LanguageProvider';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <UrlAdapter processUrlSearchParams={sortSearchParams}>
        <LanguageProvider>
          <DatasetLoader />
        </LanguageProvider>
      </UrlAdapter>
    </QueryClientProvider>
  );
}
