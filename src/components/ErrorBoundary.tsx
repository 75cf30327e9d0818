import { Component, type ReactNode } from 'react';

interface State {
  error: Error | undefined;
}

/** Keeps one broken part from blanking the page: shows what failed instead. */
export class ErrorBoundary extends Component<{ children: ReactNode; what: string }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    // A page's code that failed to load (after a redeploy, usually) needs a reload, not a retry.
    if (error?.name === 'ChunkLoadError') {
      return (
        <div className="error-summary" role="alert">
          <h2>The {this.props.what} could not be shown</h2>
          <p>{error.message}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      );
    }
    if (this.state.error) {
      return (
        <div className="error-summary" role="alert">
          <h2>The {this.props.what} could not be shown</h2>
          <p>{this.state.error.message}</p>
          <button
            type="button"
            className="button"
            onClick={() => this.setState({ error: undefined })}
          >
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
