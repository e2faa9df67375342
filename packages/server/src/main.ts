// Starts the Ebb server. PORT (default 8080) and HOST (default localhost: this machine only) can be set;
// EBB_WEB_ROOT serves a build from another folder.
import { buildServer } from './app.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? 'localhost';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`PORT must be a number from 0 to 65535 (got "${process.env.PORT}").\n`);
  process.exit(1);
}

try {
  const app = await buildServer(process.env.EBB_WEB_ROOT ? { webRoot: process.env.EBB_WEB_ROOT } : {});
  const address = await app.listen({ port, host });
  process.stdout.write(`Ebb is running at ${address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost')}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
} catch (error) {
  process.stderr.write(`Ebb could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
