/*
 * Saved records that failed their checks. They are never dropped silently:
 * each is listed with the reason, can be saved as a file as it is, and can be
 * removed once the person has what they need.
 */
import { removeDamaged, useAppStore } from '../../app/store';
import { downloadJson } from '../download';

export default function DamagedRecords() {
  const damaged = useAppStore((state) => state.damaged);
  if (damaged.length === 0) return null;
  return (
    <section className="damaged" aria-labelledby="damaged-title">
      <h2 id="damaged-title">Cases that could not be opened</h2>
      <p>
        Billpath found saved data it can't read. It has not deleted anything. Save a copy as a file before you remove it.
      </p>
      <ul>
        {damaged.map((record) => (
          <li key={record.key}>
            <p><strong>Saved case {record.key}</strong></p>
            <ul className="reasons">
              {record.reasons.slice(0, 5).map((reason) => <li key={reason}>{reason}</li>)}
            </ul>
            <div className="button-row">
              <button type="button" onClick={() => downloadJson(`billpath-damaged-${record.key}.json`, record.raw)}>
                Save a copy as a file
              </button>
              <button type="button" onClick={() => confirmRemoval(record.key)}>Remove it</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function confirmRemoval(key: string) {
  if (window.confirm('Remove this damaged case from this device? Save a copy first if you may need it.')) void removeDamaged(key);
}
