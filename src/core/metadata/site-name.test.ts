import { describe, expect, it } from 'vitest';
import { declaredSiteNames, findSiteName, siteFromTitle } from './site-name';

describe('declaredSiteNames', () => {
  it('orders og:site_name, publisher, website, application-name', () => {
    const meta = new Map([['application-name', 'App'], ['og:site_name', 'OG Site']]);
    expect(declaredSiteNames(meta, 'Publisher', 'Website', null)).toEqual(['OG Site', 'Publisher', 'Website', 'App']);
  });

  it('skips URLs and empty values', () => {
    expect(declaredSiteNames(new Map([['og:site_name', 'https://x.example']]), null, null, ' ')).toEqual([]);
  });
});

describe('siteFromTitle', () => {
  it.each([
    ['Rain due | The Gazette', 'The Gazette'],
    ['The Gazette - Rain due', 'The Gazette'],
    ['Rain due — The Gazette', 'The Gazette'],
    ['Rain due · The Gazette', 'The Gazette'],
    ['Rain due :: The Gazette', 'The Gazette'],
  ])('%j', (title, site) => {
    expect(siteFromTitle(title, 'Rain due')).toBe(site);
  });

  it('returns null when the title has no affix', () => {
    expect(siteFromTitle('Rain due', 'Rain due')).toBeNull();
  });
});

describe('findSiteName', () => {
  it('prefers a declared name, then the title affix, then the host', () => {
    expect(findSiteName(['Declared'], ['Rain due | Gazette'], 'Rain due', 'https://www.news.example/a')).toBe('Declared');
    expect(findSiteName([], ['Rain due | Gazette'], 'Rain due', 'https://www.news.example/a')).toBe('Gazette');
    expect(findSiteName([], ['Rain due'], 'Rain due', 'https://www.news.example/a')).toBe('news.example');
  });
});
