/**
 * The bundle-size budgets checked by `npm run size` (scripts/size.mjs). Each entry is one typical import, as a user's
 * module would write it against the published package:
 * - `name`: the row in the table;
 * - `code`: an ES module that imports from `jsv-codec` (or a subpath) and has a default export `run()` using every
 *   import, so the bundler cannot drop what is measured;
 * - `check(result)`: true when `await run()` on the bundle gave the right answer (the bundle really contains and runs
 *   the import, so a budget cannot pass on an empty or broken bundle);
 * - `budget`: the most it may weigh, minified + gzipped, in bytes (1 KB = 1,000 bytes); `undefined` for a row that is
 *   only reported.
 *
 * To add a budget, append an entry. The budgets hold for every later change; raising one needs a reason in the commit.
 */

const KB = 1000;

/** One typical import per entry; see the comment at the top of this file. */
export const BUDGETS = [
  {
    name: '`parse` alone',
    code: `import { parse } from 'jsv-codec';
export default () => parse('{Id:1,Tags:[a,b]}');`,
    check: (r) => r?.Id === '1' && r.Tags?.[1] === 'b',
    budget: 5 * KB,
  },
  {
    name: '`stringify` alone',
    code: `import { stringify } from 'jsv-codec';
export default () => stringify({ Id: 1, Tags: ['a', 'b,c'] });`,
    check: (r) => r === '{Id:1,Tags:[a,"b,c"]}',
    budget: 6 * KB,
  },
  {
    name: '`decode` with a small `object` schema',
    code: `import { decode, object, int, string, array } from 'jsv-codec';
const User = object({ id: int(), name: string(), tags: array(string()) });
export default () => decode(User, '{Id:1,Name:Ada,Tags:[a,b]}');`,
    check: (r) => r?.id === 1 && r.name === 'Ada' && r.tags?.[1] === 'b',
    budget: 20 * KB,
  },
  {
    name: '`createEvoVoiceClient` (`jsv-codec/evovoice`)',
    code: `import { createEvoVoiceClient } from 'jsv-codec/evovoice';
const body = '{Sessions:[]}';
const fetch = async () => new Response(body, { status: 200, headers: { 'content-type': 'text/jsv' } });
export default () => createEvoVoiceClient({ baseUrl: 'https://evovoice.example', fetch }).getActiveSessions();`,
    check: (r) => Array.isArray(r?.sessions) && r.sessions.length === 0,
    budget: 32 * KB,
  },
  {
    name: '`formatSessionsTable` alone (`jsv-codec/evovoice`)',
    code: `import { formatSessionsTable } from 'jsv-codec/evovoice';
export default () => formatSessionsTable([]);`,
    check: (r) => typeof r === 'string',
    budget: 3 * KB,
  },
  {
    name: 'the error classes, for `instanceof`',
    code: `import { JsvError, JsvSyntaxError, JsvDecodeError, JsvEncodeError, JsvRequestError, ServiceStackError } from 'jsv-codec';
export default () => [JsvError, JsvSyntaxError, JsvDecodeError, JsvEncodeError, JsvRequestError, ServiceStackError]
  .map((C) => new Error('x') instanceof C);`,
    check: (r) => Array.isArray(r) && r.length === 6 && r.every((x) => x === false),
    budget: 2 * KB,
  },
  {
    name: '`createServiceClient` with one operation',
    code: `import { createServiceClient, defineOperation, object, string, int } from 'jsv-codec';
const Hello = defineOperation({ name: 'Hello', request: object({ name: string() }, { name: 'Hello' }),
  response: object({ result: string(), count: int() }), method: 'GET', routes: [{ path: '/hello/{Name}' }] });
const fetch = async () => new Response('{Result:hi,Count:2}', { status: 200, headers: { 'content-type': 'text/jsv' } });
export default () => createServiceClient({ baseUrl: 'https://api.example', fetch }).send(Hello, { name: 'Ada' });`,
    check: (r) => r?.result === 'hi' && r.count === 2,
    // The client carries send/api and stream() (decodeStream); the EvoVoice client, a thin layer over it, has 32 KB.
    budget: 32 * KB,
  },
  {
    name: 'everything in `jsv-codec` (for reference)',
    code: `import * as jsv from 'jsv-codec';
export default () => Object.keys(jsv).length;`,
    check: (r) => typeof r === 'number' && r > 30,
    budget: undefined,
  },
];
