/**
 * The options test/codegen/generated/portable.generated.ts is written with: the kitchen-sink types whose builders
 * exist in this build (generic definitions, a [Flags] enum, Nullable, DateTime and Int64), importing from the sources so that the strict
 * `tsc --noEmit` of `npm test` typechecks the generated text. portable.test.ts regenerates and compares.
 */
export const PORTABLE = {
  include: ['QueryBase', 'Permissions', 'QueryResponse', 'Paged', 'AuditBase'],
  importFrom: '../../../src/index.js',
  source: 'test/fixtures/codegen/kitchen-sink-metadata.json',
  regenerate: 'see test/codegen/portable-options.ts',
} as const;
