/**
 * DNS rebinding defence: a page on any site can make the browser send requests to 127.0.0.1 under
 * a name its own DNS points there, and the browser then treats the answers as that site's. The
 * server has no accounts, so it answers only requests whose Host (and Origin, when a browser sends
 * one) names this server: a loopback name, or the address it was bound to.
 */
import { networkInterfaces } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.ts';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The host part of a Host header or an Origin, lower-cased, IPv6 in brackets; undefined if it is not one. */
function hostnameOf(value: string, scheme: boolean): string | undefined {
  try {
    return new URL(scheme ? value : `http://${value}`).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

const bracketed = (address: string) => (address.includes(':') ? `[${address}]` : address);

/**
 * The address to show in the server's URL: the bound one, or for 0.0.0.0 and :: (which no
 * browser may address: the Host check refuses them) this machine's first network address.
 * @example shownHost('0.0.0.0') // '192.168.1.5', or '127.0.0.1' on a machine without a network
 */
export function shownHost(bound: string): string {
  if (!WILDCARDS.has(bound)) return bracketed(bound);
  const all = Object.values(networkInterfaces()).flat();
  const external = all.find((a) => a && !a.internal && a.family === 'IPv4');
  return external?.address ?? '127.0.0.1';
}

/**
 * The names a request may address: loopback, plus the bound address, or every address of this
 * machine when bound to all of them (0.0.0.0, ::).
 * @example allowedHostnames('192.168.1.5') // Set {localhost, 127.0.0.1, [::1], 192.168.1.5}
 */
export function allowedHostnames(bound: string | undefined): Set<string> {
  const names = new Set(LOOPBACK);
  if (!bound) return names;
  if (!WILDCARDS.has(bound)) names.add(hostnameOf(bracketed(bound), false) ?? bound);
  else
    for (const list of Object.values(networkInterfaces()))
      for (const a of list ?? []) names.add(bracketed(a.address).toLowerCase());
  return names;
}

const shown = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/**
 * Refuses, with 403, a request whose Host or Origin names another server.
 * @example installHostCheck(app, '127.0.0.1') // Host: attacker.example → 403 forbidden_host
 */
export function installHostCheck(app: FastifyInstance, bound: string | undefined): void {
  const allowed = allowedHostnames(bound);
  const names = [...allowed].slice(0, 4).join(', ');
  app.addHook('onRequest', async (request) => {
    const host = request.headers.host ?? '';
    if (!allowed.has(hostnameOf(host, false) ?? ''))
      throw new ApiError(
        403,
        'forbidden_host',
        `this server answers requests addressed to ${names}, not to Host ${shown(host)}`,
        undefined,
        'to reach it under another address, start it with `casus serve --host ADDRESS`',
      );
    const origin = request.headers.origin;
    if (origin !== undefined && !allowed.has(hostnameOf(origin, true) ?? ''))
      throw new ApiError(
        403,
        'forbidden_origin',
        `requests from pages on ${shown(origin)} are refused: only this server's own pages may call it`,
      );
  });
}
