/*
 * Letters for the whole visit: pick one, read and edit it, then copy, print or
 * save it. One letter names every bill still owing, to be sent to each office.
 * The letter stays in English (offices read English), marked lang="en", with
 * its explanation in the screen's language.
 */
import { useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Household } from '../../domain/case';
import type { Episode } from '../../domain/episodes/episode';
import { episodeLetterKinds, renderEpisodeLetter, type EpisodeAccount, type EpisodeLetterKind } from '../../domain/letters/episodeLetters';
import { episodes as english } from '../../i18n/en/episodes';
import { letters as englishLetters } from '../../i18n/en/letters';
import { useLanguageCode, useWords } from '../../i18n/language';
import { downloadText } from '../download';
import { useCopyLetter } from '../letters/useCopyLetter';
import { printAlone } from '../printAlone';

type Props = { episode: Episode; accounts: EpisodeAccount[]; household?: Household; today: string };

export function EpisodeLetters({ episode, accounts, household, today }: Props) {
  const id = useId();
  const w = useWords('episodes', english).letters;
  const common = useWords('letters', englishLetters);
  const language = useLanguageCode();
  const [kind, setKind] = useState<EpisodeLetterKind>('episode-assistance-request');
  const [edits, setEdits] = useState<Partial<Record<EpisodeLetterKind, string>>>({});
  const { said: copied, copy, clear: clearCopied } = useCopyLetter();
  const template = useMemo(() => renderEpisodeLetter(kind, { episode, accounts, household, today }), [kind, episode, accounts, household, today]);
  const body = edits[kind] ?? template.body;

  return (
    <section className="card letters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.title}</h2>
      <p>{w.intro}</p>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{w.which}</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => { setKind(event.target.value as EpisodeLetterKind); clearCopied(); }}>
          {episodeLetterKinds.map((each) => <option key={each} value={each}>{w.labels[each]}</option>)}
        </select>
      </div>
      <p>{w.explanations[kind]}</p>
      {language !== 'en' && <p className="note">{common.inEnglish}</p>}
      <div className="field" lang="en">
        <label htmlFor={`${id}-body`}>{template.subject}</label>
        <textarea id={`${id}-body`} className="letter-text" rows={18} value={body} onChange={(event) => setEdits((current) => ({ ...current, [kind]: event.target.value }))} />
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void copy(body)}>{common.copy}</button>
        <button type="button" onClick={() => printAlone('letter')}>{common.print}</button>
        <button type="button" onClick={() => downloadText(`${kind}-${today}.txt`, `${template.subject}\n\n${body}\n`, 'text/plain')}>{common.save}</button>
        {edits[kind] !== undefined && <button type="button" onClick={() => setEdits((current) => ({ ...current, [kind]: undefined }))}>{common.startAgain}</button>}
      </div>
      <p role="status">{copied}</p>
      {createPortal(<pre className="letter-print" lang="en" aria-hidden="true">{body}</pre>, document.body)}
    </section>
  );
}
