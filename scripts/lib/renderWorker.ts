/**
 * One thread of the build's page rendering (renderPool.ts): it loads the page renderer and renders
 * the pages the build sends it, one at a time, answering each with the page or what stopped it.
 * Bundled by Vite beside the renderer (bundleRenderer), so it runs on plain Node: under tsx every
 * dynamic import a page makes would go through tsx's module hooks.
 */
import { join } from 'node:path';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { importRenderer, RENDERER_FILES, siteReader, type RenderPage } from './prerender';
import { pageJob, type RenderReply } from './renderJobs';

function threadPort(): MessagePort {
  if (!parentPort) throw new Error('renderWorker.ts runs as a worker thread of the build');
  return parentPort;
}
const port = threadPort();
const { dir } = z.object({ dir: z.string() }).parse(workerData);
const renderer: Promise<RenderPage> = importRenderer(join(dir, RENDERER_FILES.page));
// A renderer that fails to load is each page's answer, not the end of the thread.
renderer.catch(() => undefined);

async function answer(message: unknown): Promise<void> {
  const job = pageJob.parse(message);
  let reply: RenderReply;
  try {
    const render = await renderer;
    reply = { page: await render(job.path, job.today, siteReader(job.siteDir), job.root) };
  } catch (e) {
    reply = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
}

port.on('message', (message: unknown) => void answer(message));
