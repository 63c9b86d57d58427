/**
 * The package version for `jsv --version`, read at run time from the `package.json` of jsv-codec found by walking up
 * from this file (dist/cli.js → ../package.json; src/cli/version.ts → ../../package.json), so it never goes stale.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The directory of the running module, in both the ESM and the CommonJS build. */
function hereDir(): string | undefined {
  try {
    // In the CommonJS build `import.meta` is an empty object, and __filename exists instead.
    const url = (import.meta as { url?: string }).url;
    if (typeof url === 'string' && url !== '') return dirname(fileURLToPath(url));
  } catch {
    // fall through
  }
  if (typeof __filename === 'string') return dirname(__filename);
  const script = process.argv[1];
  return script === undefined ? undefined : dirname(realpathSync(script));
}

/** `0.1.0`, or `unknown` if no package.json of jsv-codec is found. */
export function packageVersion(): string {
  let dir = hereDir();
  for (let k = 0; dir !== undefined && k < 6; k++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name === 'jsv-codec' && typeof pkg.version === 'string') return pkg.version;
      } catch {
        // not readable: keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return 'unknown';
}
