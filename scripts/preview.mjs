#!/usr/bin/env node
// Serves the built site (`dist/`) with `astro preview` on PORT (default 4321). A taken port
// is an error naming it: Astro would otherwise move to the next free port, and the README's
// address (or the end-to-end tests) would reach whatever else holds this one.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = Number(process.env.PORT ?? 4321);
const host = 'localhost';

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}"`);
  process.exit(1);
}
if (!existsSync(path.join(root, 'dist', 'index.html'))) {
  console.error(
    'No built site in dist/: run `npm run build` first (or `npm start`, which does both).',
  );
  process.exit(1);
}

/** Resolves when nothing listens on host:port; rejects with the reason otherwise. */
function portIsFree() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ port, host }, () => probe.close(resolve));
  });
}

try {
  await portIsFree();
} catch (error) {
  const why =
    error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be opened (${error.code})`;
  console.error(
    `Port ${port} on ${host} ${why}. Stop what holds it, or choose another: PORT=4400 npm start`,
  );
  process.exit(1);
}

const child = spawn(
  path.join(root, 'node_modules', '.bin', 'astro'),
  // --ignore-lock: Astro allows one preview per project; a second one on another PORT (the
  // tests' server beside `npm start`) is fine here, the port check above guards the port.
  ['preview', '--port', String(port), '--host', host, '--ignore-lock'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
