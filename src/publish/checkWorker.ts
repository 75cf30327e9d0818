/**
 * The Publish page's check, off the page's thread so a 26,000-row file never freezes it. Reads the
 * published data folder from this site (the CSP's connect-src 'self') and the officer's files from
 * the message; nothing is sent anywhere.
 */
import codeMapText from '../../scripts/import/national/code-map.csv?raw';
import type { ReadText } from '../data/loadFolder';
import { parseCodeMap } from '../wide/ascofCode';
import { checkDrop } from './checkDrop';
import { readCheckMessage, type CheckReply } from './messages';

const codes = parseCodeMap(codeMapText);

function reply(message: CheckReply): void {
  globalThis.postMessage(message);
}

/** The published data folder, each file fetched once; `onRead` counts them for the progress bar. */
function publishedFolder(dataUrl: string, onRead: (path: string) => void): ReadText {
  const cache = new Map<string, Promise<string | undefined>>();
  return (path) => {
    let text = cache.get(path);
    if (!text) {
      text = fetch(`${dataUrl}${path}`).then(async (res) => {
        onRead(path);
        if (res.status === 404) return undefined;
        if (!res.ok) throw new Error(`${path} could not be read from this site (${res.status})`);
        return res.text();
      });
      cache.set(path, text);
    }
    return text;
  };
}

globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = readCheckMessage(event.data);
  if (!message) return;
  let done = 0;
  let what = 'Reading the published data';
  // Nine files, then a values.csv and a commentary.csv for each drop: known once drops.csv is read.
  let total = 9;
  const read = publishedFolder(message.dataUrl, (path) => {
    done++;
    total = Math.max(total, done);
    reply({ kind: 'progress', what: `${what}: ${path}`, done, total });
  });
  const counted: ReadText = async (path) => {
    const text = await read(path);
    if (path === 'drops.csv' && text !== undefined)
      total = 9 + 2 * text.split('\n').filter((l) => l.trim() !== '').length;
    return text;
  };
  checkDrop(counted, message.request, codes, (step) => {
    what = step;
    reply({ kind: 'progress', what: step, done, total });
  })
    .then((result) => reply({ kind: 'done', result }))
    .catch((e: unknown) =>
      reply({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
});
