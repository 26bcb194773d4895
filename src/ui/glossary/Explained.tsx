/*
 * A text shown at once, plain; its billing words become explained (TermText)
 * as soon as the glossary has loaded, with no change to the words themselves.
 */
import { lazy, Suspense } from 'react';

const TermText = lazy(() => import('./TermText'));

export function Explained({ text }: { text: string }) {
  return (
    <Suspense fallback={text}>
      <TermText text={text} />
    </Suspense>
  );
}
