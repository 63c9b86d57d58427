/**
 * `jsv-codec/codegen`: schemas, types and operations from a ServiceStack service's `/types/metadata` document, as
 * module source (`generateModule`) or as live schemas (`schemasFromMetadata`). This module only re-exports.
 */
export { generateModule, safeGenerateModule, type GenerateModuleOptions, type GeneratedModule } from './generate-module.js';
export {
  schemasFromMetadata, safeSchemasFromMetadata, type GenericSchema, type RuntimeOperation, type RuntimeSchemas,
} from './runtime.js';
export type { EmitOptions } from './emit-module.js';
export type { ModelOptions } from './resolve.js';
export type { CodegenWarning } from './model-types.js';
export { readMetadata } from './metadata.js';
export type {
  MetadataAttribute, MetadataDataMember, MetadataOperationType, MetadataPropertyType, MetadataRoute, MetadataType,
  MetadataTypeName, MetadataTypes,
} from './metadata.js';
