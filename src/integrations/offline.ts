import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  buildId,
  precacheList,
  sitePath,
  withBuildMeta,
  type BuiltFile,
} from '../lib/offline/manifest';

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

/**
 * After the build: marks every page with the build's id and writes /sw.js, the service worker
 * that saves this build for offline use (src/offline/sw.js with its list of files filled in).
 */
export function offline(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'llm-explorer:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const all = files(dist).filter((f) => relative(dist, f) !== 'sw.js');
        const built: BuiltFile[] = all.map((f) => ({
          path: sitePath(relative(dist, f)),
          hash: createHash('sha256').update(readFileSync(f)).digest('hex'),
        }));
        const id = buildId(built);
        for (const f of all)
          if (f.endsWith('.html')) writeFileSync(f, withBuildMeta(readFileSync(f, 'utf8'), id));
        const precache = precacheList(built.map((b) => b.path));
        const source = readFileSync(new URL('src/offline/sw.js', root), 'utf8')
          .replace("'__BUILD_ID__'", JSON.stringify(id))
          .replace('__PRECACHE__', JSON.stringify(precache));
        writeFileSync(join(dist, 'sw.js'), source);
        logger.info(
          `service worker for build ${id}: ${precache.length} files saved on first visit`,
        );
      },
    },
  };
}
