/*
 * Saved records that failed their checks. They are never dropped silently:
 * each is listed with the reason, can be saved as a file as it is, and can be
 * removed once the person has what they need. The checks' technical details
 * are in English in every language, marked so (lang="en").
 */
import { removeDamaged, useAppStore } from '../../app/store';
import { home } from '../../i18n/en/home';
import { useWords } from '../../i18n/language';
import type { DamagedRecord } from '../../storage/caseRecord';
import { downloadJson } from '../download';

/** Causes whose reasons are the checks' details, shown under the cause (the others' reason is the cause itself). */
const WITH_DETAILS = new Set<DamagedRecord['cause']>(['wrong-shape', 'unreadable']);

export default function DamagedRecords() {
  const damaged = useAppStore((state) => state.damaged);
  const w = useWords('home', home).damaged;
  if (damaged.length === 0) return null;
  return (
    <section className="damaged" aria-labelledby="damaged-title">
      <h2 id="damaged-title">{w.title}</h2>
      <p>{w.intro}</p>
      <ul>
        {damaged.map((record) => (
          <li key={record.key}>
            <p><strong>{w.savedCase(record.key)}</strong></p>
            <p>{w.cause[record.cause]}</p>
            {WITH_DETAILS.has(record.cause) && record.reasons.length > 0 && (
              <>
                <p>{w.details}</p>
                <ul className="reasons" lang="en">
                  {record.reasons.slice(0, 5).map((reason) => <li key={reason}>{reason}</li>)}
                </ul>
              </>
            )}
            <div className="button-row">
              <button type="button" onClick={() => downloadJson(`billpath-damaged-${record.key}.json`, record.raw)}>
                {w.saveCopy}
              </button>
              <button type="button" onClick={() => confirmRemoval(record.key, w.confirmRemove)}>{w.remove}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function confirmRemoval(key: string, question: string) {
  if (window.confirm(question)) void removeDamaged(key);
}
