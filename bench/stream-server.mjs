/**
 * A local HTTP server for the streaming benchmark: `node bench/stream-server.mjs <file>` serves the file's bytes as
 * `text/jsv` in 64 KiB chunks (waiting for the socket to drain, as a real server does) on an ephemeral port, and prints
 * the port on stdout. It stops when its parent closes stdin.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.argv[2]);
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/jsv; charset=utf-8', 'content-length': String(bytes.length) });
  let i = 0;
  const write = () => {
    while (i < bytes.length) {
      const chunk = bytes.subarray(i, i + 65536);
      i += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', write);
    }
    res.end();
  };
  write();
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
