import { defineConfig } from 'tsup';

// One build, code splitting on: every entry shares one copy of the core, so an error thrown by
// `jsv-codec/evovoice` is `instanceof JsvError` from `jsv-codec` too.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', evovoice: 'src/evovoice/index.ts', codegen: 'src/codegen/index.ts', cli: 'src/cli/main.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', evovoice: 'src/evovoice/index.ts', codegen: 'src/codegen/index.ts' } },
    splitting: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
]);
