/**
 * generateModule on a document of our own that uses every mapping (test/fixtures/codegen/kitchen-sink-metadata.json):
 * the text it writes for each rule, the naming rules, determinism, warnings; and the same document built as live
 * schemas by schemasFromMetadata, decoded, encoded and round-tripped. The generated module itself (the whole document)
 * is committed, typechecked and executed in kitchen-sink.test.ts and kitchen-sink.test-d.ts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateModule, schemasFromMetadata } from '../../src/codegen/index.js';
import { decode, encode } from '../../src/index.js';
import type { AnySchema } from '../../src/schema/types.js';

const META: unknown = JSON.parse(readFileSync(new URL('../fixtures/codegen/kitchen-sink-metadata.json', import.meta.url), 'utf8'));
const { code, warnings } = generateModule(META);
const MODES = [{ jitless: false }, { jitless: true }] as const;

describe('generateModule: the mapping, as text', () => {
  it.each([
    ['System scalars', 'small: /* @__PURE__ */ byte(),'],
    ['UInt64', 'big: /* @__PURE__ */ uint64(),'],
    ['Single', 'ratio: /* @__PURE__ */ float(),'],
    ['Decimal', 'price: /* @__PURE__ */ decimal(),'],
    ['DateTime (every tick)', 'createdAt: /* @__PURE__ */ dateTime(),'],
    ['Nullable<DateTimeOffset>', 'shipped: /* @__PURE__ */ optional(/* @__PURE__ */ dateTimeOffset()),'],
    ['Char, Guid, TimeSpan, Byte[]', 'grade: /* @__PURE__ */ char(),'],
    ['Byte[]', 'blob: /* @__PURE__ */ bytes(),'],
    ['HashSet<String>', 'tags: /* @__PURE__ */ array(/* @__PURE__ */ string()),'],
    ['a written-out generic argument', 'counts: /* @__PURE__ */ dict(/* @__PURE__ */ array(/* @__PURE__ */ int())),'],
    ['IList<Nullable<Int32>>', 'notes: /* @__PURE__ */ array(/* @__PURE__ */ optional(/* @__PURE__ */ int())),'],
    ['T[] of a DTO', 'lines: /* @__PURE__ */ array(Item),'],
    ['isRequired', 'sku: /* @__PURE__ */ required(/* @__PURE__ */ string()),'],
    ['a dataMember wire name', "{ name: 'Item', wireNames: { invoiceNo: 'invoice_no' } }"],
    ['enumMemberValues', "enumOf(['Active', 'OnHold', 'Closed'] as const, { wireNames: { OnHold: 'on-hold' } })"],
    ['[Flags]', 'flags({ None: 0, Read: 1, Write: 2, Admin: 4 })'],
    ['a self-recursive type', 'children: /* @__PURE__ */ array(/* @__PURE__ */ lazy(() => Category)),'],
    ['mutually recursive types', 'category: /* @__PURE__ */ lazy(() => Category),'],
    ['a recursive type written out', 'export type Category = {\n  name?: string | undefined;\n  children?: Category[] | undefined;\n  featured?: Product | undefined;\n};'],
    ['a recursive schema annotated with its type', 'export const Category: Schema<Category> = /* @__PURE__ */ object('],
    ['a generic definition (its parameter T renamed T_: the document has a type T)', 'export function QueryResponse<T_ extends AnySchema>(T_: T_) {'],
    ['a generic type', 'export type QueryResponse<T_ extends AnySchema> = Infer<ReturnType<typeof QueryResponse<T_>>>;'],
    ['a generic parameter that does not hide the type T', '      value: T_,\n      all: /* @__PURE__ */ array(T_),\n      fallback: T,\n'],
    ['the type T as a generic argument', 'boxed: /* @__PURE__ */ Box(T),'],
    ['a generic recursive type', 'export function TreeNode<T_ extends AnySchema>(T_: T_): Schema<TreeNode<T_>> {'],
    ['a nested type, by its own name', 'export const Shipment = '],
    ['a type named like the imported Schema type', 'export const Schema_ = '],
    ['a type named like a global type the declarations use', 'export const ReturnType_ = '],
    ['a type named like a global, with reserved-word members', 'export const Promise_ = /* @__PURE__ */ object(\n  {\n    delete: /* @__PURE__ */ string(),\n    constructor: /* @__PURE__ */ string(),'],
    ['Boolean, Uri, Int64[], Int32[][]', 'active: /* @__PURE__ */ boolean(),\n    site: /* @__PURE__ */ string(),'],
    ['a dictionary keyed by an int or an enum', 'byCode: /* @__PURE__ */ dict(/* @__PURE__ */ string()),\n    byStatus: /* @__PURE__ */ dict(/* @__PURE__ */ int()),'],
    ['a dictionary keyed by a list', 'lookup: /* @__PURE__ */ string() /* Dictionary<List<Int32>,String>: dictionary keys'],
    ['a generic instance as a response', 'response: /* @__PURE__ */ QueryResponse(Order),'],
    ['KeyValuePair', "pair: /* @__PURE__ */ object({ key: /* @__PURE__ */ string(), value: /* @__PURE__ */ int() }, { name: 'KeyValuePair' }),"],
    ['an unmappable type', 'extra: /* @__PURE__ */ string() /* Object: System.Object carries its type'],
    ['a reserved word as a member', 'class: /* @__PURE__ */ string(),'],
    ['a member that is not an identifier', '"my-prop": /* @__PURE__ */ string(),'],
    ['descriptions, with */ escaped', '/** `Acme.Orders.Order : AuditBase`: An order *\\/ with a comment closer */'],
    ['member descriptions', '    /** Redeclared from the base */\n    id: /* @__PURE__ */ int64(),'],
    ['the same name in another namespace', 'export const Billing_Item = '],
    ['a type named like a global', 'export const Date_ = '],
    ['a void operation', "    response: undefined,\n    method: undefined,\n    routes: [{ path: '/orders/{Id}', verbs: ['DELETE'] }],\n    requiresAuth: true,\n    returnsVoid: true,"],
    ['routes with several verbs', "{ path: '/orders/{Status}', verbs: ['GET', 'POST'] }"],
    ['the header', '// Generated by jsv-codec from https://shop.example.com/types/metadata. Do not edit by hand.'],
  ])('%s', (_what, fragment) => {
    expect(code).toContain(fragment);
  });

  it('puts a derived type’s members first, then the base’s; a redeclared member once, in the derived position; dataMember.order last', () => {
    const order = code.slice(code.indexOf('export const Order = '), code.indexOf('export type Order ='));
    const names = [...order.matchAll(/^ {4}("?[\w-]+"?):/gm)].map((m) => m[1]);
    expect(names.slice(0, 3)).toEqual(['id', 'status', 'perms']);
    expect(names.slice(-2)).toEqual(['createdAt', 'seq']);
    expect(names.filter((n) => n === 'id')).toHaveLength(1);
  });

  it('substitutes a generic base’s argument (OrderPage : Paged<Order>)', () => {
    expect(code).toContain('  {\n    label: /* @__PURE__ */ string(),\n    items: /* @__PURE__ */ array(Order),\n    page: /* @__PURE__ */ int(),\n  },');
  });

  it('defines each constant before it is used, except through lazy', () => {
    const defined = [...code.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1] as string);
    for (const [i, name] of defined.entries()) {
      const body = code.slice(code.indexOf(`export const ${name} = `) >= 0 ? code.indexOf(`export const ${name} = `) : code.indexOf(`export function ${name}`));
      const end = body.indexOf('\nexport type ');
      const own = body.slice(0, end === -1 ? undefined : end).replace(/\/\*[\s\S]*?\*\//g, '').replace(/lazy\(\(\) => \w+/g, '');
      for (const later of defined.slice(i + 1)) expect(own).not.toMatch(new RegExp(`[(: ]${later}[,)\\n(]`));
    }
  });

  it('reports what it cannot map and the members it leaves out', () => {
    // Once each, although OrderNode inherits Order's members.
    expect(warnings.map((w) => w.where)).toEqual(['Acme.Orders.Order.ID', 'Acme.Orders.Order.Extra', 'Acme.Orders.Order.Lookup']);
  });

  it('is deterministic', () => {
    expect(generateModule(structuredClone(META)).code).toBe(code);
  });

  it('is deterministic for JavaScript and its .d.ts too, whatever was generated before (no hidden state)', () => {
    const first = generateModule(META, { lang: 'js' });
    generateModule(META, { keepNames: true, include: ['Order'], dateTime: 'date' });
    generateModule(META, { looseRequired: true });
    const again = generateModule(structuredClone(META), { lang: 'js' });
    expect(again.code).toBe(first.code);
    expect(again.declarations).toBe(first.declarations);
    expect(generateModule(META).code).toBe(code);
  });

  it('heads the module and the .d.ts with what it was generated from and how to regenerate it', () => {
    const js = generateModule(META, { lang: 'js', source: 'dtos.json', regenerate: 'npx jsv codegen dtos.json --js -o dtos.js' });
    const head = ['// Generated by jsv-codec from dtos.json. Do not edit by hand.', '// Regenerate: npx jsv codegen dtos.json --js -o dtos.js'];
    expect(js.code.split('\n').slice(0, 2)).toEqual(head);
    expect(js.declarations?.split('\n').slice(0, 2)).toEqual(head);
    expect(code.split('\n')[0]).toBe('// Generated by jsv-codec from https://shop.example.com/types/metadata. Do not edit by hand.');
    const bare = generateModule({ types: [], operations: [] }).code;
    expect(bare.split('\n')[0]).toBe('// Generated by jsv-codec from a ServiceStack /types/metadata document. Do not edit by hand.');
    // A line break in the source cannot end the comment early.
    expect(generateModule(META, { source: 'a\nexport const x = 1;' }).code.split('\n')[0]).toBe('// Generated by jsv-codec from a export const x = 1;. Do not edit by hand.');
  });

  it('keeps a generic parameter named T when no type of the document is named T', () => {
    const doc = {
      types: [{ name: 'Page`1', namespace: 'A', genericArgs: ['T'], isGenericTypeDef: true, properties: [{ name: 'Items', type: 'List`1', namespace: 'System.Collections.Generic', genericArgs: ['T'] }] }],
      operations: [],
    };
    expect(generateModule(doc).code).toContain('export function Page<T extends AnySchema>(T: T) {');
    const clash = { ...doc, types: [...doc.types, { name: 'T', namespace: 'A', properties: [] }, { name: 'T_', namespace: 'A', properties: [] }] };
    expect(generateModule(clash).code).toContain('export function Page<T__ extends AnySchema>(T__: T__) {');
  });

  it('keeps declared names, makes required members optional and DateTime a date() on request', () => {
    const other = generateModule(META, { keepNames: true, looseRequired: true, dateTime: 'date' }).code;
    expect(other).toContain('Sku: /* @__PURE__ */ string(),');
    expect(other).toContain('CreatedAt: /* @__PURE__ */ date(),');
    expect(other).not.toContain('required(');
  });

  it('keeps only what --include names and what it uses; --exclude drops', () => {
    const only = generateModule(META, { include: ['DeleteOrder'] }).code;
    expect([...only.matchAll(/^export const (\w+)/gm)].map((m) => m[1])).toEqual(['DeleteOrder', 'operations']);
    const without = generateModule(META, { exclude: ['DeleteOrder', 'Date'] }).code;
    expect(without).not.toContain('DeleteOrder');
    expect(without).not.toContain('Date_');
  });

  it('writes JavaScript without types, and a .d.ts', () => {
    const js = generateModule(META, { lang: 'js' });
    expect(js.code).not.toContain('as const');
    expect(js.code).not.toContain('export type');
    expect(js.code).toContain('export function QueryResponse(T_) {');
    expect(js.declarations).toContain('export declare function QueryResponse<T_ extends AnySchema>(T_: T_): ReturnType<typeof object<{');
    expect(js.declarations).toContain('export declare const operations: {');
    expect(js.declarations).toContain('export declare const Category: Schema<Category>;');
    expect(js.declarations).toContain("import type { AnySchema, Infer, Schema } from 'jsv-codec';");
  });
});

