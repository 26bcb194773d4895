/*
 * The phone script for a step, folded under the next-step card: what to say,
 * what to ask, and what never to say with the reason. Loaded after the first
 * screen; shows nothing for steps without a call. In another language than
 * English, each phrase to say or ask is followed by the same phrase in English
 * (most billing offices answer in English), marked lang="en" so screen readers
 * switch voice; a line at the top says a free interpreter can be asked for.
 */
import { callScript } from '../../domain/scripts';
import { scripts } from '../../i18n/en/scripts';
import { useLanguageCode, useWords } from '../../i18n/language';

type Props = { step: string; account?: string; headingLevel: 3 | 4 };

export default function CallScript({ step, account, headingLevel }: Props) {
  const w = useWords('scripts', scripts);
  const inEnglish = useLanguageCode() !== 'en';
  const facts = { account: account?.trim() ?? '' };
  const script = callScript(step, facts, w);
  if (!script) return null;
  const english = inEnglish ? callScript(step, facts) : undefined;
  const Heading = headingLevel === 3 ? 'h4' : 'h5';
  const alsoInEnglish = (line: string | undefined) =>
    line && (
      <>
        <br />
        <span className="muted">{w.inOtherLanguages.inEnglish} <span lang="en">“{line}”</span></span>
      </>
    );
  return (
    <details className="call-script">
      <summary>{w.summary}</summary>
      {english && <p className="muted">{w.inOtherLanguages.interpreter}</p>}
      <Heading>{w.say}</Heading>
      <ul>{script.say.map((line, index) => <li key={line} className="script">“{line}”{alsoInEnglish(english?.say[index])}</li>)}</ul>
      <Heading>{w.ask}</Heading>
      <ul>{script.ask.map((line, index) => <li key={line}>{line}{alsoInEnglish(english?.ask[index])}</li>)}</ul>
      <Heading>{w.neverSay}</Heading>
      <ul className="never-say">
        {script.neverSay.map((unsaid) => (
          <li key={unsaid.words}><span className="unsaid">“{unsaid.words}”</span> {unsaid.because}</li>
        ))}
      </ul>
      <p className="muted">{w.logIt}</p>
    </details>
  );
}
