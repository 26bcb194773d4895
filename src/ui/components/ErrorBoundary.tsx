/*
 * If a screen fails to draw, say so plainly and offer a way back, instead of
 * a blank page. Saved data is untouched: drawing a screen never writes.
 */
import { Component, type ReactNode } from 'react';
import { app } from '../../i18n/en/app';
import { useWords } from '../../i18n/language';

type Props = { children: ReactNode; onReset: () => void };

function ScreenFailed({ onBack }: { onBack: () => void }) {
  const w = useWords('app', app).screenFailed;
  return (
    <section className="error-banner" role="alert">
      <h1>{w.title}</h1>
      <p>{w.body}</p>
      <button type="button" onClick={onBack}>{w.back}</button>
    </section>
  );
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ScreenFailed onBack={() => { this.setState({ failed: false }); this.props.onReset(); }} />;
  }
}
