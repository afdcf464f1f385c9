#!/usr/bin/env node
// The one place that makes a fresh machine ready: `npm start`, `npm test` and `.ci/run` all
// run their work through this script. It is plain JavaScript that any Node from 18 on can
// run, because it is what fetches a newer Node.
//
//   node scripts/bootstrap.mjs [--browser] -- <command> [args…]
//
// 1. Node: package.json's `engines.node` is what the dependencies accept. Any other Node
//    fetches Node 24 from the npm registry package `node-<platform>-<arch>` into `.tools/`
//    (git-ignored) and puts it first on PATH.
// 2. Dependencies: `npm ci` when node_modules was not installed from this exact lockfile by
//    this Node major.
// 3. Browser (with --browser): Chromium for the end-to-end tests, from CHROMIUM_PATH,
//    /usr/bin/chromium, or Debian's package when running as root with apt.
// Then it runs the command with that PATH and exits with its status. A machine that already
// has all three does nothing extra. Each step that does work says so in one line.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Node fetched when the machine's is older: an exact version, so every machine gets the same. */
const NODE_PACKAGE_VERSION = '24.22.3';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One line per step that does work, prefixed so it stands out in npm's output. */
const say = (line) => console.log(`[bootstrap] ${line}`);
const fail = (line) => {
  console.error(`[bootstrap] ${line}`);
  process.exit(1);
};

/**
 * True when a Node version satisfies an `engines` range made of `^x.y.z` and `>=x.y.z`
 * alternatives joined by `||` (the only forms package.json uses here).
 */
export function satisfies(version, range) {
  const v = version.replace(/^v/, '').split('.').map(Number);
  const atLeast = (min) => {
    for (let i = 0; i < 3; i++)
      if ((v[i] ?? 0) !== (min[i] ?? 0)) return (v[i] ?? 0) > (min[i] ?? 0);
    return true;
  };
  return range.split('||').some((alternative) => {
    const m = /^\s*(\^|>=)\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(alternative);
    if (!m) throw new Error(`engines.node: cannot read "${alternative.trim()}"`);
    const min = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
    return m[1] === '>=' ? atLeast(min) : v[0] === min[0] && atLeast(min);
  });
}

/** The Node versions every dependency accepts: package.json's `engines.node`. */
const engines = () =>
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).engines.node;

/** Runs a setup step; a quiet one prints its output only if it fails. */
function run(command, args, env, { quiet = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    fail(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  }
}

/** Makes a recent Node the first `node` on PATH; returns the environment to run with. */
function ensureNode(env) {
  const range = engines();
  if (satisfies(process.versions.node, range)) return env;
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = path.join(root, '.tools', `node-${NODE_PACKAGE_VERSION}`);
  const bin = path.join(prefix, 'node_modules', pkg, 'bin');
  if (!existsSync(path.join(bin, 'node'))) {
    say(
      `Node ${process.versions.node} is not one the dependencies accept (${range}): fetching Node ${NODE_PACKAGE_VERSION} (${pkg}) into .tools/`,
    );
    run(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `${pkg}@${NODE_PACKAGE_VERSION}`,
      ],
      env,
    );
    if (!existsSync(path.join(bin, 'node'))) fail(`${pkg} installed no node binary in ${bin}`);
  }
  return { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ''}` };
}

/** The Node major that `node` on this PATH runs. */
function nodeMajor(env) {
  const out = spawnSync('node', ['-p', 'process.versions.node'], { env, encoding: 'utf8' });
  return out.stdout.trim().split('.')[0];
}

/** Runs `npm ci` unless node_modules was installed from this lockfile by this Node major. */
function ensureDependencies(env) {
  const lock = readFileSync(path.join(root, 'package-lock.json'));
  const stamp = createHash('sha256')
    .update(lock)
    .update(`node ${nodeMajor(env)}`)
    .digest('hex');
  const stampFile = path.join(root, 'node_modules', '.bootstrap-stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  say('Installing dependencies from package-lock.json (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], env);
  writeFileSync(stampFile, stamp);
}

/** Makes a Chromium available for Playwright; returns the environment naming it. */
function ensureBrowser(env) {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (!existsSync(wanted)) fail(`CHROMIUM_PATH is ${wanted}, which does not exist`);
    return env;
  }
  if (existsSync(DEFAULT_CHROMIUM)) return env;
  const aptGet = '/usr/bin/apt-get';
  if (process.getuid?.() !== 0 || !existsSync(aptGet)) {
    fail(
      `The end-to-end tests need Chromium: install Debian's "chromium" package, or set CHROMIUM_PATH to a Chromium or Chrome binary`,
    );
  }
  say(`Installing Debian's chromium package for the end-to-end tests (apt-get)`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  run(aptGet, ['update'], aptEnv, { quiet: true });
  run(aptGet, ['install', '-y', '--no-install-recommends', 'chromium'], aptEnv, { quiet: true });
  if (!existsSync(DEFAULT_CHROMIUM))
    fail(`apt-get installed chromium but ${DEFAULT_CHROMIUM} is missing`);
  return env;
}

function main(argv) {
  const separator = argv.indexOf('--');
  const flags = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  const unknown = flags.filter((flag) => flag !== '--browser');
  if (unknown.length > 0 || command.length === 0) {
    fail(
      `usage: node scripts/bootstrap.mjs [--browser] -- <command> [args…] (got ${argv.join(' ')})`,
    );
  }

  let env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Logs (CI, a pipe, a file) get no colour codes; a terminal keeps its colours.
  if (!process.stdout.isTTY && env.NO_COLOR === undefined && env.FORCE_COLOR === undefined) {
    env.NO_COLOR = '1';
  }
  env = ensureNode(env);
  ensureDependencies(env);
  if (flags.includes('--browser')) env = ensureBrowser(env);

  const child = spawn(command[0], command.slice(1), { cwd: root, env, stdio: 'inherit' });
  // Ctrl+C or a CI stop reaches the server or test runner, and this script exits with it.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => fail(`${command[0]} could not start: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
