// Where Chromium is and how to start it on these machines: CHROME_PATH, else Debian's /usr/bin/chromium.
// If it is missing and we are root, installs Debian's `chromium` package; otherwise says how to.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.getuid?.() === 0 && !process.env.CHROME_PATH) {
    console.log("Chromium not found: installing Debian's chromium package…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(path)) return path;
  }
  throw new Error(
    `Chromium was not found at ${path}. Install it with "sudo apt-get install chromium" (Debian/Ubuntu), ` +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}
