import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { sortSearchParams } from '../state/view-state';
import { DatasetLoader } from './DatasetLoader';

const queryClient = new QueryClient({
  defaultOptions: {
    // A failed fetch is shown at once with a Retry button: the reader decides.
    queries: { retry: false, refetchOnWindowFocus: false },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter processUrlSearchParams={sortSearchParams}>
        <DatasetLoader />
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
