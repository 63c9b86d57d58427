import { describe, expect, it } from 'vitest';
import * as schemaBuilders from '../../src/schema/builders.js';
import { builders } from '../../src/codegen/runtime.js';

describe('the runtime builder table', () => {
  it('lists every builder the schema layer exports, so schemasFromMetadata never falls back for a builder it has', () => {
    const exported = Object.entries(schemaBuilders).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    const listed = Object.keys(builders).sort();
    expect(listed).toEqual(expect.arrayContaining(exported));
  });
});
