/** The Chromium the end-to-end tests and the first-answer bench drive: where it is, and how it is launched. */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CASUS_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Headless, and nothing of its own on the network, so that only the workbench's requests are made. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
