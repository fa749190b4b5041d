import { describe, expect, it } from 'vitest';
import { findByline } from './byline';
import { scanPage } from './dom';
import { readJsonLd } from './json-ld';
import { page } from './test-helpers';

function byline(html: string, hinted: string | null = null, siteName: string | null = 'The Gazette'): string | null {
  const scan = scanPage(page(html));
  return findByline({ scan, jsonLdAuthors: readJsonLd(scan.jsonLd)?.authors ?? [], hinted, headline: 'Rain due', siteName });
}

describe('findByline', () => {
  it('joins a JSON-LD author array', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>';
    expect(byline(html)).toBe('Jane Doe, John Roe');
  });

  it('skips a JSON-LD author that is the publisher', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"The Gazette"}}</script><meta name="author" content="Jane Doe">';
    expect(byline(html)).toBe('Jane Doe');
  });

  it('uses article:author only when it is a name', () => {
    expect(byline('<meta property="article:author" content="https://facebook.com/jane">')).toBeNull();
    expect(byline('<meta property="article:author" content="Jane Doe">')).toBe('Jane Doe');
  });

  it('reads itemprop=author with a nested itemprop=name', () => {
    const html = '<article><h1>Rain due</h1><div itemprop="author" itemscope><img alt=""><span itemprop="name">Jane Doe</span><span itemprop="jobTitle">Reporter</span></div></article>';
    expect(byline(html)).toBe('Jane Doe');
  });

  it('reads rel=author links', () => {
    expect(byline('<article><h1>Rain due</h1><p>By <a rel="author" href="/jane">Jane Doe</a></p></article>')).toBe('Jane Doe');
  });

  it('reads a byline element near the headline and strips its dateline', () => {
    const html = '<article><h1>Rain due</h1><div class="article-byline">By Jane Doe, Asia correspondent<br>June 19, 2024 10:30</div><p>Text</p></article>';
    expect(byline(html)).toBe('Jane Doe');
  });

  it('ignores author names in comments and sidebars', () => {
    const html = '<article><h1>Rain due</h1><p>Text</p></article><aside><span class="author">Sidebar Person</span></aside><div class="comments"><span class="comment-author">Troll</span></div>';
    expect(byline(html)).toBeNull();
  });

  it('ignores author names in a side bar however its name is written', () => {
    for (const box of ['<div class="side-bar">', '<div id="sidepanel">', '<div class="Side-Bar widget-area">']) {
      const html = `<div><h1>Rain due</h1><p>Text</p></div>${box}<span class="author">Sidebar Person</span></div>`;
      expect(byline(html), box).toBeNull();
    }
  });

  it('prefers the source the others agree with', () => {
    const html = '<meta name="author" content="Jane Doe"><article><h1>Rain due</h1><div class="author-box">Autoreninfo<br>So erreichen Sie Jane Doe<br>Zur Artikelübersicht</div></article>';
    expect(byline(html, 'Von Jane Doe am 21. April 2020')).toBe('Jane Doe');
  });

  it('returns null for a desk label and a date', () => {
    expect(byline('<meta name="author" content="Newsroom">', 'Wednesday, June 19, 2024')).toBeNull();
  });

  it('reads a credit line that has no telling class, and not a sentence that opens with "By"', () => {
    expect(byline('<article><h1>Rain due</h1><p><em>Written by: <a href="https://elsewhere.example/">Jane Doe</a></em></p><p>By the time the rain came, the fields were dry.</p></article>')).toBe('Jane Doe');
    expect(byline('<article><h1>Rain due</h1><p>By the time the rain came, the fields were dry.</p></article>')).toBeNull();
    expect(byline('<article><h1>Rain due</h1><p>By design</p><p>By Monday</p></article>')).toBeNull();
    expect(byline('<article><h1>Rain due</h1><small>Verfasst von: <strong>jdoe</strong> | 31. Dezember 2008</small></article>')).toBe('jdoe');
    expect(byline('<article><h1>Rain due</h1><p>Text</p><h4>Autorin</h4><p><a href="/profil/jd">Jane Doe</a></p></article>')).toBe('Jane Doe');
  });

  it('does not count Readability twice when it repeats the meta author', () => {
    const html = '<meta name="author" content="Site Owner"><article><h1>Rain due</h1><p class="meta">Erstellt von <a href="/author/jd/">Jane Doe</a> am 6. Mai 2014</p></article>';
    expect(byline(html, 'Site Owner')).toBe('Jane Doe');
  });

  it('ignores bylines in a list of other stories that look alike', () => {
    const html = '<article><h1>Rain due</h1><div>By<br>Jane Doe on<br>June 3, 2024</div><p>Text</p></article><div class="more"><div class="t">By Ann Other</div><div class="t">By Bo Third</div></div>';
    expect(byline(html)).toBe('Jane Doe');
  });

  it("reads the byline in an aside or teaser row inside the story's article", () => {
    expect(byline('<article class="node-promoted"><h1>Rain due</h1><aside class="meta"><p class="authors">Von: <a href="/autor/jd">Jane Doe</a></p></aside><p>Text</p></article>')).toBe('Jane Doe');
    expect(byline('<article><h1>Rain due</h1><div class="teaser-small__metadata"><p class="byline__author">VON JANE DOE am 21. April 2020</p></div></article>')).toBe('JANE DOE');
  });

  it('finds the story by an <h3> headline, as blog themes set it', () => {
    const html = '<div class="widget Blog"><div class="post hentry"><h3 class="post-title">Rain due</h3><p>Text</p><div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">Jane Doe</span></span></div></div></div>';
    expect(byline(html)).toBe('Jane Doe');
  });

  it('reads a "date - name" line beside the headline', () => {
    expect(byline('<div><h1>Rain due</h1><p class="muted">11.12.2019 - Jane Doe</p><p>Text</p></div>')).toBe('Jane Doe');
    expect(byline('<div><h1>Rain due</h1><p class="muted">11.12.2019 | Tags: Garden Party</p><p>Text</p></div>')).toBeNull();
  });

  it('ignores theme credits set as "by …" links', () => {
    expect(byline('<article><h1>Rain due</h1><p>Text</p></article><p>Theme <a href="https://themes.example/">by ExampleThemes</a></p>')).toBeNull();
  });

  it('ignores layout classes on <body> and on a wrapper that holds the story', () => {
    const doc = page('<body class="has-sidebar"><div class="one-sidebar-layout"><article><h1>Rain due</h1><span class="byline">By Jane Doe</span></article></div><aside class="sidebar"><span class="author">Sidebar Person</span></aside></body>');
    const scan = scanPage(doc);
    expect(findByline({ scan, jsonLdAuthors: [], hinted: null, headline: 'Rain due', siteName: null })).toBe('Jane Doe');
  });

  it('reads a byline in the article footer but not in the page footer', () => {
    expect(byline('<article><h1>Rain due</h1><p>Text</p><footer><span class="author">Jane Doe</span></footer></article><footer><span class="author">Site Person</span></footer>')).toBe('Jane Doe');
  });

  it('reads <address> and links to author pages', () => {
    expect(byline('<h1>Rain due</h1><address>By <a href="/author/jane-doe/">Jane Doe</a></address>')).toBe('Jane Doe');
    expect(byline('<h1>Rain due</h1><p>Posted by <a href="https://gazette.example/autoren/doe/">Jane Doe</a></p>')).toBe('Jane Doe');
  });

  it('reads every author meta tag', () => {
    expect(byline('<meta name="author" content="Jane Doe"><meta name="author" content="John Roe">')).toBe('Jane Doe, John Roe');
    expect(byline('<meta name="parsely-author" content="Jane Doe">')).toBe('Jane Doe');
  });

  it('takes the full author list when JSON-LD gives it, though each author has a box of their own', () => {
    const html =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>' +
      '<article><h1>Rain due</h1><div class="author">Jane Doe</div><div class="author">John Roe</div></article>';
    expect(byline(html, 'Jane Doe')).toBe('Jane Doe, John Roe');
  });

  it('completes a first-name profile with the full name its JSON-LD bio opens with', () => {
    const html =
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Rain due","author":{"@type":"Person","name":"Nils","description":"Nils Doe ist freier Autor."}}</script>' +
      '<article><h1>Rain due</h1><span class="author"><a href="/author/nils/">Nils</a></span><p>Text</p></article>';
    expect(byline(html, 'Nils')).toBe('Nils Doe');
  });

  it('keeps a one-word name when no source gives the surname', () => {
    expect(byline('<article><h1>Rain due</h1><span class="author">Nils</span><p>Nils Kommentar</p></article>', 'Nils')).toBe('Nils');
  });

  it("takes a paper's citation_author list when the page shows several of its authors apart", () => {
    const names = ['Doe, Jane', 'Roe, John', 'Poe, Ann', 'Moe, Bo', 'Low, Cy'];
    const html =
      names.map((n) => `<meta name="citation_author" content="${n}">`).join('') +
      '<h1>Rain due</h1><div class="authors">' +
      ['Jane Doe', 'John Roe', 'Ann Poe'].map((n) => `<span class="author">${n}</span>`).join(', ') +
      '</div>';
    expect(byline(html, 'Jane Doe')).toBe('Jane Doe, John Roe, Ann Poe, Bo Moe, Cy Low');
  });

  it('keeps a long author list from meta tags whole', () => {
    const names = ['Ada', 'Ben', 'Cleo', 'Dan', 'Eva', 'Finn', 'Gina', 'Hugo', 'Ida', 'Jon', 'Kim', 'Leo', 'Mia', 'Noah'].map((first) => `${first} Example-Surname`);
    expect(byline(names.map((n) => `<meta name="citation_author" content="${n}">`).join(''))).toBe(names.join(', '));
  });

  it('reads a "| By" credit set in a meta row with a separator first', () => {
    const html = '<h1>Rain due</h1><div class="meta"><span>Hot</span>\n<span class="sr">| By </span>\n<span>Jane Doe</span> |\n<time>April 13, 2020</time></div><p>Text</p>';
    expect(byline(html)).toBe('Jane Doe');
  });

  it('drops an author that is the site named by its host', () => {
    const html = '<meta name="author" content="Daily Meridian"><h1>Rain due</h1><div class="autor"><h6>Jane Doe | Publicado hace 3 horas</h6></div>';
    expect(byline(html, null, 'www.dailymeridian.com')).toBe('Jane Doe');
  });

  it('reads the dateline row beside a headline that a page builder wrapped in boxes of its own', () => {
    const html =
      '<div class="widget"><div class="widget-inner"><h1>Rain due</h1></div></div>' +
      '<div class="widget"><ul class="post-info"><li><a href="/c/kommentar/">Kommentar</a></li><li>19. Oktober 2019</li><li>Jane Q. Doe</li><li><a href="#comments">1 Kommentar</a></li></ul></div>' +
      '<div class="widget"><p>Text</p></div>';
    expect(byline(html)).toBe('Jane Q. Doe');
  });

  it('reads an "Interview" credit set as a label beside the name, but not an "Interview" kicker', () => {
    const credits = '<div class="credits"><div class="c"><div class="l">Interview</div><div class="t">JANE DOE</div></div><div class="c"><div class="l">Fotograf</div><div class="t">JOHN ROE</div></div></div>';
    expect(byline(`<h2>Rain due</h2><p>Rain is due on Monday.</p>${credits}`)).toBe('JANE DOE');
    expect(byline('<h1>Rain due</h1><p>Rain is due on Monday.</p><a href="/x"><span class="kicker">Interview</span> Why Cities Need Trees</a>')).toBeNull();
    expect(byline('<h1>Rain due</h1><p>Rain is due on Monday.</p><div class="teaser"><span class="kicker">Interview</span><h3>Why Cities Need Trees</h3></div>')).toBeNull();
  });
});
