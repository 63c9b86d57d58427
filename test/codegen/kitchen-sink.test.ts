/**
 * The whole kitchen-sink document (test/fixtures/codegen/kitchen-sink-metadata.json: every mapping of docs/codegen.md),
 * generated, committed and run: test/codegen/generated/kitchen-sink.generated.ts and its JavaScript twin (.js + .d.ts)
 * are the generator's current output, typechecked by the strict `tsc --noEmit` of `npm test` (kitchen-sink.test-d.ts
 * pins their types); here their schemas decode and encode sample texts and round-trip under fast-check in both codec
 * modes, the twin behaves as the TypeScript module, and the twin's `.d.ts` typechecks with `skipLibCheck` off (a
 * recursive type there was TS2502 before types of cycles were written out).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateModule } from '../../src/codegen/index.js';
import { arbitrary, roundTrip } from '../../src/fast-check/index.js';
import { DateTime, Decimal, JsvDecodeError, decode, encode, int, safeDecode, type AnySchema } from '../../src/index.js';
import { ROOT } from '../support/ensure-built.js';
import * as JS from './generated/kitchen-sink-js.generated.js';
import * as TS from './generated/kitchen-sink.generated.js';
import { KITCHEN_SINK, KITCHEN_SINK_FILES } from './kitchen-sink-options.js';

const META: unknown = JSON.parse(readFileSync(new URL('../fixtures/codegen/kitchen-sink-metadata.json', import.meta.url), 'utf8'));
const GENERATED = new URL('./generated/', import.meta.url);
const MODES = [{ jitless: false }, { jitless: true }] as const;

const isSchema = (v: unknown): v is AnySchema => typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';
/** Every schema the module exports, and instances of its generic definitions. */
function schemasOf(m: typeof TS | typeof JS): Array<[string, AnySchema]> {
  const plain = Object.entries(m as Record<string, unknown>).filter((e): e is [string, AnySchema] => isSchema(e[1]));
  const instances: Array<[string, AnySchema]> = [
    ['QueryResponse(Order)', m.QueryResponse(m.Order)],
    ['QueryDb(Order)', m.QueryDb(m.Order)],
    ['Paged(Billing_Item)', m.Paged(m.Billing_Item)],
    ['TreeNode(int())', m.TreeNode(int())],
    ['Box(Category)', m.Box(m.Category)],
  ];
  return [...plain, ...instances];
}

describe('the committed kitchen-sink modules', () => {
  it('are what the generator writes now (TypeScript, and JavaScript with its .d.ts)', () => {
    const ts = generateModule(META, KITCHEN_SINK);
    const js = generateModule(META, { ...KITCHEN_SINK, lang: 'js' });
    const expected = { [KITCHEN_SINK_FILES.ts]: ts.code, [KITCHEN_SINK_FILES.js]: js.code, [KITCHEN_SINK_FILES.dts]: js.declarations ?? '' };
    if (process.env['UPDATE_GENERATED'] === '1') {
      for (const [file, text] of Object.entries(expected)) writeFileSync(new URL(file, GENERATED), text);
    }
    for (const [file, text] of Object.entries(expected)) expect(readFileSync(new URL(file, GENERATED), 'utf8'), file).toBe(text);
  });

  it('export the same names, a schema or a function each', () => {
    expect(Object.keys(JS).sort()).toEqual(Object.keys(TS).sort());
    expect(Object.keys(TS)).toEqual(expect.arrayContaining(['Order', 'Billing_Item', 'Item', 'Category', 'Product', 'OrderNode', 'T', 'Schema_', 'Promise_', 'Date_', 'ReturnType_', 'Shipment', 'operations']));
  });
});

