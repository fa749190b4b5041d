import { describe, expect, it } from 'vitest';
import { chooseHeadline, headingSources, namedAfterItsHeadline, stripSiteAffixes } from './headline';
import { scanPage } from './dom';
import { page } from './test-helpers';

describe('stripSiteAffixes', () => {
  const sites = ['The Daily Meridian'];
  it.each([
    ['Rain due | The Daily Meridian', 'Rain due'],
    ['The Daily Meridian - Rain due', 'Rain due'],
    ['Rain due – The Daily Meridian', 'Rain due'],
    ['Rain due :: The Daily Meridian', 'Rain due'],
    ['Rain due · dailymeridian.com', 'Rain due'],
    ['Rain due / The Daily Meridian', 'Rain due'],
    ['23.01.2022 - Rain due - The Daily Meridian', 'Rain due'],
    ['Rain due | 2024-06-19', 'Rain due'],
    ['Rain due -', 'Rain due'],
  ])('%j -> %j', (title, headline) => {
    expect(stripSiteAffixes(title, sites, 'dailymeridian.com')).toBe(headline);
  });

  it('leaves a dash that belongs to the headline alone', () => {
    expect(stripSiteAffixes('Rain due - and then snow', sites, 'dailymeridian.com')).toBe('Rain due - and then snow');
  });

  it('strips a site name that spans several segments', () => {
    expect(stripSiteAffixes('Rain due - Notes - Meridian Walks', ['Notes - Meridian Walks'], null)).toBe('Rain due');
    expect(stripSiteAffixes('Notes - Meridian Walks - Rain due', ['Notes - Meridian Walks'], null)).toBe('Rain due');
  });

  it('drops a site name glued to the headline without a separator', () => {
    expect(stripSiteAffixes('Truck wash opensThe Daily Meridian | The Daily Meridian', sites, null)).toBe('Truck wash opens');
    expect(stripSiteAffixes('Why I read The Daily Meridian', sites, null)).toBe('Why I read The Daily Meridian');
  });

  it('knows a site name whose accents the host name spells out', () => {
    expect(stripSiteAffixes('Neue Brötchen │ Bäckerei Müller', [], 'baeckerei-mueller.example')).toBe('Neue Brötchen');
    expect(stripSiteAffixes('Nouveau menu - Café Léon', [], 'cafeleon.example')).toBe('Nouveau menu');
  });

  it('knows a site name that is the host\'s words and one more', () => {
    expect(stripSiteAffixes('Rain due | Meridian Rail Enquiries', [], 'meridianrail.example')).toBe('Rain due');
    expect(stripSiteAffixes('Meridian rail fares rise | Gazette', ['Gazette'], 'meridianrail.example')).toBe('Meridian rail fares rise');
  });

  it('strips the longest run of segments that names the site', () => {
    expect(stripSiteAffixes('Rain due - Notes - Harbour Walks', ['Notes - Harbour Walks'], 'harbourwalks.example')).toBe('Rain due');
  });

  it('knows a site name whose words all spell out the host', () => {
    expect(stripSiteAffixes('Harbour Fire Brigade - Training', [], 'harbourfirebrigade-divers.example')).toBe('Training');
    expect(stripSiteAffixes('Brigade Harbour - Training', [], 'harbourfirebrigade-divers.example')).toBe('Brigade Harbour - Training');
  });

  it('keeps figures that are no date', () => {
    expect(stripSiteAffixes('Rain due - 2024 in review', sites, null)).toBe('Rain due - 2024 in review');
    expect(stripSiteAffixes('Final score - 57 : 33', sites, null)).toBe('Final score - 57 : 33');
    expect(stripSiteAffixes('Download the reader - 3.12.1', sites, null)).toBe('Download the reader - 3.12.1');
  });

  it('splits at a double hyphen set close to the headline', () => {
    expect(stripSiteAffixes('Word of the Week --quixotic', ['Word of the Week'], null)).toBe('quixotic');
    expect(stripSiteAffixes('Word of the Week -- quixotic', ['Word of the Week'], null)).toBe('quixotic');
  });

  it('keeps a segment that the stripped site name also begins with, once', () => {
    expect(stripSiteAffixes('Meridian • Meridian Weekly', ['Meridian Weekly'], null)).toBe('Meridian');
    expect(stripSiteAffixes('Meridian Weekly | Rain due | Meridian Weekly', ['Meridian Weekly'], null)).toBe('Rain due');
  });

  it('never strips the whole title', () => {
    expect(stripSiteAffixes('The Daily Meridian', sites, null)).toBe('The Daily Meridian');
  });
});

