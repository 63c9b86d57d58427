import { defineConfig } from 'tsup';

// Two builds, run side by side into dist/:
// - The library entries, with code splitting: every entry shares one copy of the core. (`instanceof` also holds
//   across the ESM and CommonJS builds: the error classes check a brand, see src/instance-brand.ts.)
// - The `jsv` command line, on its own (one file per format, no shared chunks): it is a program, not something to
//   bundle, and what it imports (`import * as dto` to list every DTO) must not shape the library's chunks, where it
//   made a namespace object that kept every EvoVoice schema in every bundle importing `jsv-codec/evovoice`.
// Tree-shaking of dist/ is checked by `npm run size` (scripts/size.mjs).
export default defineConfig([
  {
    entry: { index: 'src/index.ts', evovoice: 'src/evovoice/index.ts', codegen: 'src/codegen/index.ts', 'fast-check': 'src/fast-check/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: false,
    // Cleans dist/ but for the CLI's files, which the other build writes at the same time.
    clean: ['!cli.js', '!cli.cjs'],
    target: 'node20',
    platform: 'node',
    treeshake: true,
    // The optional peer dependency stays an import of the user's copy (only the fast-check entry has it).
    external: ['fast-check'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm', 'cjs'],
    dts: false,
    splitting: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
]);
