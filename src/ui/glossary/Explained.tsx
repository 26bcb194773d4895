/*
 * A paragraph shown at once, plain; its billing words become explained
 * (TermParagraph) as soon as the glossary has loaded, with no change to the
 * words themselves.
 */
import { lazy, Suspense } from 'react';
import type { ParagraphProps } from './TermParagraph';

const TermParagraph = lazy(() => import('./TermParagraph'));

export function Explained(props: ParagraphProps) {
  const { text, className, lead, quoted } = props;
  return (
    <Suspense fallback={<p className={className}>{lead}{quoted ? `“${text}”` : text}</p>}>
      <TermParagraph {...props} />
    </Suspense>
  );
}
