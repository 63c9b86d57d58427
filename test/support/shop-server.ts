/**
 * The shop fixture's server with the behaviour the client tests need: `CreateCustomer` validates (400 with field
 * errors), `GetSecret` wants `Bearer fresh-token` (401 otherwise), `Fail` answers the status it is asked for,
 * `Slow` waits, `DeleteOrder` answers 204, and `Hello` with `Name: 'broken'` answers a truncated JSV body.
 */
import type { ServerResponse } from 'node:http';
import { array, object, optional, string } from '../../src/schema/builders.js';
import { encode } from '../../src/schema/encode.js';
import type { Infer } from '../../src/schema/types.js';
import { sendJsv, sendText } from './evovoice-server.js';
import { startServiceStackServer, type ServiceStackTestServer } from './servicestack-server.js';
import { SHOP_METADATA, SHOP_SCHEMAS } from './shop-dtos.js';

/** The token `GetSecret` accepts. */
export const FRESH_TOKEN = 'fresh-token';

const ErrorBody = object({
  ResponseStatus: object({
    ErrorCode: string(),
    Message: string(),
    StackTrace: optional(string()),
    Errors: optional(array(object({ ErrorCode: string(), FieldName: string(), Message: string() }))),
  }),
});

function sendError(res: ServerResponse, status: number, statusText: string, rs: Infer<typeof ErrorBody>['ResponseStatus']): void {
  sendJsv(res, status, encode(ErrorBody, { ResponseStatus: rs }), statusText);
}

/** Starts the shop server. */
export function startShopServer(): Promise<ServiceStackTestServer> {
  return startServiceStackServer(SHOP_METADATA, SHOP_SCHEMAS, {
    CreateCustomer: ({ res, received }) => {
      const errors: { ErrorCode: string; FieldName: string; Message: string }[] = [];
      if (received.dto.Name === undefined || received.dto.Name === '') errors.push({ ErrorCode: 'NotEmpty', FieldName: 'Name', Message: "'Name' must not be empty." });
      if (typeof received.dto.Email !== 'string' || !received.dto.Email.includes('@')) errors.push({ ErrorCode: 'Email', FieldName: 'Email', Message: "'Email' is not a valid email address." });
      if (errors.length === 0) return false;
      sendError(res, 400, 'Bad Request', { ErrorCode: errors[0]!.ErrorCode, Message: errors[0]!.Message, Errors: errors });
      return true;
    },
    GetSecret: ({ req, res }) => {
      if (req.headers.authorization === `Bearer ${FRESH_TOKEN}`) return false;
      res.setHeader('www-authenticate', 'Bearer realm="/auth"');
      sendError(res, 401, 'Unauthorized', { ErrorCode: 'TokenException', Message: 'Invalid BearerToken', Errors: [] });
      return true;
    },
    Fail: ({ res, received }) => {
      const status = received.dto.Status as number;
      if (status === 404) sendError(res, 404, 'Not Found', { ErrorCode: 'NotFound', Message: String(received.dto.Message ?? 'Not found') });
      else if (status === 500) {
        sendError(res, 500, 'Internal Server Error', {
          ErrorCode: 'NullReferenceException',
          Message: 'Object reference not set to an instance of an object.',
          StackTrace: '   at Shop.Services.FailService.Any(Fail request)',
        });
      } else sendText(res, status, 'text/plain', String(received.dto.Message ?? ''));
      return true;
    },
    Slow: async ({ res, received }) => {
      // Waits, but stops as soon as the client goes away (no timers left behind).
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, received.dto.DelayMs as number);
        res.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      return res.destroyed ? true : false;
    },
    DeleteOrder: ({ res }) => {
      res.writeHead(204, 'No Content');
      res.end();
      return true;
    },
    Hello: ({ res, received }) => {
      if (received.dto.Name !== 'broken') return false;
      sendJsv(res, 200, '{Operation:Hello,Method:GET,Route:"/hello/{Name}",Path:');
      return true;
    },
  });
}
