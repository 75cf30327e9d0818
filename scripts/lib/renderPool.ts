/**
 * The build's page rendering across the machine's cores: a thread per core (at most
 * PRERENDER_THREADS when set), each with its own copy of the page renderer, rendering one page at a
 * time. A page that fails to render fails the build with the page named; the threads are ended by
 * `close`, which the build calls whether it succeeds or fails.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundleRenderer, RENDERER_FILES, type RenderedPage } from './prerender';
import { renderReply, type PageJob } from './renderJobs';

/** Renders one page on one thread; the next page waits for this one. */
export type ThreadRender = (job: PageJob) => Promise<RenderedPage>;

export interface RenderPool {
  /** One renderer per thread. */
  threads: ThreadRender[];
  /** Ends every thread (a page being rendered is abandoned). */
  close(): Promise<void>;
}

/** How many threads: PRERENDER_THREADS if set (1 or more), else one per core. */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.PRERENDER_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

function startThread(dir: string): { render: ThreadRender; worker: Worker } {
  // No execArgv: the thread runs the bundled JavaScript on plain Node, without the build's tsx.
  const worker = new Worker(join(dir, RENDERER_FILES.worker), {
    workerData: { dir },
    execArgv: [],
  });
  let waiting:
    { path: string; done: (page: RenderedPage) => void; fail: (e: Error) => void } | undefined;
  let ended: string | undefined;
  const fail = (why: string) => {
    const job = waiting;
    waiting = undefined;
    job?.fail(new Error(`Pre-rendering the page ${job.path} failed: ${why}`));
  };
  worker.on('message', (message: unknown) => {
    const reply = renderReply.safeParse(message);
    if (!reply.success) return fail(`the rendering thread answered ${JSON.stringify(message)}`);
    if ('error' in reply.data) return fail(reply.data.error);
    const job = waiting;
    waiting = undefined;
    job?.done(reply.data.page);
  });
  worker.on('error', (e) => {
    ended = `its thread stopped: ${e.stack ?? e.message}`;
    fail(ended);
  });
  worker.on('exit', (code) => {
    ended ??= `its thread ended (exit code ${code})`;
    fail(ended);
  });
  const render: ThreadRender = (job) =>
    new Promise((done, reject) => {
      if (ended) return reject(new Error(`Pre-rendering the page ${job.path} failed: ${ended}`));
      if (waiting)
        return reject(new Error(`${job.path}: the thread is still rendering ${waiting.path}`));
      waiting = { path: job.path, done, fail: reject };
      worker.postMessage(job);
    });
  return { render, worker };
}

/** Starts `threads` threads on the renderer bundleRenderer wrote into `dir`. */
export function startThreads(dir: string, threads: number): RenderPool {
  const started = Array.from({ length: threads }, () => startThread(dir));
  return {
    threads: started.map((t) => t.render),
    async close() {
      await Promise.all(started.map((t) => t.worker.terminate()));
    },
  };
}

/** Bundles the page renderer into `dir` (a folder in the project) and starts the threads. */
export async function startRenderPool(dir: string, threads = threadCount()): Promise<RenderPool> {
  await bundleRenderer(dir);
  return startThreads(dir, threads);
}
