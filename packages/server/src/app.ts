// The Ebb server: serves the built PWA with strict headers and compression. Hashed assets are cached
// for a year; everything else revalidates, so an update is picked up (the service worker decides when).
// Unknown paths without a file extension get the app shell, so every screen's address works.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { contentSecurityPolicy, securityHeaders } from './security-headers.ts';

export const defaultWebRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface ServerOptions {
  /** The built web app (packages/web/dist). */
  webRoot?: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export async function buildServer({ webRoot = defaultWebRoot }: ServerOptions = {}): Promise<FastifyInstance> {
  const indexHtml = await readFile(new URL('index.html', `file://${webRoot.endsWith('/') ? webRoot : `${webRoot}/`}`), 'utf8').catch(() => {
    throw new Error(`The web app is not built (no index.html in ${webRoot}). Run "npm run build" first.`);
  });
  const headers = securityHeaders(contentSecurityPolicy(indexHtml));

  // No request logging: addresses and timings are nobody's business, and Ebb never logs personal content.
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(headers);
  });

  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(fastifyStatic, {
    root: webRoot,
    index: 'index.html',
    wildcard: true,
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders(res, path) {
      res.setHeader('cache-control', path.includes('/assets/') ? IMMUTABLE : REVALIDATE);
    },
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isScreen = (request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path);
    if (!isScreen) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.code(200).type('text/html; charset=utf-8').header('cache-control', REVALIDATE).send(indexHtml);
  });

  return app;
}
