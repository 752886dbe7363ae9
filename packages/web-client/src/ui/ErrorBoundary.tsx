import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBanner } from './ErrorBanner';

interface State {
  readonly error: unknown;
}

/**
 * A screen that throws while rendering (unexpected data, a bug) shows its
 * error and a way back instead of unmounting the whole app to a blank page.
 * The header stays, so Sign out and the home link are always reachable.
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Screen failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="card">
        <ErrorBanner error={this.state.error} />
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
