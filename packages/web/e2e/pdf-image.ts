// Draws a PDF's pages with pdf.js in the browser (a page of its own, on an origin of its own so no service
// worker is in the way) and reads them back: each page's text, and page 1 as pixels (how much of it is
// inked, and a PNG to look at). So a printed layout is checked as the picture a person would get.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type * as PdfJs from 'pdfjs-dist';

const ORIGIN = 'http://pdf-view.test';
const pdfjsDir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');

export interface PdfPicture {
  pages: number;
  /** Each page's text, spacing normalised. */
  texts: string[];
  width: number;
  height: number;
  /** The share of the drawn page's pixels that are not near-white. */
  inked: number;
  /** The drawn page as a PNG. */
  png: Buffer;
}

/** Reads the PDF, and draws page `drawn` (the first unless told). */
export async function pdfPicture(context: BrowserContext, pdf: Buffer, drawn = 1): Promise<PdfPicture> {
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === '') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>PDF</title><canvas></canvas></html>' });
    if (!/^pdf(\.worker)?\.mjs$/.test(name)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(join(pdfjsDir, name)) });
  });
  await page.goto(`${ORIGIN}/`);
  const read = await page.evaluate(
    async ([base64, drawn]) => {
      const pdfjs = (await import(`${location.origin}/pdf.mjs`)) as typeof PdfJs;
      pdfjs.GlobalWorkerOptions.workerSrc = `${location.origin}/pdf.worker.mjs`;
      const doc = await pdfjs.getDocument({ data: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) }).promise;
      const texts: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        texts.push(
          content.items
            .map((item) => ('str' in item ? item.str : ''))
            .join(' ')
            .replace(/\s+/g, ' '),
        );
      }
      const first = await doc.getPage(drawn);
      const viewport = first.getViewport({ scale: 1.5 });
      const canvas = document.querySelector('canvas') as HTMLCanvasElement;
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      const context2d = canvas.getContext('2d') as CanvasRenderingContext2D;
      await first.render({ canvas, canvasContext: context2d, viewport }).promise;
      const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] as number) < 200 || (data[i + 1] as number) < 200 || (data[i + 2] as number) < 200) inked++;
      return { pages: doc.numPages, texts, width: canvas.width, height: canvas.height, inked: inked / (data.length / 4), png: canvas.toDataURL('image/png') };
    },
    [pdf.toString('base64'), drawn] as const,
  );
  await page.close();
  return { ...read, png: Buffer.from(read.png.split(',')[1] ?? '', 'base64') };
}
