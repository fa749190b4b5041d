// Serves the project's fixture pages (and the seed page, when ../shared is present) on 127.0.0.1.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browsers.mjs';

export const SEED_PAGE = join(ROOT, '..', 'shared', 'seed', 'seed-news-page.html');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const IMAGES = join(ROOT, 'tests', 'fixtures', 'images');

/** Routes: /seed/story → the seed page; /pages/<slug> → a fixture; /images/<file> → fixture images. */
export async function startServer() {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/seed/story' && existsSync(SEED_PAGE)) return send(200, 'text/html; charset=utf-8', readFileSync(SEED_PAGE));
    const page = /^\/pages\/([\w-]+)$/.exec(path);
    if (page && existsSync(join(PAGES, page[1], 'source.html'))) {
      return send(200, 'text/html; charset=utf-8', readFileSync(join(PAGES, page[1], 'source.html')));
    }
    const image = /^\/images\/([\w.-]+\.(png|jpe?g|gif|webp))$/.exec(path);
    if (image && existsSync(join(IMAGES, image[1]))) return send(200, `image/${image[2] === 'jpg' ? 'jpeg' : image[2]}`, readFileSync(join(IMAGES, image[1])));
    send(404, 'text/plain', 'not found');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    /** Stops at once: keep-alive sockets from the browser would otherwise hold close() for minutes. */
    async stop() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
