/*
 * The phone script for a step, folded under the next-step card: what to say,
 * what to ask, and what never to say with the reason. Loaded after the first
 * screen; shows nothing for steps without a call.
 */
import { callScript } from '../../domain/scripts';

type Props = { step: string; account?: string; headingLevel: 3 | 4 };

export default function CallScript({ step, account, headingLevel }: Props) {
  const script = callScript(step, { account: account?.trim() ?? '' });
  if (!script) return null;
  const Heading = headingLevel === 3 ? 'h4' : 'h5';
  return (
    <details className="call-script">
      <summary>What to say on the phone</summary>
      <Heading>Say</Heading>
      <ul>{script.say.map((line) => <li key={line} className="script">“{line}”</li>)}</ul>
      <Heading>Ask</Heading>
      <ul>{script.ask.map((line) => <li key={line}>{line}</li>)}</ul>
      <Heading>Never say</Heading>
      <ul className="never-say">
        {script.neverSay.map((unsaid) => (
          <li key={unsaid.words}><span className="unsaid">“{unsaid.words}”</span> {unsaid.because}</li>
        ))}
      </ul>
      <p className="muted">Note the date, time, name and reference number of every call, then log it below.</p>
    </details>
  );
}