describe('chooseHeadline', () => {
  it('prefers the h1 that the metadata agrees with, over an unknown suffix', () => {
    const pick = chooseHeadline(
      [{ text: 'Rain due', weight: 3, visible: true }, { text: 'Rain due | Some Paper', weight: 3 }, { text: 'Rain due | Some Paper', weight: 1 }],
      [],
      'paper.example',
    );
    expect(pick).toBe('Rain due');
  });

  it('uses og:title when it is the only source', () => {
    expect(chooseHeadline([{ text: null, weight: 3 }, { text: 'Only in og:title', weight: 3 }], [], null)).toBe('Only in og:title');
  });

  it('prefers the visible wording when sources differ only in punctuation', () => {
    const pick = chooseHeadline([{ text: '„Wir bleiben“ – sagt sie', weight: 3, visible: true }, { text: '"Wir bleiben" - sagt sie', weight: 3 }], [], null);
    expect(pick).toBe('„Wir bleiben“ – sagt sie');
  });

  it('counts a kicker before a colon as agreement with the bare h1', () => {
    const pick = chooseHeadline(
      [{ text: 'Museum reopens', weight: 3, visible: true }, { text: 'Culture: Museum reopens', weight: 3 }, { text: 'Culture: Museum reopens', weight: 2 }],
      [],
      null,
    );
    expect(pick).toBe('Museum reopens');
  });

  it('counts a title that holds the visible headline between a kicker and a teaser as agreement', () => {
    const pick = chooseHeadline(
      [{ text: 'Museum reopens', weight: 3, visible: true }, { text: 'Culture: Museum reopens – and it is free', weight: 3 }, { text: 'Culture: Museum reopens – and it is free', weight: 2 }],
      [],
      null,
    );
    expect(pick).toBe('Museum reopens');
  });

  it('does not let a one-word section heading borrow support from the title', () => {
    const pick = chooseHeadline([{ text: 'Culture', weight: 3, visible: true }, { text: 'Culture news: Museum reopens', weight: 3 }, { text: 'Culture news: Museum reopens', weight: 2 }], [], null);
    expect(pick).toBe('Culture news: Museum reopens');
  });

  it('ignores a candidate that is only the site name', () => {
    expect(chooseHeadline([{ text: 'The Gazette', weight: 3, visible: true }, { text: 'Rain due', weight: 2 }], ['The Gazette'], null)).toBe('Rain due');
  });

  it('lets an h2 confirm the title segment over a branding h1', () => {
    const pick = chooseHeadline(
      [
        { text: 'Gazette Society – helping readers since 1901', weight: 3, visible: true },
        { text: 'Museum reopens', weight: 1, visible: true, confirmOnly: true },
        { text: 'Museum reopens » Gazette Society', weight: 2 },
        { text: 'Museum reopens » Gazette Society', weight: 1 },
      ],
      [],
      'gazette-society.example',
    );
    expect(pick).toBe('Museum reopens');
  });

  it('never picks an h2 that no metadata confirms', () => {
    const pick = chooseHeadline([{ text: 'Most read', weight: 1, visible: true, confirmOnly: true }, { text: 'Rain due', weight: 1 }], [], null);
    expect(pick).toBe('Rain due');
  });

  it('does not let an h2 that names a kicker stand for the headline', () => {
    const pick = chooseHeadline([{ text: 'Harbour Cafe', weight: 1, visible: true, confirmOnly: true }, { text: 'Harbour Cafe: fish cakes, hot and fresh', weight: 3 }], [], null);
    expect(pick).toBe('Harbour Cafe: fish cakes, hot and fresh');
  });

  it('keeps the h1 wording when the metadata words the same story a little differently', () => {
    const pick = chooseHeadline(
      [{ text: 'The war of nerves over the harbour tram goes into the next round', weight: 3, visible: true }, { text: 'Harbour tram: war of nerves goes into next round', weight: 3 }, { text: 'Harbour tram: war of nerves goes into next round', weight: 2 }],
      [],
      null,
    );
    expect(pick).toBe('The war of nerves over the harbour tram goes into the next round');
  });

  it('keeps a different metadata headline over an h1 that only shares a word', () => {
    const pick = chooseHeadline([{ text: 'Harbour news', weight: 3, visible: true }, { text: 'Harbour tram: council votes to extend the line', weight: 3 }, { text: 'Harbour tram: council votes to extend the line', weight: 2 }], [], null);
    expect(pick).toBe('Harbour tram: council votes to extend the line');
  });

  it('keeps the one h1 over metadata that shares not one word with it', () => {
    const meta = [{ text: 'About us - Harbour Works', weight: 3 }, { text: 'About us - Harbour Works', weight: 1 }];
    expect(chooseHeadline([{ text: 'Ideas that keep the docks busy', weight: 3, visible: true }, ...meta], ['Harbour Works'], null)).toBe('Ideas that keep the docks busy');
    // Not a short h1, nor one of several h1s (a page's sections).
    expect(chooseHeadline([{ text: 'Dock ideas', weight: 3, visible: true }, ...meta], ['Harbour Works'], null)).toBe('About us');
    // The site's name, which every page of it shares, ties nothing.
    expect(chooseHeadline([{ text: 'Our Harbourly teas', weight: 3, visible: true }, { text: 'Harbourly Green Mint', weight: 3 }], ['Harbourly'], null)).toBe('Our Harbourly teas');
    const sections = [{ text: 'Ideas that keep the docks busy', weight: 3, visible: true }, { text: 'Where we started from', weight: 1, visible: true }];
    expect(chooseHeadline([...sections, ...meta], ['Harbour Works'], null)).toBe('About us');
  });

  it('lets a title holding a CJK headline without spaces confirm the h1', () => {
    const pick = chooseHeadline([{ text: '港の路面電車が夜も走る', weight: 3, visible: true }, { text: 'NEWS EASY|港の路面電車が夜も走る', weight: 3 }, { text: 'NEWS EASY|港の路面電車が夜も走る', weight: 2 }], [], null);
    expect(pick).toBe('港の路面電車が夜も走る');
  });

  it('lets a title with a spaced colon ("Headline : Site") confirm an h2', () => {
    const pick = chooseHeadline(
      [{ text: 'Plain muffin dough', weight: 1, visible: true, confirmOnly: true }, { text: 'Plain muffin dough : Muffin Base', weight: 2 }, { text: 'Plain muffin dough : Muffin Base', weight: 1 }],
      [],
      null,
    );
    expect(pick).toBe('Plain muffin dough');
  });

  it('keeps the kicker of an h1 that og:title repeats whole, over a JSON-LD headline without it', () => {
    const pick = chooseHeadline(
      [
        { text: 'Night service: Harbour tram runs late', weight: 3, visible: true },
        { text: 'Harbour tram runs late', weight: 3 },
        { text: 'Night service: Harbour tram runs late', weight: 3 },
        { text: 'Night service: Harbour tram runs late', weight: 2 },
      ],
      [],
      null,
    );
    expect(pick).toBe('Night service: Harbour tram runs late');
  });

  it('prefers the h1 over metadata that gives only the topic in one word', () => {
    const pick = chooseHeadline([{ text: 'We want fair fees for the harbour', weight: 3, visible: true }, { text: 'Harbour', weight: 3 }, { text: 'Harbour', weight: 2 }], [], null);
    expect(pick).toBe('We want fair fees for the harbour');
  });

  it('returns the line of a two-line h1 that the metadata names', () => {
    const pick = chooseHeadline(
      [{ text: 'Open water Why the harbour tram runs late', weight: 3, visible: true, lines: ['Open water', 'Why the harbour tram runs late'] }, { text: 'Why the harbour tram runs late', weight: 3 }, { text: 'Why the harbour tram runs late', weight: 3 }],
      [],
      null,
    );
    expect(pick).toBe('Why the harbour tram runs late');
  });

  it('reads past a meta value cut short at an unescaped quote mark', () => {
    const pick = chooseHeadline(
      [{ text: 'Mayor calls the tram plan', weight: 3 }, { text: 'Mayor calls the tram plan', weight: 2 }, { text: 'Mayor calls the tram plan "a disaster" | Gazette', weight: 1 }],
      ['Gazette'],
      null,
    );
    expect(pick).toBe('Mayor calls the tram plan "a disaster"');
  });

  it('keeps a heading that quotes after the headline out of it', () => {
    const pick = chooseHeadline(
      [{ text: 'Mayor opens the tram line', weight: 3, visible: true }, { text: 'Mayor opens the tram line "A good day"', weight: 1, visible: true, confirmOnly: true }, { text: 'Mayor opens the tram line', weight: 3 }],
      [],
      null,
    );
    expect(pick).toBe('Mayor opens the tram line');
  });

  it('strips the name a logo heading gives the site from the title', () => {
    const pick = chooseHeadline([{ text: 'Rain due - Notes - Meridian Walks', weight: 1 }, { text: 'Notes - Meridian Walks', weight: 0, namesSite: true }], [], null);
    expect(pick).toBe('Rain due');
  });

  it('keeps a kicker set in its own element when the metadata runs it into the headline', () => {
    const doc = page('<h1><span class="subtitle">Garden tips</span> Pruning the old pear tree</h1>');
    const sources = headingSources(scanPage(doc));
    expect(sources[0]).toEqual({ text: 'Pruning the old pear tree', weight: 3, visible: true, withKicker: 'Garden tips Pruning the old pear tree' });
    const pick = (meta: string): string | null => chooseHeadline([...sources, { text: meta, weight: 3 }, { text: 'Pruning the old pear tree | Orchard', weight: 1 }], ['Orchard'], null);
    expect(pick('Garden tips: Pruning the old pear tree')).toBe('Garden tips Pruning the old pear tree');
    // A title part set apart by a separator is the section's name, not part of the headline.
    expect(pick('Garden tips - Pruning the old pear tree')).toBe('Pruning the old pear tree');
  });

  it('takes the headline two metadata titles share after different kickers', () => {
    const sources = [{ text: 'Worth the wait?: Harbour Lights', weight: 3 }, { text: 'Orchard Games | Previews: Harbour Lights', weight: 1 }];
    expect(chooseHeadline(sources, ['Orchard Games'], null)).toBe('Harbour Lights');
  });

  it('does not cut two metadata titles down to the subject they open with', () => {
    const sources = [{ text: 'Harbour Lights: what the first hour shows', weight: 3 }, { text: 'Harbour Lights: a first look | Orchard Games', weight: 1 }];
    expect(chooseHeadline(sources, ['Orchard Games'], null)).toBe('Harbour Lights: what the first hour shows');
  });

  it('returns the heading that runs on past a headline the breadcrumb and title cut short', () => {
    const doc = page('<div class="breadcrumb"><a href="/">Home</a> <h1>Pruning the old pear tree</h1></div><h2><span class="subline">Garden tips</span> <span>Pruning the old pear tree before the frost comes</span></h2>');
    const sources = [...headingSources(scanPage(doc)), { text: 'Pruning the old pear tree | Orchard', weight: 1 }, { text: 'Five things to do in March', weight: 3 }];
    expect(chooseHeadline(sources, ['Orchard'], null)).toBe('Pruning the old pear tree before the frost comes');
  });

  it('keeps the headline over a heading that only adds one word or a quote', () => {
    const base = [{ text: 'Harbour Lights', weight: 3, visible: true }, { text: 'Harbour Lights | Orchard Games', weight: 1 }];
    expect(chooseHeadline([...base, { text: 'Harbour Lights Multiplayer', weight: 1, visible: true, confirmOnly: true }], ['Orchard Games'], null)).toBe('Harbour Lights');
    expect(chooseHeadline([...base, { text: 'Harbour Lights "A quiet triumph"', weight: 1, visible: true, confirmOnly: true }], ['Orchard Games'], null)).toBe('Harbour Lights');
  });

  it('takes the first h2 of a page without an h1 whose title only names the site', () => {
    const h2s = [{ text: 'Bus replacement this weekend', weight: 1, visible: true, confirmOnly: true }, { text: 'Ticket offices', weight: 1, visible: true, confirmOnly: true }];
    expect(chooseHeadline([...h2s, { text: 'Meridian Rail Enquiries -', weight: 1 }], [], 'meridianrail.example')).toBe('Bus replacement this weekend');
    // Not when the page has an h1, or when the h2 links elsewhere (a front page's teasers).
    expect(chooseHeadline([{ text: 'Meridian Rail', weight: 3, visible: true }, ...h2s], [], 'meridianrail.example')).toBeNull();
    expect(chooseHeadline([{ ...h2s[0]!, linked: true }, h2s[1]!], [], 'meridianrail.example')).toBeNull();
  });

  it('keeps the wording of the first h2 of a page without an h1', () => {
    const sources = [{ text: 'Boat training', weight: 1, visible: true, confirmOnly: true }, { text: 'Harbour Fire Brigade - Training', weight: 1 }];
    expect(chooseHeadline(sources, [], 'harbourfirebrigade-divers.example')).toBe('Boat training');
    expect(chooseHeadline([{ text: 'Divers', weight: 1, visible: true }, sources[0]!, { text: 'Harbour Fire Brigade - Training', weight: 3 }], [], 'harbourfirebrigade-divers.example')).toBe('Training');
  });

  it('returns null when there is nothing', () => {
    expect(chooseHeadline([{ text: '  ', weight: 3 }], [], null)).toBeNull();
  });
});

