/**
 * The options the committed modules under test/codegen/generated/ are written with from the whole kitchen-sink document
 * (test/fixtures/codegen/kitchen-sink-metadata.json): TypeScript, and JavaScript with its `.d.ts`, importing from the
 * sources so that the strict `tsc --noEmit` of `npm test` typechecks them. kitchen-sink.test.ts regenerates and
 * compares; `UPDATE_GENERATED=1 npx vitest run test/codegen/kitchen-sink.test.ts` rewrites them.
 */
export const KITCHEN_SINK = {
  importFrom: '../../../src/index.js',
  source: 'test/fixtures/codegen/kitchen-sink-metadata.json',
  regenerate: 'UPDATE_GENERATED=1 npx vitest run test/codegen/kitchen-sink.test.ts',
} as const;

/** The committed files, relative to test/codegen/generated/. */
export const KITCHEN_SINK_FILES = {
  ts: 'kitchen-sink.generated.ts',
  js: 'kitchen-sink-js.generated.js',
  dts: 'kitchen-sink-js.generated.d.ts',
} as const;
