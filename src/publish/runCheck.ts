import type { DropCheck, DropRequest } from './checkDrop';
import { readCheckReply } from './messages';

/**
 * How far the check has got: `step` in a few words (it changes a handful of times, so it can be
 * announced), `detail` as it goes (the file and the rows read so far, shown, not announced), and
 * `done` of `total` for the bar (total 0 while there is no measure of how far).
 */
export interface Progress {
  step: string;
  detail: string;
  done: number;
  total: number;
}

/**
 * Runs the publish check in a Web Worker and resolves with its result; `onProgress` hears how far
 * it has got. The officer's files are handed to the worker, not copied.
 */
export function runCheck(
  dataUrl: string,
  request: DropRequest,
  onProgress: (p: Progress) => void,
): { result: Promise<DropCheck>; cancel: () => void } {
  const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
  const transfer = [request.values, request.commentary, request.sheet?.file, request.sheet?.map]
    .filter((f) => f !== undefined)
    .map((f) => f.bytes);
  const result = new Promise<DropCheck>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const reply = readCheckReply(event.data);
      if (!reply) return;
      if (reply.kind === 'progress') onProgress(reply);
      else {
        worker.terminate();
        if (reply.kind === 'done') resolve(reply.result);
        else reject(new Error(reply.message));
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the check stopped unexpectedly'));
    });
  });
  worker.postMessage({ dataUrl, request }, transfer);
  return { result, cancel: () => worker.terminate() };
}
