/*
 * The open case: one running bill actor, restored from its stored snapshot.
 * Every event goes through `send`: if the machine accepts it (the snapshot
 * changes), the event joins the journal and the whole record is written in one
 * put. Writes are queued so they land in order, and when steps come faster
 * than writes, only the newest record is written; the snapshot is taken before
 * the actor is ever stopped (a snapshot taken after stop() restores inert).
 * Each write builds on the revision this session last stored: if another tab
 * stored a newer one first, nothing is overwritten — the session stops writing
 * and hands back the entries it could not store, to be replayed on the latest.
 */
import { createActor, type Actor } from 'xstate';
import { billMachine, datedEvent, type BillMachine } from '../../machines/workflow';
import type { BillEvent } from '../domain/events';
import { nextRecord, type CaseRecord, type LoadedCase } from '../storage/caseRecord';
import type { SaveOutcome } from '../storage/caseStore';

export type SessionOptions = {
  save: (record: CaseRecord, expectedRevision: number | undefined) => Promise<SaveOutcome>;
  now: () => Date;
  onSaveError: (error: unknown) => void;
  /** Called after each successful write (a later success clears an earlier failure). */
  onSaved?: (record: CaseRecord) => void;
  /** Another tab stored this case first (catchUp.ts then adds what was recorded here to the latest). */
  onConflict?: () => void;
};

export type CaseSession = {
  readonly id: string;
  readonly actor: Actor<BillMachine>;
  record(): CaseRecord;
  /** The version last known to be in storage (undefined: nothing is). */
  storedRecord(): CaseRecord | undefined;
  /** Writes again what is not stored yet (after a failed save). */
  retry(): void;
  /** Sends a domain event; true when the machine accepted it and it was journaled (at `at`, else now). */
  send(event: BillEvent, at?: string): boolean;
  /** Resolves once every write queued so far has landed. */
  saved(): Promise<void>;
  /** True when everything recorded here is stored. */
  upToDate(): boolean;
  stop(): void;
};

export function startSession(loaded: LoadedCase, options: SessionOptions): CaseSession {
  const actor = createActor(billMachine, {
    snapshot: billMachine.getPersistedSnapshot(loaded.snapshot),
    input: { case: loaded.snapshot.context.case },
  });
  actor.start();
  let record = loaded.record;
  // The last record this session knows is in storage (an earlier session may have left steps unsaved).
  let stored: CaseRecord | undefined = loaded.stored === null ? undefined : (loaded.stored ?? loaded.record);
  let diverged = false;
  let writes: Promise<void> = Promise.resolve();

  const write = (next: CaseRecord) => {
    writes = writes
      .then(async () => {
        // A newer record is queued behind this one and holds all of it: write only that (one put, not many).
        if (diverged || next !== record) return;
        const started = performance.now();
        const outcome = await options.save(next, stored?.revision);
        if (outcome === 'stale') {
          diverged = true;
          options.onConflict?.();
          return;
        }
        stored = next;
        // The benchmark reads these: one put per write.
        performance.measure('billpath:save', { start: started, end: performance.now() });
        options.onSaved?.(next);
      })
      .catch(options.onSaveError);
  };
  // Store a rebuilt snapshot once, and whatever an earlier session could not store.
  if (loaded.rebuiltFromJournal || stored !== record) write(record);

  return {
    id: record.id,
    actor,
    record: () => record,
    storedRecord: () => stored,
    retry: () => {
      if (stored !== record) write(record);
    },
    send(event, at) {
      const when = at ?? options.now().toISOString();
      // The event carries its own date (the machine records dates from it), so the journal replays the same.
      const dated = datedEvent({ at: when, event });
      const before = actor.getSnapshot();
      actor.send(dated);
      const after = actor.getSnapshot();
      if (after === before) return false;
      record = nextRecord(record, after, { at: when, event: dated });
      write(record);
      return true;
    },
    saved: () => writes,
    upToDate: () => !diverged && stored === record,
    stop: () => actor.stop(),
  };
}
