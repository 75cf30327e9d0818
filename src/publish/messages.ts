import { z } from 'zod/mini';
import { IMPORT_STATUSES } from '../wide/sheetToLong';
import type { DropCheck, DropRequest } from './checkDrop';
import type { Progress } from './runCheck';

// Messages between the Publish page and its worker are checked like any data that crosses a
// boundary.
const officerFile = z.object({ name: z.string(), bytes: z.instanceof(ArrayBuffer) });

const requestSchema = z.object({
  /** Where the published data folder is, e.g. `/data/`. */
  dataUrl: z.string(),
  request: z.object({
    drop: z.string(),
    today: z.string(),
    values: z.optional(officerFile),
    commentary: z.optional(officerFile),
    sheet: z.optional(
      z.object({
        file: officerFile,
        sheet: z.optional(z.string()),
        map: z.optional(officerFile),
        source: z.string(),
        area: z.optional(z.string()),
        status: z.enum(IMPORT_STATUSES),
        note: z.string(),
      }),
    ),
  }),
});

const lines = z.array(z.string());
const replySchema = z.union([
  z.object({
    kind: z.literal('progress'),
    step: z.string(),
    detail: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  z.object({
    kind: z.literal('done'),
    result: z.object({
      problems: lines,
      report: lines,
      diff: z.string(),
      files: z.array(z.object({ path: z.string(), text: z.string() })),
    }),
  }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);

export interface CheckMessage {
  dataUrl: string;
  request: DropRequest;
}

/** What the worker says: how far it has got, the result, or why it stopped. */
export type CheckReply =
  | ({ kind: 'progress' } & Progress)
  | { kind: 'done'; result: DropCheck }
  | { kind: 'failed'; message: string };

/** A message to the worker, or undefined if it is not one. */
export function readCheckMessage(data: unknown): CheckMessage | undefined {
  const parsed = requestSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** A message from the worker, or undefined if it is not one. */
export function readCheckReply(data: unknown): CheckReply | undefined {
  const parsed = replySchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
