/**
 * The one way this project starts a browser: Debian's Chromium (CHROMIUM_PATH, or
 * /usr/bin/chromium), headless, driven by playwright-core (never `playwright install`). Used by the
 * browser tests, the bench and `npm run pack`.
 */
import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for running as root on a CI machine; none of the browser's background traffic reaches the
 * network.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium. Close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    headless: true,
  });
}
