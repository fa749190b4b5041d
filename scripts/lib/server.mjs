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
    // /stories/<n>?images=<origin>: a story from the project's template, its images on another origin.
    const story = /^\/stories\/([1-9])$/.exec(path);
    if (story) {
      const params = new URL(req.url, 'http://127.0.0.1').searchParams;
      const topics = ['fish market', 'ferry terminal', 'old crane', 'lighthouse', 'boat yard', 'sea wall', 'tram stop', 'ice house', 'dry dock'];
      const html = readFileSync(join(ROOT, 'tests', 'fixtures', 'library', 'story-template.html'), 'utf8')
        .replaceAll('{{n}}', story[1])
        .replaceAll('{{topic}}', topics[Number(story[1]) - 1])
        .replaceAll('{{imageOrigin}}', params.get('images') ?? '');
      return send(200, 'text/html; charset=utf-8', html);
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
