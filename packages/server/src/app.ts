// The Ebb server: serves the built PWA with strict headers. Text files go out as the build precompressed
// them (brotli or gzip, chosen by Accept-Encoding; nothing is compressed per request). Hashed assets are
// cached for a year; everything else revalidates, so an update is picked up (the service worker decides
// when). Unknown paths without a file extension get the app shell, so every screen's address works.
// Only GET and HEAD are answered, except by the sync and share API under /api (api/api-routes.ts) when
// storage is given; slow or stalled clients are cut off; every error carries the same security headers and
// echoes nothing.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { chooseEncoding, type Encoding } from './accept-encoding.ts';
import { answerClientError, sendError } from './error-responses.ts';
import { contentSecurityPolicy, securityHeaders } from './security-headers.ts';
import { StaticFiles, type StaticFile } from './static-files.ts';
import { defaultWebRoot } from './web-root.ts';
import { languageOfPath, languageToRedirectTo } from './language-routing.ts';
import { registerApi, type ApiOptions } from './api/api-routes.ts';
import type { SyncStorage } from './storage/sync-storage.ts';

export interface Timeouts {
  /** To receive a request's headers. */
  headersMs: number;
  /** To receive a whole request, body included (Ebb's requests have none yet). */
  requestMs: number;
  /** A kept-alive connection waiting for its next request. */
  idleMs: number;
  /** A connection on which nothing at all is sent or received. */
  silentMs: number;
}

export interface ServerOptions {
  /** The built web app (packages/web/dist). */
  webRoot?: string;
  timeouts?: Partial<Timeouts>;
  /** Where the API keeps accounts, records and shares; without it /api answers 404. */
  storage?: SyncStorage;
  api?: ApiOptions;
  /** Addresses or CIDR ranges of the reverse proxies or load balancers in front, whose X-Forwarded-For and
   *  X-Forwarded-Host are believed (for the API's per-client rate limit and same-origin check). None by default. */
  trustedProxies?: readonly string[];
}

const DEFAULT_TIMEOUTS: Timeouts = { headersMs: 10_000, requestMs: 20_000, idleMs: 5_000, silentMs: 30_000 };
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
/** Ebb's addresses are short; a longer one is refused before it is looked at. */
const MAX_URL_LENGTH = 2048;
/** Node's own default, stated so the 431 limit is a decision rather than an accident. */
const MAX_HEADER_BYTES = 16 * 1024;
const BODY_LIMIT = 64 * 1024;

const isApiPath = (url: string) => url === '/api' || /^\/api[/?]/.test(url);

const matchesEtag = (header: string | undefined, etag: string) =>
  header !== undefined && header.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));

/** The decoded path of a request's URL, or null when its percent-encoding is broken. */
function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return null;
  }
}

export async function buildServer({
  webRoot = defaultWebRoot,
  timeouts = {},
  storage,
  api = {},
  trustedProxies = [],
}: ServerOptions = {}): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const files = new StaticFiles(webRoot);
  const index = await files.find('/index.html');
  if (index === null) throw new Error(`The web app is not built (no index.html in ${webRoot}). Run "npm run build" first.`);

  // The CSP names the exact inline blocks of index.html; it follows the file when a new build replaces it.
  // Every response sets these headers itself (sendFile, sendError, answerClientError): no path goes without.
  const pageOf = (file: StaticFile) => ({ index: file, headers: securityHeaders(contentSecurityPolicy(file.identity.body.toString('utf8'))) });
  let page = pageOf(index);

  // No request logging: addresses and timings are nobody's business, and Ebb never logs personal content.
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    requestTimeout: limits.requestMs,
    keepAliveTimeout: limits.idleMs,
    connectionTimeout: limits.silentMs,
    // Node checks the header and request deadlines on this interval (30 s by default): check often enough.
    http: { headersTimeout: limits.headersMs, maxHeaderSize: MAX_HEADER_BYTES, connectionsCheckingInterval: Math.min(1000, limits.headersMs) },
    return503OnClosing: false,
    frameworkErrors: (error, _request, reply) => void sendError(reply, error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400, page.headers, { close: true }),
    clientErrorHandler: (error, socket) => answerClientError(error, socket, page.headers),
    // The API's schemas close every object: unknown fields are refused, not quietly dropped, and no value is
    // coerced from another type.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
    trustProxy: trustedProxies.length > 0 ? [...trustedProxies] : false,
  });

  // Refused before any body is read, and the connection closed so an unread body cannot follow.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH) return sendError(reply, 414, page.headers, { close: true });
    // The API takes other methods and larger bodies, each route with its own limit (api/api-routes.ts).
    if (isApiPath(request.url)) {
      if (storage !== undefined) return;
      return reply.code(404).headers(page.headers).header('cache-control', 'no-store').header('connection', 'close').send({ error: 'not found' });
    }
    if (Number(request.headers['content-length'] ?? 0) > BODY_LIMIT) return sendError(reply, 413, page.headers, { close: true });
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(reply.header('allow', 'GET, HEAD'), 405, page.headers, { close: true });
  });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    return sendError(reply, status, page.headers, { close: status !== 500 });
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, page.headers));

  if (storage !== undefined) await registerApi(app, storage, () => page.headers, api);

  const sendFile = (request: FastifyRequest, reply: FastifyReply, file: StaticFile, cacheControl: string) => {
    const available = Object.keys(file.variants) as Encoding[];
    const encoding = chooseEncoding(request.headers['accept-encoding'], available);
    const chosen = (encoding && file.variants[encoding]) || file.identity;
    if (file.type.startsWith('text/html') && file !== page.index) page = pageOf(file);
    reply.headers(page.headers).header('content-type', file.type).header('cache-control', cacheControl).header('etag', chosen.etag);
    if (available.length > 0) reply.header('vary', [reply.getHeader('vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
    if (matchesEtag(request.headers['if-none-match'], chosen.etag)) return reply.code(304).send();
    if (encoding) reply.header('content-encoding', encoding);
    return reply.header('content-length', chosen.body.length).send(chosen.body);
  };

  const sendShell = async (request: FastifyRequest, reply: FastifyReply, path: string) => {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    const language = languageOfPath(path);
    if (language !== null && path === `/${language}`) return reply.headers(page.headers).redirect(`/${language}/`, 301);
    if (language === null) {
      reply.header('vary', 'Accept-Language');
      const moveTo = languageToRedirectTo(request.headers['accept-language'], query);
      if (moveTo !== null && (await files.find(`/${moveTo}/index.html`)) !== null) {
        return reply
          .headers(page.headers)
          .header('cache-control', REVALIDATE)
          .redirect(`/${moveTo}${path}${query ? `?${query}` : ''}`, 302);
      }
    }
    const shell = (language !== null && (await files.find(`/${language}/index.html`))) || (await files.find('/index.html'));
    if (shell === null) throw new Error('index.html has gone from the web root');
    return sendFile(request, reply, shell, REVALIDATE);
  };

  app.get('/*', async (request, reply) => {
    const path = decodedPath(request.url);
    if (path === null) return sendError(reply, 400, page.headers, { close: true });
    // A screen's address (no file extension) gets the app shell of its language (language-routing.ts).
    if (!/\.[a-z0-9]+$/i.test(path)) return sendShell(request, reply, path);
    const file = await files.find(path);
    if (file !== null) return sendFile(request, reply, file, /^\/([a-z]{2}\/)?assets\//.test(path) ? IMMUTABLE : REVALIDATE);
    return sendError(reply, 404, page.headers);
  });

  return app;
}
