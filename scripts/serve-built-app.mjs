// Starts the built app exactly as `npm start` serves it, on a free loopback port: for benchmarks,
// screenshots, and browser tests that need a server of their own (optionally over another build folder).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** `env` is added to the server's environment (a data folder, a database, a rate limit). */
export async function serveBuiltApp({ webRoot, env = {} } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['packages/server/dist/main.js'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ...(webRoot ? { EBB_WEB_ROOT: webRoot } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('running at') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid, stop: () => (child.kill('SIGTERM'), exited) };
}
