import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { sortSearchParams } from '../state/view-state';
import { DatasetLoader } from './DatasetLoader';
import { LanguageProvider } from './LanguageProvider';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter processUrlSearchParams={sortSearchParams}>
        <LanguageProvider>
          <DatasetLoader />
        </LanguageProvider>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
