import { Component, Suspense, type ReactNode } from 'react';

interface LazySectionProps {
  name: string;
  /** Hold the section back (its placeholder shows) until this turns false. */
  wait?: boolean;
  children: ReactNode;
}

/** A lazily loaded part of the page: says it is loading, and fails alone if it fails. */
export function LazySection({ name, wait = false, children }: LazySectionProps) {
  const placeholder = <p className="text-muted">Loading the {name}…</p>;
  return (
    <SectionBoundary name={name}>
      <Suspense fallback={placeholder}>{wait ? placeholder : children}</Suspense>
    </SectionBoundary>
  );
}

class SectionBoundary extends Component<{ name: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="rounded-lg border border-line bg-panel p-4">
          <p className="font-medium">The {this.props.name} could not be shown.</p>
          <p className="text-sm text-muted">{this.state.error.message}</p>
          <button
            type="button"
            className="mt-2 rounded-md border border-line px-3 py-1 text-sm"
            onClick={() => this.setState({ error: null })}
          >
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
