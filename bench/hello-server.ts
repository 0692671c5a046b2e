// The baseline of the HTTP benchmarks: the same framework and server, one route, no middleware, no database.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/hello', (c) => c.text('hello'));
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`listening on http://localhost:${info.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
