/**
 * What a user would pick instead of jsv-codec, built from the same schema so that every option checks the same rules:
 * `JSON.parse` followed by ajv, TypeBox's compiled checker or zod; and fast-json-stringify for writing.
 *
 * The JSON side of every data set is `JSON.stringify(value)` (camelCase members, enums as names, booleans as booleans,
 * absent members left out), so each validator gets an object schema whose members are all optional, enums as string
 * enums, dictionaries as records of strings.
 */
import Ajv from 'ajv';
import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { z } from 'zod';
import fastJson from 'fast-json-stringify';

/** The JSON Schema (draft 7 subset) of a jsv-codec schema. */
export function jsonSchemaOf(s) {
  switch (s.kind) {
    case 'string': case 'guid': case 'date': case 'timeSpan': case 'bytes': return { type: 'string' };
    case 'int': return { type: 'integer' };
    case 'number': return { type: 'number' };
    case 'boolean': return { type: 'boolean' };
    case 'enum': return { type: 'string', enum: [...s.values] };
    case 'array': return { type: 'array', items: jsonSchemaOf(s.item) };
    case 'dict': return { type: 'object', additionalProperties: jsonSchemaOf(s.value) };
    case 'optional': return jsonSchemaOf(s.inner);
    case 'object': return { type: 'object', properties: Object.fromEntries(s.members.map((m) => [m.name, jsonSchemaOf(m.schema)])) };
    default: throw new Error(`alternatives: no JSON Schema for kind ${s.kind}`);
  }
}

/** The TypeBox type of a jsv-codec schema. */
function typeboxOf(s) {
  switch (s.kind) {
    case 'string': case 'guid': case 'date': case 'timeSpan': case 'bytes': return Type.String();
    case 'int': return Type.Integer();
    case 'number': return Type.Number();
    case 'boolean': return Type.Boolean();
    case 'enum': return Type.Union(s.values.map((v) => Type.Literal(v)));
    case 'array': return Type.Array(typeboxOf(s.item));
    case 'dict': return Type.Record(Type.String(), typeboxOf(s.value));
    case 'optional': return typeboxOf(s.inner);
    case 'object': return Type.Object(Object.fromEntries(s.members.map((m) => [m.name, Type.Optional(typeboxOf(m.schema))])));
    default: throw new Error(`alternatives: no TypeBox type for kind ${s.kind}`);
  }
}

/** The zod schema of a jsv-codec schema. */
function zodOf(s) {
  switch (s.kind) {
    case 'string': case 'guid': case 'date': case 'timeSpan': case 'bytes': return z.string();
    case 'int': return z.number().int();
    case 'number': return z.number();
    case 'boolean': return z.boolean();
    case 'enum': return z.enum(s.values);
    case 'array': return z.array(zodOf(s.item));
    case 'dict': return z.record(z.string(), zodOf(s.value));
    case 'optional': return zodOf(s.inner);
    case 'object': return z.object(Object.fromEntries(s.members.map((m) => [m.name, zodOf(m.schema).optional()])));
    default: throw new Error(`alternatives: no zod schema for kind ${s.kind}`);
  }
}

/**
 * The alternatives for `schema`: `{ decoders: { name: (jsonText) => value }, encoders: { name: (value) => jsonText } }`.
 * Each decoder throws when the validator rejects the value (none should, on the benchmark's data).
 */
export function alternativesFor(schema) {
  const json = jsonSchemaOf(schema);
  const ajvCheck = new Ajv({ allErrors: false, strict: false }).compile(json);
  const tbCheck = TypeCompiler.Compile(typeboxOf(schema));
  const zodSchema = zodOf(schema);
  const fjs = fastJson(json);
  return {
    decoders: {
      'JSON.parse + ajv': (text) => {
        const v = JSON.parse(text);
        if (!ajvCheck(v)) throw new Error(`ajv rejected the data: ${JSON.stringify(ajvCheck.errors?.[0])}`);
        return v;
      },
      'JSON.parse + TypeBox': (text) => {
        const v = JSON.parse(text);
        if (!tbCheck.Check(v)) throw new Error(`TypeBox rejected the data: ${JSON.stringify(tbCheck.Errors(v).First())}`);
        return v;
      },
      'JSON.parse + zod': (text) => zodSchema.parse(JSON.parse(text)),
    },
    encoders: {
      'fast-json-stringify': (value) => fjs(value),
    },
  };
}
