/*
 * If a screen fails to draw, say so plainly and offer a way back, instead of
 * a blank page. Saved data is untouched: drawing a screen never writes.
 */
import { Component, type ReactNode } from 'react';

type Props = { children: ReactNode; onReset: () => void };

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="error-banner" role="alert">
        <h1>This screen could not be shown</h1>
        <p>Your saved cases are safe. Go back to the list and try again.</p>
        <button type="button" onClick={() => { this.setState({ failed: false }); this.props.onReset(); }}>Back to my bills</button>
      </section>
    );
  }
}