describe('headingSources', () => {
  it('ranks the article h1 first and keeps a logo h1 only as the site name', () => {
    const doc = page('<h1><a href="/">The Gazette</a></h1><article><h1 class="headline">Rain due</h1></article>');
    expect(headingSources(scanPage(doc))).toEqual([
      { text: 'Rain due', weight: 3, visible: true },
      { text: 'The Gazette', weight: 0, namesSite: true },
    ]);
  });

  it('ranks first the h1 the <title> names, over later h1s whose class or id says "heading"', () => {
    const doc = page('<article><h1>Library reopens after the renovation</h1><p>Text.</p><h1 id="saved-heading">Saved stories</h1></article>');
    doc.title = 'Library reopens after the renovation | The Gazette';
    expect(headingSources(scanPage(doc))[0]).toEqual({ text: 'Library reopens after the renovation', weight: 3, visible: true });
  });

  it('takes a heading that the <title> joins to a later heading for the blog\'s banner', () => {
    const doc = page('<h1>Notes from the Orchard</h1><h2>March 3</h2><h3>Pruning the old pear tree</h3><p>Text.</p>');
    doc.title = 'Notes from the Orchard - Pruning the old pear tree';
    const sources = headingSources(scanPage(doc));
    expect(sources.find((s) => s.namesSite)?.text).toBe('Notes from the Orchard');
    expect(chooseHeadline([...sources, { text: doc.title, weight: 1 }], [], 'orchard.example')).toBe('Pruning the old pear tree');
  });

  it('keeps the h1 when the later heading the <title> names is the site, or og:title names the h1', () => {
    const footer = page('<h1>Pruning the old pear tree</h1><p>Text.</p><h2>Orchard Society</h2>');
    footer.title = 'Pruning the old pear tree | Orchard Society';
    expect(headingSources(scanPage(footer), ['Orchard Society'], null)[0]).toEqual({ text: 'Pruning the old pear tree', weight: 3, visible: true });
    const og = page('<meta property="og:title" content="Pruning the old pear tree"><h1>Pruning the old pear tree</h1><p>Text.</p><h3>Notes from the Orchard</h3>');
    og.title = 'Notes from the Orchard » Pruning the old pear tree';
    expect(headingSources(scanPage(og))[0]).toEqual({ text: 'Pruning the old pear tree', weight: 3, visible: true });
  });

  it('drops the colon that joined a kicker to the headline', () => {
    const doc = page('<h1><span class="kicker">Weather</span>: <span>Rain due</span></h1>');
    expect(headingSources(scanPage(doc))[0]?.text).toBe('Rain due');
  });

  it('knows a logo heading whose home link an archive copy wraps', () => {
    const doc = page('<h1><a href="https://archive.example/web/20140226/http://www.gazette.example/">Gazette</a></h1><h1>Rain due</h1>');
    expect(headingSources(scanPage(doc))).toEqual([
      { text: 'Rain due', weight: 3, visible: true },
      { text: 'Gazette', weight: 0, namesSite: true },
    ]);
  });

  it('skips h1s that carry the site name, a skip link or a kicker', () => {
    const doc = page('<h1 class="site-title">Gazette</h1><h1 class="navSkip">Navigation and service</h1><div id="content"><h1 class="strapline">Weather update</h1><h1>Rain due</h1></div>');
    expect(headingSources(scanPage(doc)).filter((s) => !s.namesSite).map((s) => s.text)).toEqual(['Rain due']);
  });

  it('leaves out a list of teaser headlines beside the h1', () => {
    const teaser = (t: string): string => `<article><h3 itemprop="headline">${t}</h3></article>`;
    const doc = page(`<div class="slider">${teaser('Rain due')}${teaser('Tram runs late')}${teaser('Fair opens')}</div><div><h1>Rain due all week</h1></div>`);
    expect(headingSources(scanPage(doc)).map((s) => s.text)).toEqual(['Rain due all week']);
  });

  it('keeps a lone headline element that is no h1', () => {
    const doc = page('<article><h2 itemprop="headline">Rain due all week</h2></article>');
    expect(headingSources(scanPage(doc))[0]).toEqual({ text: 'Rain due all week', weight: 3, visible: true });
  });

  it('keeps the lines of a heading set on several', () => {
    const doc = page('<h1><span class="article__sub">Open water</span><br><span>Why the tram runs late</span></h1>');
    expect(headingSources(scanPage(doc))[0]).toEqual({ text: 'Open water Why the tram runs late', weight: 3, visible: true, lines: ['Open water', 'Why the tram runs late'] });
  });

  it('drops a kicker named in another language ("Spitzmarke", "surtitre")', () => {
    expect(headingSources(scanPage(page('<h1><span class="spitzmarke">Wetter</span> Regen kommt</h1>')))[0]?.text).toBe('Regen kommt');
    expect(headingSources(scanPage(page('<h1><span class="entry-title__toptitle">Météo</span> La pluie arrive</h1>')))[0]?.text).toBe('La pluie arrive');
  });

  it('drops a date set in <time> at the start of the heading', () => {
    const doc = page('<article><h2 itemprop="headline"><time datetime="2024-06-17">Jun 17 </time>Rain due: the long view</h2></article>');
    expect(headingSources(scanPage(doc))[0]?.text).toBe('Rain due: the long view');
  });

  it('keeps a subtitle set between two parts of the headline', () => {
    const doc = page('<h1 class="title">Rain due：<i class="title__subtitle">the long view</i>（1/2）</h1>');
    expect(headingSources(scanPage(doc))[0]?.text).toBe('Rain due：the long view（1/2）');
  });

  it('leaves out ruby readings printed above the words', () => {
    const doc = page('<h1><ruby>港<rt>みなと</rt></ruby>の<ruby>電車<rp>(</rp><rt>でんしゃ</rt><rp>)</rp></ruby>が走る</h1>');
    expect(headingSources(scanPage(doc))[0]?.text).toBe('港の電車が走る');
  });

  it('drops a secondary line set in <small>', () => {
    const doc = page('<article><h1>Rain due<br><small>19.06.2024 • Weather, Local</small></h1></article>');
    expect(headingSources(scanPage(doc))[0]?.text).toBe('Rain due');
  });

  it('adds h2s outside page furniture as confirming sources, after the h1s', () => {
    const doc = page('<h1>Gazette</h1><nav><h2>Sections</h2></nav><h2>Rain due</h2><aside class="sidebar"><h2>Most read</h2></aside>');
    expect(headingSources(scanPage(doc))).toEqual([
      { text: 'Gazette', weight: 3, visible: true },
      { text: 'Rain due', weight: 1, visible: true, confirmOnly: true },
    ]);
  });

  it('drops a kicker set in its own element', () => {
    const doc = page('<h1><span class="kicker">Weather</span><span class="headline">Rain due</span></h1>');
    expect(headingSources(scanPage(doc))[0]?.text).toBe('Rain due');
  });
});

