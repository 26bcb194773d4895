/*
 * The open case: one running bill actor, restored from its stored snapshot.
 * Every event goes through `send`: if the machine accepts it (the snapshot
 * changes), the event joins the journal and the whole record is written in one
 * put. Writes are queued so they land in order; the snapshot is taken before
 * the actor is ever stopped (a snapshot taken after stop() restores inert).
 */
import { createActor, type Actor } from 'xstate';
import { billMachine, type BillMachine } from '../../machines';
import type { BillEvent } from '../domain/events';
import { nextRecord, type CaseRecord, type LoadedCase } from '../storage/caseRecord';

export type SessionOptions = {
  save: (record: CaseRecord) => Promise<void>;
  now: () => Date;
  onSaveError: (error: unknown) => void;
  /** Called after each successful write (a later success clears an earlier failure). */
  onSaved?: () => void;
};

export type CaseSession = {
  readonly id: string;
  readonly actor: Actor<BillMachine>;
  record(): CaseRecord;
  /** Sends a domain event; true when the machine accepted it and it was journaled. */
  send(event: BillEvent): boolean;
  /** Resolves once every write queued so far has landed. */
  saved(): Promise<void>;
  stop(): void;
};

export function startSession(loaded: LoadedCase, options: SessionOptions): CaseSession {
  const actor = createActor(billMachine, {
    snapshot: billMachine.getPersistedSnapshot(loaded.snapshot),
    input: { case: loaded.snapshot.context.case },
  });
  actor.start();
  let record = loaded.record;
  let writes: Promise<void> = Promise.resolve();

  const write = (next: CaseRecord) => {
    writes = writes
      .then(async () => {
        const started = performance.now();
        await options.save(next);
        // The benchmark reads these: one put per accepted event.
        performance.measure('billpath:save', { start: started, end: performance.now() });
        options.onSaved?.();
      })
      .catch(options.onSaveError);
  };
  if (loaded.rebuiltFromJournal) write(record); // store the rebuilt snapshot once

  return {
    id: record.id,
    actor,
    record: () => record,
    send(event) {
      const before = actor.getSnapshot();
      actor.send(event);
      const after = actor.getSnapshot();
      if (after === before) return false;
      record = nextRecord(record, after, { at: options.now().toISOString(), event });
      write(record);
      return true;
    },
    saved: () => writes,
    stop: () => actor.stop(),
  };
}
