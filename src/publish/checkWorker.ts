/**
 * The Publish page's check, off the page's thread so a 26,000-row file never freezes it. Reads the
 * published data folder from this site (the CSP's connect-src 'self') and the officer's files from
 * the message; nothing is sent anywhere.
 */
import codeMapText from '../../scripts/import/national/code-map.csv?raw';
import type { ReadText } from '../data/loadFolder';
import { formatNumber } from '../format';
import { parseCodeMap } from '../wide/ascofCode';
import { checkDrop } from './checkDrop';
import { readCheckMessage, type CheckReply } from './messages';

const codes = parseCodeMap(codeMapText);

function reply(message: CheckReply): void {
  globalThis.postMessage(message);
}

/**
 * The published data folder, each file fetched once; `onRead` hears each one, for the progress
 * line.
 */
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

/** The step announced while the figures are checked together, after they have all been read. */
const CHECKING = 'Checking every figure against its measure, its series and the other areas';

globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = readCheckMessage(event.data);
  if (!message) return;
  let step = 'Reading the published data';
  const progress = (detail: string, done = 0, total = 0) =>
    reply({ kind: 'progress', step, detail, done, total });
  const read = publishedFolder(message.dataUrl, (path) => progress(`Read ${path}`));
  checkDrop(
    read,
    message.request,
    codes,
    (what) => {
      step = what;
      progress('');
    },
    // Every few thousand rows of each drop's figures, then once as they are checked together.
    (p) => {
      if (p.step === 'reading')
        progress(`${p.file}: ${formatNumber(p.rows)} rows read`, p.done, p.total);
      else {
        step = CHECKING;
        progress('');
      }
    },
  )
    .then((result) => reply({ kind: 'done', result }))
    .catch((e: unknown) =>
      reply({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
});
