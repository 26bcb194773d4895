/*
 * The case file: one bill and its journal, the format of backups and exports
 * (CONTRACT.md, "Case file"). Anything read from a file or from storage goes
 * through `parseCaseFile` and is never trusted as it is.
 */
import * as v from 'valibot';
import { caseSchema, isoDateOrDateTime } from './case';
import { billEventSchema } from './events';

export const journalEntrySchema = v.object({
  at: isoDateOrDateTime,
  event: billEventSchema,
});

export const caseFileSchema = v.object({
  format: v.literal('billpath.case'),
  version: v.literal(1),
  case: caseSchema,
  journal: v.array(journalEntrySchema),
});

export type JournalEntry = v.InferOutput<typeof journalEntrySchema>;
export type CaseFile = v.InferOutput<typeof caseFileSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validation issues as plain sentences that say where each problem is. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const where = issue.path?.map((step) => String(step.key)).join('.') || 'the file';
    return `${where}: ${issue.message}`;
  });
}

/** Checks `input` against `schema`: the typed value, or every problem found. */
export function check<S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, errors: describeIssues(result.issues) };
}

export function parseCaseFile(json: unknown): Parsed<CaseFile> {
  return check(caseFileSchema, json);
}
