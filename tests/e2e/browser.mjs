// What the e2e tests and the startup bench share: Debian's Chromium, launched with the flags this
// closed network needs (see shared/toolchain.md), and the help links every screen must carry.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const HELP_LINKS = ['tel:911', 'tel:988', 'sms:988', 'tel:+18006624357'];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
