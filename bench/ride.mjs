// P5: tap "Ride it out" on Home → the first guided step (the urge rating) on screen, in Chromium with 4×
// CPU throttling. Measured inside the page from the click to the first animation frame after the step is
// in the document (the frame that paints it); median of several runs, each from a fresh load of Home.
import { chromium } from 'playwright-core';
/* global document, requestAnimationFrame -- the measuring function runs in the page */
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

/** `base` is the language's address: "/" for English, "/es/" for Spanish… */
export async function rideBenchmark(url, base = '/', runs = 7, throttle = 4) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const times = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${url}${base.slice(1)}`);
      await page.locator(`a[href="${base}ride"]`).first().waitFor();
      await page.waitForLoadState('networkidle');
      times.push(
        await page.evaluate(
          (href) =>
            new Promise((resolve) => {
              const link = [...document.querySelectorAll('a')].find((a) => a.getAttribute('href') === href);
              const start = performance.now();
              link.click();
              const check = () => {
                if (document.getElementById('urge-start-question')) requestAnimationFrame(() => resolve(performance.now() - start));
                else requestAnimationFrame(check);
              };
              check();
            }),
          `${base}ride`,
        ),
      );
    }
    times.sort((a, b) => a - b);
    return { cpuThrottle: throttle, runs, medianMs: Math.round(times[Math.floor(times.length / 2)]), maxMs: Math.round(times.at(-1)) };
  } finally {
    await browser.close();
  }
}
