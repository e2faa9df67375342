// `npm run bench:server`: requests per second and p99 latency for `/` as `npm start` serves it, over 100
// keep-alive connections on loopback, without and with `Accept-Encoding: br`. The client is a bounded loop
// over node:http keep-alive agents in this process; the server runs in its own process.
// Besides requests/s and p99, it reports the server's own CPU time per 1,000 requests (Linux /proc), which
// other processes on a shared machine disturb far less than throughput.
// Progress goes to stderr; the medians of the runs are printed as one JSON object on the last line of stdout.
// Options: --runs N (default 5), --seconds S per run (default 5), --connections C (default 100),
// --no-build (measure the existing build), --url U [--pid P] (measure a server that is already running).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { serveBuiltApp } from '../scripts/serve-built-app.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const runs = option('--runs', 5);
const seconds = option('--seconds', 5);
const connections = option('--connections', 100);
const givenUrl = args.includes('--url') ? args[args.indexOf('--url') + 1] : null;
const givenPid = option('--pid', null);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** CPU time a process has used so far, in ms (user + system; clock ticks are 1/100 s on Linux), or null. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime and stime, fields 14 and 15 of the file
  } catch {
    return null;
  }
}

/** One GET on a kept-alive socket; resolves with the latency in ms, rejects on anything but a 200 as expected. */
function get(agent, url, headers, expectedEncoding) {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      const encoding = res.headers['content-encoding'] ?? 'identity';
      if (res.statusCode !== 200 || encoding !== expectedEncoding) {
        res.resume();
        reject(new Error(`expected 200 ${expectedEncoding}, got ${res.statusCode} ${encoding}`));
        return;
      }
      res.on('data', () => {});
      res.on('end', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** `connections` loops, each sending its next request when the last one has been read, for `ms`. */
async function load(url, pid, headers, expectedEncoding, ms) {
  const cpuBefore = cpuMs(pid);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  const deadline = performance.now() + ms;
  const started = performance.now();
  const loop = async () => {
    while (performance.now() < deadline) latencies.push(await get(agent, url, headers, expectedEncoding));
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = performance.now() - started;
  const cpuAfter = cpuMs(pid);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round((latencies.length / elapsed) * 1000),
    p99Ms: Number(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))].toFixed(1)),
    serverCpuMsPer1000: cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) / latencies.length) * 1000),
  };
}

const variants = {
  identity: { headers: {}, encoding: 'identity' },
  brotli: { headers: { 'accept-encoding': 'br' }, encoding: 'br' },
};

if (!givenUrl && !args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(1);
}
const server = givenUrl ? { url: givenUrl, pid: givenPid, stop: () => {} } : await serveBuiltApp();
try {
  const results = { identity: [], brotli: [] };
  for (const variant of Object.values(variants)) await load(server.url, server.pid, variant.headers, variant.encoding, 1000); // warm-up
  // Alternate the two variants so that noise from other processes on the machine falls on both alike.
  for (let run = 1; run <= runs; run += 1) {
    for (const [name, variant] of Object.entries(variants)) {
      const result = await load(server.url, server.pid, variant.headers, variant.encoding, seconds * 1000);
      results[name].push(result);
      process.stderr.write(`run ${run} ${name}: ${JSON.stringify(result)}\n`);
    }
  }
  const summary = (list) => ({
    requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
    p99Ms: median(list.map((r) => r.p99Ms)),
    serverCpuMsPer1000: list[0].serverCpuMsPer1000 === null ? null : median(list.map((r) => r.serverCpuMsPer1000)),
  });
  console.log(JSON.stringify({ connections, runs, seconds, root: summary(results.identity), rootBrotli: summary(results.brotli) }));
} finally {
  server.stop();
}