describe('namedAfterItsHeadline', () => {
  it('is true when the one h1 is the headline in the title', () => {
    expect(namedAfterItsHeadline(page('<title>Harbour tram runs late tonight | Gazette</title><h1>Harbour tram runs late tonight</h1>'))).toBe(true);
  });

  it('reads og:title too', () => {
    expect(namedAfterItsHeadline(page('<meta property="og:title" content="Harbour tram runs late tonight"><h1>Harbour tram runs late tonight</h1>'))).toBe(true);
  });

  it('is false for a section front, whose h1 is a short section name', () => {
    expect(namedAfterItsHeadline(page('<title>Local news | Gazette</title><h1>Local news</h1>'))).toBe(false);
  });

  it('ignores an h1 without text, such as the wrapper of a logo image', () => {
    expect(namedAfterItsHeadline(page('<title>Harbour tram runs late tonight | Gazette</title><h1><a href="/"><img src="logo.png" alt=""></a></h1><h1>Harbour tram runs late tonight</h1>'))).toBe(true);
  });

  it('is false for pages with several h1s or an h1 the title does not name', () => {
    expect(namedAfterItsHeadline(page('<title>Harbour tram runs late tonight</title><h1>Harbour tram runs late tonight</h1><h1>Most read this week here</h1>'))).toBe(false);
    expect(namedAfterItsHeadline(page('<title>Gazette front page</title><h1>Harbour tram runs late tonight</h1>'))).toBe(false);
  });
});
