// Slow and stalled clients are cut off, and errors found by Node's HTTP parser carry the security headers:
// raw sockets on 127.0.0.1 against a listening server with short deadlines.
import { connect } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app.ts';

let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'ebb-web-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Ebb</title><style>a{}</style><p>Hello</p>');
  app = await buildServer({ webRoot: root, timeouts: { headersMs: 300, requestMs: 600, idleMs: 300, silentMs: 1500 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});

afterAll(() => app.close());

/** Opens a socket, sends `parts` (a number waits that many ms), and resolves with all it received once closed. */
function talk(parts: ReadonlyArray<string | number>, giveUpMs = 4000): Promise<{ received: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after ${giveUpMs} ms; received ${JSON.stringify(received.slice(0, 80))}`));
    }, giveUpMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => {}); // a reset is one way of being cut off; 'close' follows
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ received, closedAfterMs: performance.now() - started });
    });
    socket.on('connect', async () => {
      for (const part of parts) {
        if (typeof part === 'number') await new Promise((wait) => setTimeout(wait, part));
        else if (!socket.destroyed) socket.write(part);
      }
    });
  });
}

const expectSecureError = (received: string, status: number) => {
  expect(received).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
  expect(received).toMatch(/\r\ncontent-security-policy: default-src 'self'/i);
  expect(received).toMatch(/\r\nx-content-type-options: nosniff/i);
  expect(received).toMatch(/\r\nx-frame-options: DENY/i);
  expect(received).toMatch(/\r\ncache-control: no-store/i);
};

describe('timeouts', () => {
  it('answers a prompt client normally', async () => {
    const { received } = await talk(['GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n']);
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toContain('<p>Hello</p>');
  });

  it('cuts off a client that sends part of its headers and stalls (408)', async () => {
    const { received } = await talk(['GET / HTTP/1.1\r\nHost: a\r\n']);
    expectSecureError(received, 408);
  });

  it('cuts off headers dripped a byte at a time', async () => {
    const drip = [...'GET / HTTP/1.1\r\nHost: a\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'].flatMap((byte) => [byte, 50]);
    const { received, closedAfterMs } = await talk(drip);
    expectSecureError(received, 408);
    expect(closedAfterMs).toBeLessThan(drip.length * 25); // long before the drip would have ended
  });

  it('cuts off a request whose body stalls', async () => {
    const { received } = await talk(['GET /settings HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n', 'only part of it']);
    // A GET's body means nothing to Ebb: the page is sent at once, and the stalled body then times out.
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expectSecureError(received.slice(received.indexOf('<p>Hello</p>') + '<p>Hello</p>'.length), 408);
  });

  it('refuses a body sent to anything but GET (405) and closes at once', async () => {
    const { received } = await talk(['POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n', 'only part of it']);
    expectSecureError(received, 405);
    expect(received).toMatch(/\r\nconnection: close\r\n/i);
    expect(received.match(/HTTP\/1\.1 /g)).toHaveLength(1); // closed by the answer, not later by a deadline (408)
  });

  it('closes a kept-alive connection left idle', async () => {
    const { received } = await talk(['GET / HTTP/1.1\r\nHost: a\r\n\r\n']);
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toMatch(/\r\nconnection: keep-alive/i);
  });

  it('closes a connection that never sends anything', async () => {
    const { received } = await talk([]);
    expect(received === '' || /^HTTP\/1\.1 408 /.test(received)).toBe(true);
  });
});

describe('errors found before a request is read', () => {
  it('431: headers too large, with the security headers and nothing echoed', async () => {
    const { received } = await talk([`GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${'<b>'.repeat(8000)}\r\n\r\n`]);
    expectSecureError(received, 431);
    expect(received).not.toContain('<b>');
  });

  it('431: an address too long for the header limit', async () => {
    const { received } = await talk([`GET /${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`]);
    expectSecureError(received, 431);
  });

  it('400: a request that is not HTTP, without echoing it', async () => {
    const { received } = await talk(['<script>alert(1)</script>\r\n\r\n']);
    expectSecureError(received, 400);
    expect(received).not.toContain('alert');
  });

  it('400: a broken address reaching the router, with the security headers', async () => {
    const { received } = await talk(['GET /help%ZZ<b> HTTP/1.1\r\nHost: a\r\n\r\n']);
    expectSecureError(received, 400);
    expect(received).not.toContain('<b>');
  });
});
