// Renders the app icons (PNG) from one SVG with headless Chromium. Run once when the icon changes;
// the PNGs are committed. Usage: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { chromiumPath, chromiumArgs } from './chromium.mjs';

const wave = (size, padding) => {
  const s = size - padding * 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" fill="#1d5f68"/>
<g transform="translate(${padding} ${padding}) scale(${s / 64})">
<path d="M8 38c8-8 16-8 24 0s16 8 24 0" fill="none" stroke="#f6f4f0" stroke-width="6" stroke-linecap="round"/>
<path d="M8 26c8-8 16-8 24 0s16 8 24 0" fill="none" stroke="#8fd1d8" stroke-width="4" stroke-linecap="round"/></g></svg>`;
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
for (const [name, size, padding] of [
  ['icon-192', 192, 24],
  ['icon-512', 512, 64],
  ['icon-maskable-512', 512, 110],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${wave(size, padding)}</body>`);
  await page.screenshot({ path: `packages/web/public/icons/${name}.png`, omitBackground: false });
}
await browser.close();
