#!/usr/bin/env node
/**
 * Regenerates src/evovoice/dto.generated.ts from the EvoVoice service's metadata document
 * (test/fixtures/evovoice-metadata.json) with the built generator. `npm run codegen:evovoice`; the test
 * test/codegen/evovoice-module.test.ts fails when the committed file is not what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateModule } from '../dist/codegen.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const metadata = JSON.parse(readFileSync(path.join(root, 'test/fixtures/evovoice-metadata.json'), 'utf8'));
const { code, warnings } = generateModule(metadata, {
  source: 'test/fixtures/evovoice-metadata.json (the EvoVoice service, GET /sessions/active)',
  regenerate: 'npm run codegen:evovoice',
  importFrom: { values: '../schema/builders.js', types: '../schema/types.js' },
  dateTime: 'date',
});
for (const w of warnings) console.error(`warning: ${w.where}: ${w.message}`);
writeFileSync(path.join(root, 'src/evovoice/dto.generated.ts'), code);
console.error('wrote src/evovoice/dto.generated.ts');
