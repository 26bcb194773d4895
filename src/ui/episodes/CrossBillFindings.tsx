/*
 * What the visit's bills show together (src/domain/episodes/crossBill.ts):
 * each finding with what is at stake, the words to say to the offices it
 * names, and the person's answer (asked them, or it is right). An
 * out-of-network doctor's bill can be marked as protected care, which opens it
 * with its own bill check.
 */
import { useId, useState } from 'react';
import { answerFinding } from '../../app/episodes';
import { openCase, sendEvent } from '../../app/store';
import { announce, focusById } from '../announcer';
import type { CrossBillFinding } from '../../domain/episodes/crossBill';
import type { Episode } from '../../domain/episodes/episode';
import { wordCrossBill } from '../../domain/episodes/wordCrossBill';
import { episodes as english } from '../../i18n/en/episodes';
import { useOnLanguageChange, useWords } from '../../i18n/language';

type Props = { episode: Episode; findings: CrossBillFinding[]; nameOf: (billId: string) => string };

export function CrossBillFindings({ episode, findings, nameOf }: Props) {
  const id = useId();
  const words = useWords('episodes', english);
  const w = words.screen;
  const [problem, setProblem] = useState('');
  useOnLanguageChange(() => setProblem(''));
  const headingOf = (index: number) => `${id}-finding-${index}`;
  // The answer's buttons give way to its status (or back): focus goes to the finding's heading, and the change is said.
  const answer = async (finding: CrossBillFinding, index: number, mark: 'asked' | 'right' | undefined) => {
    setProblem('');
    try {
      await answerFinding(episode.id, finding.id, mark);
      announce(mark === 'asked' ? w.answeredAsked : mark === 'right' ? w.answeredRight : w.answerTakenBack);
      focusById(headingOf(index));
    } catch {
      setProblem(w.saveFailed);
    }
  };

  return (
    <section className="card cross-bill" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.crossTitle}</h2>
      <p>{w.crossLead}</p>
      {findings.length === 0 ? <p>{w.nothingFound}</p> : (
        <ol className="findings">
          {findings.map((finding, index) => {
            const text = wordCrossBill(finding, nameOf, words.findings);
            const answered = episode.answered?.[finding.id];
            return (
              <li key={finding.id} className="finding">
                <h3 className="finding-title" id={headingOf(index)} tabIndex={-1}>{text.title}</h3>
                <p>{text.explanation}</p>
                <p><strong>{w.atStake(finding.amount)}</strong></p>
                <p className="ask-title">{w.askWho(text.askBillIds.map(nameOf))}</p>
                <p className="script">“{text.ask}”</p>
                {answered ? (
                  <p className="finding-status" role="note">
                    <span aria-hidden="true">✓ </span>{answered === 'asked' ? w.answeredAsked : w.answeredRight}{' '}
                    <button type="button" className="link" onClick={() => void answer(finding, index, undefined)}>{w.undo}</button>
                  </p>
                ) : (
                  <div className="button-row">
                    <button type="button" onClick={() => void answer(finding, index, 'asked')}>{w.asked}</button>
                    <button type="button" onClick={() => void answer(finding, index, 'right')}>{w.right}</button>
                  </div>
                )}
                {finding.rule === 'out-of-network-at-in-network-facility' && !answered && (
                  <>
                    <p className="hint">{w.markBillWhy}</p>
                    <button type="button" onClick={() => {
                      openCase(finding.billId);
                      sendEvent({ type: 'CASE_DETAILS_UPDATED', details: finding.emergency ? { emergency: true } : { facilityInNetwork: true } });
                    }}>{w.markBill}</button>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {problem && <p role="alert" className="error-banner">{problem}</p>}
    </section>
  );
}
