/**
 * The import settings for one council (scripts/import/<council>/import.json, or made by
 * councilConfig for any council), as importRealData checks them before use.
 */
import { z } from 'zod/mini';

const text = z.string();
/**
 * The import settings for one council (scripts/import/<council>/import.json), checked before use.
 */
export const configSchema = z.object({
  out: text,
  local: text,
  site: z.object({
    title: text,
    authority: z.object({ code: text, name: text }),
    synthetic: z.boolean(),
    groups: z.array(
      z.object({
        id: text,
        name: text,
        version: text,
        source: text,
        members: z.union([z.array(text), z.literal('cipfa')]),
      }),
    ),
    benchmarks: z.array(z.object({ code: text, name: text })),
    meetings: z.array(z.object({ date: text, label: text })),
  }),
  drops: z.array(z.object({ id: text, published: text, title: text, note: text })),
  /** Source id → the drop that first published it; anything else goes to the first drop. */
  laterSources: z.record(text, text),
  /** The source id of the document holding the improvement plan's outcomes. */
  planSource: z.optional(text),
  /**
   * Local measure id → the published measure giving the same figure (its figures become notes
   * there).
   */
  publishedEquivalents: z.optional(z.record(text, text)),
  /** Seed document number → the words references use for it, e.g. "001": "agenda pack text". */
  documents: z.optional(z.record(text, text)),
  /**
   * Source id → its name in public words, for notes such as "Also reported … in the CQC's report".
   */
  sourceNames: z.optional(z.record(text, text)),
  /** Local measures left out (for example, ones that are not adult social care). */
  excludeMeasures: z.optional(z.array(text)),
  /** A later ONS code → the code used here, for a council reorganised on the same boundary. */
  areaCodeChanges: z.optional(z.record(text, text)),
  /** The targets file in the local folder; plan-targets.csv unless given. */
  targets: z.optional(text),
  /** "national": every council, region and England, so a page can add any council. */
  areas: z.optional(z.literal('national')),
});

export type ImportConfig = z.infer<typeof configSchema>;