for (const mode of MODES) {
  describe(`the kitchen-sink schemas, executed (jitless: ${mode.jitless})`, () => {
    it('decode and encode an Order with every System type, collections, enums, wire names and a raw-text fallback', () => {
      const text = '{Id:9223372036854775807,Status:on-hold,Perms:"Read, Admin",Lines:[{Sku:a,Qty:2,Price:1.50}],'
        + 'Invoice:{INVOICE_NO:n-1,Amount:2.5},Tags:[x,y],Counts:{a:[1,2]},Notes:[1,,3],Shipped:2024-05-01T10:11:12.1234567+02:00,'
        + 'Wait:PT1H,Ref:8a0c1f3e-0000-4000-8000-000000000001,Grade:A,Blob:AQID,Small:255,Tiny:-128,Short:-32768,UShort:65535,'
        + 'UInt:4294967295,Big:18446744073709551615,Ratio:0.5,Extra:{__type:Foo,A:1},Pair:{Key:k,Value:7},class:c,my-prop:m,'
        + 'Active:True,Site:http://x.example/a,ByCode:{1:one},ByStatus:{Closed:3},Lookup:"[1]:x",Ids:[8a0c1f3e-0000-4000-8000-000000000002],'
        + 'Matrix:[[1,2],[3]],Cents:[-1,2],Shipment:{Carrier:DHL,Weight:1.25},CreatedAt:2024-05-01T10:11:12.1234567Z,Seq:4}';
      const v = decode(TS.Order, text, mode);
      expect(v.id).toBe(9223372036854775807n);
      expect(v.status).toBe('OnHold');
      expect(v.perms).toBe(5);
      expect(v.lines?.[0]?.sku).toBe('a');
      expect(v.lines?.[0]?.price).toEqual(Decimal.parse('1.50'));
      expect(v.invoice).toEqual({ invoiceNo: 'n-1', amount: 2.5 });
      expect(v.notes).toEqual([1, null, 3]);
      expect(v.blob).toEqual(new Uint8Array([1, 2, 3]));
      expect([v.small, v.tiny, v.short, v.uShort, v.uInt, v.big]).toEqual([255, -128, -32768, 65535, 4294967295, 18446744073709551615n]);
      expect(v.extra).toBe('{__type:Foo,A:1}');
      expect(v.pair).toEqual({ key: 'k', value: 7 });
      expect([v.class, v['my-prop'], v.active, v.site]).toEqual(['c', 'm', true, 'http://x.example/a']);
      expect(v.byCode).toEqual({ 1: 'one' });
      expect(v.byStatus).toEqual({ Closed: 3 });
      expect(v.lookup).toBe('[1]:x');
      expect(v.matrix).toEqual([[1, 2], [3]]);
      expect(v.cents).toEqual([-1n, 2n]);
      expect(v.shipment).toEqual({ carrier: 'DHL', weight: 1.25 });
      expect(v.createdAt).toEqual(DateTime.parse('2024-05-01T10:11:12.1234567Z'));
      expect(v.seq).toBe(4);
      const written = encode(TS.Order, v, { ...mode, keyCase: 'pascal' });
      expect(written).toContain('Status:on-hold,Perms:5,');
      expect(written).toContain('Invoice:{invoice_no:n-1,Amount:2.5}');
      expect(written.endsWith(',CreatedAt:2024-05-01T10:11:12.1234567Z,Seq:4}')).toBe(true);
      expect(decode(TS.Order, written, mode)).toEqual(v);
    });

    it('fail on a missing isRequired member (required())', () => {
      const r = safeDecode(TS.Item, '{Qty:1}', mode);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toBeInstanceOf(JsvDecodeError);
        expect(r.error.code).toBe('MISSING_MEMBER');
      }
    });

    it('decode and encode recursive and mutually recursive types', () => {
      const text = '{name:Tools,children:[{name:Saws}],featured:{title:Hammer,category:{name:Heavy}}}';
      const c = decode(TS.Category, text, mode);
      expect(c.children?.[0]?.name).toBe('Saws');
      expect(c.featured?.category?.name).toBe('Heavy');
      expect(encode(TS.Category, c, mode)).toBe(text);
      const node = decode(TS.OrderNode, '{Children:[{Id:2,Children:[{Id:3}]}],Id:1}', mode);
      expect(node.children?.[0]?.children?.[0]?.id).toBe(3n);
      expect(node.parent).toBeUndefined();
      const tree = TS.TreeNode(int());
      expect(decode(tree, '{Value:1,Children:[{Value:2,Children:[{Value:3}]}]}', mode)).toEqual({ value: 1, children: [{ value: 2, children: [{ value: 3, children: undefined }] }] });
    });

    it('decode generic instances, a generic base with its argument, and a parameter that does not hide the type T', () => {
      const page = decode(TS.OrderPage, '{Label:p,Items:[{Id:1}],Page:2}', mode);
      expect(page.label).toBe('p');
      expect(page.items?.[0]?.id).toBe(1n);
      expect(page.page).toBe(2);
      const holder = decode(TS.Holder, '{Boxed:{Value:{Code:v},All:[{Code:a}],Fallback:{Code:f}},Ints:{Value:5},Shapes:{Version:3},Promise:{delete:d,constructor:k}}', mode);
      expect(holder.boxed).toEqual({ value: { code: 'v' }, all: [{ code: 'a' }], fallback: { code: 'f' } });
      expect(holder.ints?.value).toBe(5);
      expect(holder.shapes).toEqual({ version: 3 });
      expect(holder.promise).toEqual({ delete: 'd', constructor: 'k' });
      expect(Object.getPrototypeOf(holder.promise)).toBe(Object.prototype);
      const box = TS.Box(int());
      expect(decode(box, '{Value:4,All:[1],Fallback:{Code:z}}', mode)).toEqual({ value: 4, all: [1], fallback: { code: 'z' } });
      const response = TS.operations.QueryOrders.response;
      expect(decode(response, '{Offset:1,Total:2,Results:[{Id:7}],Meta:{k:v}}', mode).results?.[0]?.id).toBe(7n);
      expect(decode(TS.operations.GetCategory.response, '{Name:c}', mode)).toEqual({ name: 'c', children: undefined, featured: undefined });
    });

    it('keep the two namespaces’ Item types apart', () => {
      expect(decode(TS.Item, '{Sku:s,Qty:1,Price:2}', mode)).toEqual({ sku: 's', qty: 1, price: Decimal.parse('2') });
      expect(decode(TS.Billing_Item, '{invoice_no:i,Amount:1}', mode)).toEqual({ invoiceNo: 'i', amount: 1 });
    });

    it('round-trip every schema and generic instance under fast-check', () => {
      for (const [name, schema] of schemasOf(TS)) {
        try {
          fc.assert(roundTrip(schema, { ...mode, maxDepth: 3, maxItems: 2 }), { numRuns: 25 });
        } catch (e) {
          throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    });

    it('the JavaScript twin reads and writes as the TypeScript module does', () => {
      const js = new Map(schemasOf(JS));
      for (const [name, schema] of schemasOf(TS)) {
        const twin = js.get(name) as AnySchema;
        expect(twin, name).toBeDefined();
        fc.assert(fc.property(arbitrary(schema, { maxDepth: 3, maxItems: 2 }), (value) => {
          const text = encode(schema, value as never, mode);
          expect(encode(twin, value as never, mode)).toBe(text);
          expect(decode(twin, text, mode)).toEqual(decode(schema, text, mode));
        }), { numRuns: 10 });
      }
    });
  });
}

describe('the --js output', () => {
  it('typechecks with skipLibCheck off: the .d.ts itself, and a consumer of the .js', () => {
    mkdirSync(join(ROOT, 'test/.generated'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'test/.generated/dts-'));
    try {
      const js = generateModule(META, { lang: 'js', importFrom: '../../../src/index.js' });
      writeFileSync(join(dir, 'dtos.js'), js.code);
      writeFileSync(join(dir, 'dtos.d.ts'), js.declarations ?? '');
      writeFileSync(join(dir, 'use.ts'), [
        "import { decode } from '../../../src/index.js';",
        "import { Category, OrderNode, type Product } from './dtos.js';",
        "const c = decode(Category, '{name:a}');",
        'const p: Product | undefined = c.featured;',
        "const deep: bigint | undefined = decode(OrderNode, '{}').children?.[0]?.parent?.id;",
        // `any` would accept this; the written-out type does not.
        '// @ts-expect-error a Category has no member nope',
        'void c.nope;',
        'void p; void deep;',
        '',
      ].join('\n'));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        extends: '../../../tsconfig.json',
        compilerOptions: { skipLibCheck: false, types: [] },
        include: ['dtos.d.ts', 'use.ts'],
      }));
      let out = '';
      try {
        execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
      } catch (e) {
        out = String((e as { stdout?: unknown }).stdout ?? e);
      }
      expect(out.split('\n').filter((l) => l.includes('dtos.d.ts') || l.includes('use.ts'))).toEqual([]);
      expect(out).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
