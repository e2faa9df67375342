// Starts the Ebb server. PORT (default 8080) and HOST (default localhost: this machine only) can be set;
// EBB_WEB_ROOT serves a build from another folder. The sync and share API keeps its data in SQLite in
// EBB_DATA_DIR (default ./data, made if missing), or in PostgreSQL at DATABASE_URL. EBB_API_RATE_LIMIT sets
// the API's requests per client address per minute; EBB_TRUSTED_PROXIES (comma-separated addresses or CIDR
// ranges) names the reverse proxies or load balancers whose X-Forwarded-For and X-Forwarded-Host to believe.
import { buildServer } from './app.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from './api/api-routes.ts';
import { openStorage } from './storage/open-storage.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? 'localhost';
const rateLimitPerMinute = Number(process.env.EBB_API_RATE_LIMIT ?? DEFAULT_RATE_LIMIT_PER_MINUTE);
const trustedProxies = (process.env.EBB_TRUSTED_PROXIES ?? '')
  .split(',')
  .map((entry) => entry.trim())
  .filter(Boolean);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`PORT must be a number from 0 to 65535 (got "${process.env.PORT}").\n`);
  process.exit(1);
}
if (!Number.isSafeInteger(rateLimitPerMinute) || rateLimitPerMinute < 1) {
  process.stderr.write(`EBB_API_RATE_LIMIT must be a whole number of requests per minute, at least 1 (got "${process.env.EBB_API_RATE_LIMIT}").\n`);
  process.exit(1);
}

try {
  const storage = await openStorage();
  const app = await buildServer({
    ...(process.env.EBB_WEB_ROOT ? { webRoot: process.env.EBB_WEB_ROOT } : {}),
    storage,
    api: { rateLimitPerMinute },
    trustedProxies,
  });
  app.addHook('onClose', () => storage.close());
  const address = await app.listen({ port, host });
  process.stdout.write(`Ebb is running at ${address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost')}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
} catch (error) {
  process.stderr.write(`Ebb could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
