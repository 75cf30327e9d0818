/** What the build and its rendering threads say to each other (renderPool.ts, renderWorker.ts). */
import { z } from 'zod';

/** A page to render: its path below the site's root, as of `today`, from the site in `siteDir`. */
export const pageJob = z.object({
  path: z.string(),
  today: z.string(),
  siteDir: z.string(),
  /** The council's folder in a national build. */
  root: z.string().optional(),
});
export type PageJob = z.infer<typeof pageJob>;

/** The rendered page, or the error (its stack) that stopped it. */
export const renderReply = z.union([
  z.object({
    page: z.object({
      html: z.string(),
      title: z.string(),
      files: z.array(z.object({ file: z.string(), href: z.string() })),
    }),
  }),
  z.object({ error: z.string() }),
]);
export type RenderReply = z.infer<typeof renderReply>;