describe('schemasFromMetadata: part of the kitchen sink, live', () => {
  const { types, operations } = schemasFromMetadata(META, { include: ['OrderPage', 'Permissions', 'QueryBase'] });
  const get = (name: string): AnySchema => types[name] as AnySchema;

  for (const mode of MODES) {
    it(`decodes a generic base with its argument, [Flags] and two namespaces’ Items (jitless: ${mode.jitless})`, () => {
      expect(decode(get('Permissions'), 'Read, Write', mode)).toBe(3);
      expect(decode(get('QueryBase'), '{Skip:5}', mode)).toEqual({ skip: 5, take: undefined });
      const page = get('OrderPage');
      const v = decode(page, '{Label:x,Items:[{Id:1,Status:Closed,Perms:5,Lines:[{Sku:a,Qty:2}],Tags:[t]}],Page:3}', mode) as Record<string, unknown>;
      expect(v['label']).toBe('x');
      expect(v['page']).toBe(3);
    });
  }

  it('round-trips QueryBase and Permissions under fast-check', () => {
    const int32 = fc.option(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { nil: undefined });
    const cases: Array<[string, fc.Arbitrary<unknown>]> = [
      ['QueryBase', fc.record({ skip: int32, take: int32 })],
      ['Permissions', fc.integer({ min: 0, max: 7 })],
    ];
    for (const [name, arbitrary] of cases) {
      const schema = get(name);
      fc.assert(fc.property(arbitrary, (value) => {
        for (const mode of MODES) expect(decode(schema, encode(schema, value as never), mode)).toEqual(value);
      }), { numRuns: 100 });
    }
  });

  it('builds the operations it keeps', () => {
    expect(Object.keys(operations)).toEqual([]);
    const all = schemasFromMetadata(META);
    expect(all.operations['DeleteOrder']).toMatchObject({ name: 'DeleteOrder', response: undefined, returnsVoid: true, requiresAuth: true });
    expect(all.operations['QueryOrders']?.response).toBe((all.types['QueryResponse'] as (s: AnySchema) => AnySchema)(all.types['Order'] as AnySchema));
  });
});

describe('schemasFromMetadata: wire names, executed', () => {
  const all = schemasFromMetadata(META);
  for (const mode of MODES) {
    it(`reads and writes [DataMember(Name)] and [EnumMember(Value)] names (jitless: ${mode.jitless})`, () => {
      const Item = all.types['Billing_Item'] as AnySchema;
      const Status = all.types['Status'] as AnySchema;
      expect(decode(Item, '{INVOICE_NO:x,Amount:2}', mode)).toEqual({ invoiceNo: 'x', amount: 2 });
      expect(encode(Item, { invoiceNo: 'x', amount: 2 } as never, { ...mode, keyCase: 'pascal' })).toBe('{invoice_no:x,Amount:2}');
      expect(decode(Status, 'on-hold', mode)).toBe('OnHold');
      expect(encode(Status, 'OnHold' as never, mode)).toBe('on-hold');
    });
  }
});
