/**
 * `generateModule`: a `/types/metadata` document to the source of a module of jsv-codec schemas, types and
 * operations. Runs anywhere (no Node built-ins): the CLI's `jsv codegen` and a browser page both call it.
 */
import { JsvError, type SafeResult } from '../errors.js';
import { toJsvError } from '../text/to-jsv-error.js';
import { emitDeclarations } from './emit-declarations.js';
import { emitModule, type EmitOptions } from './emit-module.js';
import { readMetadata, type MetadataTypes } from './metadata.js';
import type { CodegenWarning, ModuleModel } from './model-types.js';
import { resolveModule, type ModelOptions } from './resolve.js';

/** Options for {@link generateModule}: what the schemas mean, and how the module is written. */
export interface GenerateModuleOptions extends ModelOptions, EmitOptions {}

/** What {@link generateModule} returns. */
export interface GeneratedModule {
  /** The module's source: TypeScript, or JavaScript with `lang: 'js'`. */
  readonly code: string;
  /** With `lang: 'js'`, the `.d.ts` that types it; otherwise `undefined`. */
  readonly declarations: string | undefined;
  /** What could not be mapped exactly (each also has a comment in the code). */
  readonly warnings: readonly CodegenWarning[];
}

/** `metadata` as a checked document: a parsed JSON value, or JSON text. */
export function metadataOf(metadata: unknown): MetadataTypes {
  if (typeof metadata === 'string') {
    let json: unknown;
    try {
      json = JSON.parse(metadata);
    } catch (e) {
      throw new JsvError('INVALID_METADATA', `not a ServiceStack /types/metadata document: not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    return readMetadata(json);
  }
  return readMetadata(metadata);
}

/** The model of `metadata` (checked), with the options that change what the schemas are. */
export function modelOf(metadata: unknown, options: ModelOptions = {}): ModuleModel {
  return resolveModule(metadataOf(metadata), options);
}

/**
 * The source of a module with one schema and one type per DTO of `metadata` (a `/types/metadata` JSON value or its
 * text) and `operations`. Deterministic: the same document and options give the same text. Throws a `JsvError` with
 * code `INVALID_METADATA` when `metadata` is not such a document; types it cannot map are warnings, never errors.
 */
export function generateModule(metadata: unknown, options: GenerateModuleOptions = {}): GeneratedModule {
  const model = modelOf(metadata, options);
  const code = emitModule(model, options);
  const declarations = options.lang === 'js' ? emitDeclarations(model, options) : undefined;
  return { code, declarations, warnings: model.warnings };
}

/** Like {@link generateModule}, but returns `{ ok: false, error }` instead of throwing. */
export function safeGenerateModule(metadata: unknown, options: GenerateModuleOptions = {}): SafeResult<GeneratedModule> {
  try {
    return { ok: true, value: generateModule(metadata, options) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}
