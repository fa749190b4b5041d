import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findPublicationDate } from './index';

const NOW = new Date('2025-06-01T12:00:00Z');
const URL_ = 'https://news.example/story';

function find(html: string, url = URL_, lang = 'en') {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html lang="${lang}">${html}</html>`, 'text/html');
  return findPublicationDate(doc, url, NOW);
}

const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('findPublicationDate: structured data', () => {
  it('reads NewsArticle JSON-LD and keeps the offset', () => {
    const r = find(`<head>${ld({ '@type': 'NewsArticle', datePublished: '2024-06-19T22:45:00-04:00' })}</head><body><h1>Title here</h1></body>`);
    expect(r).toEqual({ published: '2024-06-19T22:45:00-04:00', modified: null, source: 'json-ld' });
  });

  it('prefers datePublished over dateCreated over dateModified', () => {
    const created = find(`<head>${ld({ '@type': 'BlogPosting', dateCreated: '2024-01-02', dateModified: '2024-01-05' })}</head><body></body>`);
    expect(created.published).toBe('2024-01-02');
    expect(created.modified).toBe('2024-01-05');
    const both = find(`<head>${ld({ '@type': 'Article', dateCreated: '2024-01-02', datePublished: '2024-01-03' })}</head><body></body>`);
    expect(both.published).toBe('2024-01-03');
  });

  it('finds the article inside @graph and arrays, ignoring comments and related lists', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebPage', datePublished: '2020-01-01' },
        [{ '@type': 'ReportageNews', datePublished: '2024-03-04', comment: [{ '@type': 'Comment', datePublished: '2024-03-09' }] }],
        { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', datePublished: '2024-05-05' }] },
      ],
    };
    expect(find(`<head>${ld(graph)}</head><body></body>`).published).toBe('2024-03-04');
  });

  it('survives malformed JSON-LD', () => {
    const r = find(`<head><script type="application/ld+json">{"@type": "NewsArticle", oops</script>
      <meta property="article:published_time" content="2024-06-19"></head><body></body>`);
    expect(r).toEqual({ published: '2024-06-19', modified: null, source: 'meta' });
  });

  it.each([
    ['property', 'article:published_time'],
    ['property', 'og:published_time'],
    ['name', 'pubdate'],
    ['name', 'publishdate'],
    ['name', 'DC.date.issued'],
    ['name', 'dcterms.created'],
    ['name', 'citation_publication_date'],
    ['name', 'sailthru.date'],
    ['name', 'parsely-pub-date'],
    ['itemprop', 'datePublished'],
  ])('reads <meta %s="%s">', (attr, name) => {
    const r = find(`<head><meta ${attr}="${name}" content="2024-06-19T08:00:00+0200"></head><body></body>`);
    expect(r).toEqual({ published: '2024-06-19T08:00:00+02:00', modified: null, source: 'meta' });
  });

  it('lets the dateline by the headline beat a bare Dublin Core date, which may be any date in the page\'s life', () => {
    const head = '<head><meta name="DC.date" content="2021-10-15"></head>';
    expect(find(`${head}<body><main><h1>A new president is elected</h1><p class="date">13.10.2021</p></main></body>`, URL_, 'de'))
      .toMatchObject({ published: '2021-10-13', source: 'text' });
    expect(find(`${head}<body><main><h1>A new president is elected</h1></main></body>`, URL_, 'de'))
      .toMatchObject({ published: '2021-10-15', source: 'meta' });
  });

  it('treats og:updated_time as modified, not published', () => {
    const r = find(`<head><meta property="og:updated_time" content="2024-06-20"></head><body><h1>A headline for the story</h1><p class="date">June 19, 2024</p></body>`);
    expect(r).toEqual({ published: '2024-06-19', modified: '2024-06-20', source: 'text' });
  });

  it('uses a modified date only when nothing states publication', () => {
    const r = find(`<head><meta property="article:modified_time" content="2024-06-20"></head><body></body>`);
    expect(r).toEqual({ published: '2024-06-20', modified: '2024-06-20', source: 'meta' });
  });
});

describe('findPublicationDate: page elements', () => {
  it('prefers a <time> by the headline to one in a rail', () => {
    const r = find(`<body>
      <aside><time datetime="2024-06-21">21 June</time></aside>
      <article><h1>The headline of the story</h1><time datetime="2024-06-19T10:00:00+01:00">19 June</time><p>Body.</p></article>
      <div class="related"><time datetime="2024-06-22">22 June</time></div></body>`);
    expect(r).toEqual({ published: '2024-06-19T10:00:00+01:00', modified: null, source: 'time' });
  });

  it('reads microdata datePublished and dateModified', () => {
    const r = find(`<body><h1>The headline of the story</h1>
      <span itemprop="datePublished" content="2024-02-03">Feb 3</span><span itemprop="dateModified" content="2024-02-04"></span></body>`);
    expect(r).toEqual({ published: '2024-02-03', modified: '2024-02-04', source: 'microdata' });
  });

  it('reads a visible dateline and ignores footer, comments and cookie banners', () => {
    const r = find(`<body><div class="cookie-consent">Updated 01 May 2025</div>
      <main><h1>The headline of the story</h1><p class="byline">By A. Writer, 19 June 2024</p><p>Body text.</p>
      <div class="comments"><p>20 June 2024 — great piece</p></div></main>
      <footer>© 2025 · Last updated 30 May 2025</footer></body>`, URL_, 'en-GB');
    expect(r).toEqual({ published: '2024-06-19', modified: null, source: 'text' });
  });

  it("reads the date in the story's own footer, but not in the site's", () => {
    const page = (storyFooter: string) => find(`<body><div id="content"><div class="entry-asset">
      <div class="asset-header"><h1>Electric buses arrive in the old town</h1></div>
      <div class="asset-body"><p>Six buses start service on Monday.</p>${'<p>They run every ten minutes between the station and the market square.</p>'.repeat(4)}</div>
      ${storyFooter}</div></div>
      <div class="site-footer">Last updated 30.05.2025</div></body>`, URL_, 'de');
    expect(page('<div class="asset-footer">Von Christian am 03.05.2013, 11:51 | 0 Kommentare</div>')).toMatchObject({ published: '2013-05-03', source: 'text' });
    expect(page('')).toEqual({ published: null, modified: null, source: null });
  });

  it("reads a <time> in the story's own side column", () => {
    const r = find(`<body><aside class="sidebar"><time datetime="2024-06-21">21 June</time></aside>
      <article class="post"><div class="row"><div class="text"><h1>The headline of the story</h1></div></div>
      <div class="row"><div class="sidebar"><p class="time"><time datetime="2022-01-28">28. Januar 2022</time></p></div>
      <div class="body"><p>Body.</p></div></div></article></body>`, URL_, 'de');
    expect(r).toEqual({ published: '2022-01-28', modified: null, source: 'time' });
  });

  it('reads numeric dates in the order an XHTML xml:lang states', () => {
    const page = (langAttr: string) => new DOMParser().parseFromString(
      `<!DOCTYPE html><html ${langAttr}><body><h1>Student halls are too full, experts warn</h1><span class="time">02/10/2020</span></body></html>`,
      'text/html',
    );
    expect(findPublicationDate(page('xml:lang="en-GB"'), URL_, NOW).published).toBe('2020-10-02');
    expect(findPublicationDate(page(''), URL_, NOW).published).toBeNull();
  });

  it('reads a German dateline with labels', () => {
    const r = find(`<body><h1>Die Überschrift des Artikels</h1><p>Veröffentlicht am 19. Juni 2024, aktualisiert am 20.06.2024</p></body>`, URL_, 'de');
    expect(r).toEqual({ published: '2024-06-19', modified: '2024-06-20', source: 'text' });
  });

  it('ignores a future date', () => {
    const r = find(`<head><meta property="article:published_time" content="2030-01-01"></head><body><h1>The headline of the story</h1><p>June 19, 2024</p></body>`);
    expect(r.published).toBe('2024-06-19');
  });
});

describe('findPublicationDate: URL', () => {
  it.each([
    ['https://news.example/2024/06/19/story', '2024-06-19'],
    ['https://news.example/news/20240619/story', '2024-06-19'],
    ['https://news.example/blog/2024-06-19-story', '2024-06-19'],
    ['https://news.example/media/notices/29-10-2021', '2021-10-29'],
    ['https://news.example/media/notices/10-29-2021', '2021-10-29'],
    ['https://news.example/media/notices/05-06-2021', null],
    ['https://news.example/2024/06/story', null],
    ['https://news.example/2099/01/01/story', null],
  ])('%s', (url, expected) => {
    const r = find('<body><h1>The headline of the story</h1></body>', url);
    expect(r.published).toBe(expected);
    expect(r.source).toBe(expected ? 'url' : null);
  });

  it('lets a URL day overrule a structured date days away from it', () => {
    const r = find(`<head>${ld({ '@type': 'NewsArticle', datePublished: '2019-06-17' })}</head><body></body>`, 'https://news.example/2017/07/12/story');
    expect(r).toMatchObject({ published: '2017-07-12', source: 'url' });
  });

  it('shows the local day when structured data gives UTC', () => {
    const r = find(`<head><meta property="article:published_time" content="2024-06-20T02:45:00Z"></head><body>`, 'https://news.example/2024/06/19/launch');
    expect(r).toMatchObject({ published: '2024-06-19', source: 'url' });
  });
});

describe('findPublicationDate: the headline', () => {
  it('does not take a date named in the headline for the dateline', () => {
    const r = find(`<body><article><header><h1>Results of the regional relay, 19.5.2007</h1><p>Posted 20.5.2007</p></header>
      <p>Body.</p></article></body>`, URL_, 'de');
    expect(r).toMatchObject({ published: '2007-05-20', source: 'text' });
  });

  it('finds a headline that differs from og:title only in separators, past a logo h1', () => {
    const r = find(`<head><meta property="og:title" content="Harbour works - 'Cranes return to the quay'"></head>
      <body><header><h1><a href="/" class="logo">Coast Courier</a></h1><span class="today">Monday, 2 March 2020</span></header>
      <div class="nav-spacer"></div><div></div><div></div>
      <main><h1><span class="kicker">Harbour works</span>'Cranes return to the quay'</h1><p class="date">14 February 2018</p></main></body>`, URL_, 'en-GB');
    expect(r).toMatchObject({ published: '2018-02-14', source: 'text' });
  });

  it('passes over a copy of the title hidden in the site banner for the story\'s own heading', () => {
    const filler = Array.from({ length: 70 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('');
    const r = find(`<head><meta property="og:title" content="Gas is not green, the agency says"><meta name="dcterms.date" content="2022-01-21"></head>
      <body><header><div role="banner"><h1 class="visually-hidden">Gas is not green, the agency says | Agency</h1></div><ul>${filler}</ul></header>
      <main><article><h2 class="title">Gas is not green, the agency says</h2><div class="article-meta"><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div>
      <p>Body.</p></article></main></body>`, URL_, 'de');
    expect(r).toMatchObject({ published: '2022-01-25T08:00:00+01:00', source: 'time' });
  });

  it('falls back to <title> when og:title is mangled', () => {
    const r = find(`<head><meta property="og:title" content="Dam &amp;#039;holds&amp;#039; after storm"><title>Dam 'holds' after storm</title></head>
      <body><div class="top">${'<div><span>Menu</span></div>'.repeat(70)}</div>
      <div class="story"><h2>Dam 'holds' after storm</h2><p>Wire<br>13 Jan 2020, 22:11 GMT+10</p></div></body>`, URL_, 'en');
    expect(r).toMatchObject({ published: '2020-01-13', source: 'text' });
  });
});

describe('findPublicationDate: sources that disagree', () => {
  it('takes the dateline beside the headline when structured data is one day off', () => {
    const r = find(`<head>${ld({ '@type': 'NewsArticle', datePublished: '2024-03-05T23:40:00+01:00' })}</head>
      <body><article><h1>The headline of the story</h1><p class="date">6 March 2024</p><p>Body.</p></article></body>`, URL_, 'en-GB');
    expect(r).toMatchObject({ published: '2024-03-06', source: 'text' });
  });

  it('takes the dateline of a re-dated story: the structured "modified" day, with the published day shown nowhere', () => {
    const head = `<head>${ld({ '@type': 'NewsArticle', datePublished: '2017-08-21T13:09:00Z', dateModified: '2019-04-03T08:04:01Z' })}</head>`;
    const redated = find(`${head}<body><article><h1>Seven trades with a future</h1><p class="date">03.04.2019</p></article></body>`, URL_, 'de');
    expect(redated).toMatchObject({ published: '2019-04-03', source: 'text' });
    const both = find(`${head}<body><article><h1>Seven trades with a future</h1><p class="date">03.04.2019</p>
      <p class="first">21.08.2017</p></article></body>`, URL_, 'de');
    expect(both).toMatchObject({ published: '2017-08-21T13:09:00Z', source: 'json-ld' });
    const labelled = find(`${head}<body><article><h1>Seven trades with a future</h1><p>Aktualisiert am 03.04.2019</p></article></body>`, URL_, 'de');
    expect(labelled).toMatchObject({ published: '2017-08-21T13:09:00Z', source: 'json-ld' });
  });

  it('keeps the structured date when the visible day is further away or far from the headline', () => {
    const far = find(`<head>${ld({ '@type': 'NewsArticle', datePublished: '2024-03-05' })}</head>
      <body><article><h1>The headline of the story</h1><p class="date">9 March 2024</p></article></body>`, URL_, 'en-GB');
    expect(far).toMatchObject({ published: '2024-03-05', source: 'json-ld' });
    const filler = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i} of the story.</p>`).join('');
    const away = find(`<head>${ld({ '@type': 'NewsArticle', datePublished: '2024-03-05' })}</head>
      <body><article><h1>The headline of the story</h1>${filler}<p class="date">6 March 2024</p></article></body>`, URL_, 'en-GB');
    expect(away).toMatchObject({ published: '2024-03-05', source: 'json-ld' });
  });
});

describe('findPublicationDate: safety', () => {
  it('returns nulls for an empty page', () => {
    expect(find('<body></body>')).toEqual({ published: null, modified: null, source: null });
  });

  it('does not change the document', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head>${ld({ '@type': 'NewsArticle', datePublished: '2024-06-19' })}</head><body><h1>Headline text here</h1><p>June 19, 2024</p></body></html>`,
      'text/html',
    );
    const before = doc.documentElement.outerHTML;
    findPublicationDate(doc, URL_, NOW);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('findPublicationDate: odd markup', () => {
  it('reads a page with server warnings before <html> (linkedom then roots the tree at a <br>)', () => {
    const html = `<br />\n<b>Warning</b>: Use of undefined constant in <b>/srv/lang.php</b><br />\n<!DOCTYPE html><html lang="de">
      <head><title>Kein Cyberterrorismus</title></head><body><div class="post"><h1>Kein Cyberterrorismus (diesmal)</h1><p>Text.</p>
      <p class="postmetadata">Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht.</p></div></body></html>`;
    const { document } = parseHTML(html);
    expect(findPublicationDate(document as unknown as Document, URL_, NOW).published).toBe('2011-12-03');
  });
});
