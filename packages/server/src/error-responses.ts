// Every error the server sends, whichever layer finds it (Node's HTTP parser, Fastify's router, a hook or a
// handler): a fixed status text, the same security headers as a page, never cached, and nothing from the
// request echoed back (an address or a header in an error page is a way to inject content).
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply } from 'fastify';

const statusText = (status: number) => STATUS_CODES[status] ?? 'Error';

/** Sends a plain error. `close` ends the connection, for requests whose body was never read. */
export function sendError(reply: FastifyReply, status: number, headers: Record<string, string>, { close = false } = {}): FastifyReply {
  reply.code(status).headers(headers).header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-store');
  if (close) reply.header('connection', 'close');
  return reply.send(statusText(status));
}

/** A complete HTTP/1.1 error response for a raw socket (errors found before Fastify sees a request). */
export function rawErrorResponse(status: number, headers: Record<string, string>): string {
  const body = statusText(status);
  const lines = Object.entries({
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    connection: 'close',
  }).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${statusText(status)}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Node's clientError event: a request too slow (408), with headers too large (431) or malformed (400). */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket, headers: Record<string, string>): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  // As Node does: answer only if no response has started on this socket, so a reply is never corrupted.
  const inFlight = Reflect.get(socket, '_httpMessage') as { headersSent?: boolean } | null | undefined;
  if (socket.writable && !inFlight?.headersSent) socket.write(rawErrorResponse(status, headers));
  socket.destroy();
}
