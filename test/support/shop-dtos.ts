/**
 * The DTOs of `test/fixtures/shop-metadata.json` as schemas (written by hand, checked against the document in
 * `test/client/shop-dtos.test.ts`), and the operations built from the document's `operations` with them: routes,
 * verbs and `method` come from the metadata, as the code generator takes them.
 */
import { readFileSync } from 'node:fs';
import { array, boolean, date, dict, enumOf, int, number, object, optional, string } from '../../src/schema/builders.js';
import type { AnySchema, ObjectSchema } from '../../src/schema/types.js';
import { defineOperation, type Operation } from '../../src/client/operation.js';

/** The metadata document (`/types/metadata` shape). */
export interface MetadataDocument {
  readonly types: readonly MetadataType[];
  readonly operations: readonly {
    readonly request: MetadataType;
    readonly response?: MetadataType;
    readonly method?: string;
    readonly routes?: readonly { readonly path: string; readonly verbs?: string }[];
    readonly requiresAuth?: boolean;
    readonly returnsVoid?: boolean;
  }[];
}
export interface MetadataType {
  readonly name: string;
  readonly properties?: readonly { readonly name: string; readonly type: string; readonly genericArgs?: readonly string[] }[];
  readonly enumNames?: readonly string[];
}

export const SHOP_METADATA = JSON.parse(readFileSync(new URL('../fixtures/shop-metadata.json', import.meta.url), 'utf8')) as MetadataDocument;

export const OrderStatus = enumOf(['Pending', 'Paid', 'Shipped', 'Cancelled'] as const);
export const OrderFilter = object({ Name: optional(string()), MinTotal: number(), Status: OrderStatus, Tags: optional(array(string())) }, { name: 'OrderFilter' });
export const OrderLine = object({ Sku: optional(string()), Quantity: int(), Note: optional(string()) }, { name: 'OrderLine' });
export const EchoResponse = object(
  { Operation: string(), Method: string(), Route: string(), Path: string(), Query: string(), Body: string() },
  { name: 'EchoResponse' },
);

export const Hello = object({ Name: optional(string()), Title: optional(string()) }, { name: 'Hello' });
export const SearchOrders = object(
  {
    Ids: optional(array(int())),
    Words: optional(array(string())),
    Tags: optional(dict(string())),
    Filter: optional(OrderFilter),
    Filters: optional(array(OrderFilter)),
    Since: optional(date()),
    Status: optional(OrderStatus),
    Statuses: optional(array(OrderStatus)),
    Text: optional(string()),
    Flag: optional(boolean()),
    Take: optional(int()),
  },
  { name: 'SearchOrders' },
);
export const GetOrder = object({ Id: int(), LineNo: optional(int()), Expand: optional(string()) }, { name: 'GetOrder' });
export const CreateOrder = object(
  { Customer: optional(string()), Lines: optional(array(OrderLine)), Status: OrderStatus, Due: optional(date()) },
  { name: 'CreateOrder' },
);
export const UpdateOrder = object(
  { Id: int(), Customer: optional(string()), Lines: optional(array(OrderLine)), Status: OrderStatus },
  { name: 'UpdateOrder' },
);
export const DeleteOrder = object({ Id: int(), Reason: optional(string()) }, { name: 'DeleteOrder' });
export const GetFile = object({ Path: optional(string()), Version: optional(int()) }, { name: 'GetFile' });
export const Ping = object({ Note: optional(string()) }, { name: 'Ping' });
export const Touch = object({ Id: optional(string()), Note: optional(string()) }, { name: 'Touch' });
export const CreateCustomer = object({ Name: optional(string()), Email: optional(string()), Age: int() }, { name: 'CreateCustomer' });
export const GetSecret = object({ Key: optional(string()) }, { name: 'GetSecret' });
export const Fail = object({ Status: int(), Message: optional(string()) }, { name: 'Fail' });
export const Slow = object({ DelayMs: int() }, { name: 'Slow' });

/** Every named schema of the document, by its .NET name. */
export const SHOP_SCHEMAS: Readonly<Record<string, AnySchema>> = {
  OrderStatus, OrderFilter, OrderLine, EchoResponse, Hello, SearchOrders, GetOrder, CreateOrder, UpdateOrder, DeleteOrder,
  GetFile, Ping, Touch, CreateCustomer, GetSecret, Fail, Slow,
};

/** `"GET,POST"` / `"GET POST"` (ServiceStack's `verbs` string) → `['GET', 'POST']`; absent → any verb. */
export function splitVerbs(verbs: string | undefined): string[] | undefined {
  if (verbs === undefined) return undefined;
  const list = verbs.split(/[\s,]+/).filter((v) => v !== '');
  return list.length === 0 ? undefined : list;
}

function operationFor<Req extends ObjectSchema<any>, Res extends AnySchema | undefined>(name: string, request: Req, response: Res): Operation<Req, Res> {
  const meta = SHOP_METADATA.operations.find((o) => o.request.name === name);
  if (meta === undefined) throw new Error(`no operation ${name} in the fixture`);
  const base = {
    name,
    request,
    routes: (meta.routes ?? []).map((r) => {
      const verbs = splitVerbs(r.verbs);
      return verbs === undefined ? { path: r.path } : { path: r.path, verbs };
    }),
    requiresAuth: meta.requiresAuth ?? false,
    ...(meta.method === undefined ? {} : { method: meta.method }),
  };
  return (response === undefined ? defineOperation(base) : defineOperation({ ...base, response: response as AnySchema })) as unknown as Operation<Req, Res>;
}

/** The operations of the fixture. */
export const ShopOps = {
  Hello: operationFor('Hello', Hello, EchoResponse),
  SearchOrders: operationFor('SearchOrders', SearchOrders, EchoResponse),
  GetOrder: operationFor('GetOrder', GetOrder, EchoResponse),
  CreateOrder: operationFor('CreateOrder', CreateOrder, EchoResponse),
  UpdateOrder: operationFor('UpdateOrder', UpdateOrder, EchoResponse),
  DeleteOrder: operationFor('DeleteOrder', DeleteOrder, undefined),
  GetFile: operationFor('GetFile', GetFile, EchoResponse),
  Ping: operationFor('Ping', Ping, EchoResponse),
  Touch: operationFor('Touch', Touch, EchoResponse),
  CreateCustomer: operationFor('CreateCustomer', CreateCustomer, EchoResponse),
  GetSecret: operationFor('GetSecret', GetSecret, EchoResponse),
  Fail: operationFor('Fail', Fail, EchoResponse),
  Slow: operationFor('Slow', Slow, EchoResponse),
} as const;
