import { describe, expect, test } from 'vitest';
import { cleanArticleBody } from './clean-body';
import { textWithParagraphs } from './text';

const STORY = '<p>The council voted on Monday evening to build a tram line linking the ferry terminal with the campus.</p>';

function cleaned(html: string, story: { title?: string; byline?: string | null } = {}): HTMLElement {
  // A detached container, as extract.ts uses (its elements are not "connected").
  const container = document.implementation.createHTMLDocument('').createElement('div');
  container.innerHTML = html;
  cleanArticleBody(container, { title: story.title ?? 'Harbour city approves its first tram line', byline: story.byline ?? null });
  return container;
}
const text = (html: string, story?: { title?: string; byline?: string | null }) => textWithParagraphs(cleaned(html, story));

describe('headline, byline and dateline repeated in the body', () => {
  test('the headline repeated goes', () => {
    expect(text(`<h1>Harbour city approves its first tram line</h1>${STORY}`)).toBe(textWithParagraphsOf(STORY));
  });

  test('the page byline, alone or with a date and role', () => {
    const byline = 'Jane Doe';
    expect(text(`<p>By Jane Doe</p>${STORY}`, { byline })).toBe(textWithParagraphsOf(STORY));
    expect(text(`<p>By Jane Doe - 11/18/19 11:04 PM EST</p>${STORY}`, { byline })).toBe(textWithParagraphsOf(STORY));
  });

  test('"By" lines of capitalised names go even when the page byline is unknown', () => {
    for (const line of ['By Stefan Roe, Kathryn Doe, Grace Poe', 'By Matthew Roe , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.', 'Posted on March 30, 2015 by Admin']) {
      expect(text(`<p>${line}</p>${STORY}`), line).toBe(textWithParagraphsOf(STORY));
    }
  });

  test('sentences that start with "By" stay', () => {
    const html = '<p>By the end of the year the board hopes to extend the scheme.</p><p>By Monday, the council had voted.</p>';
    expect(text(html)).toBe('By the end of the year the board hopes to extend the scheme.\n\nBy Monday, the council had voted.');
  });

  test('datelines in many shapes go', () => {
    for (const line of [
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      '| UPDATED: 11:05, Tue, Nov 19, 2019',
      'Posted: Fri 6:45 PM, Feb 16, 2018 |',
      'November 19, 2019 / 1:07 AM / CBS News',
      'Updated 10:01 pm PST, Tuesday, November 19, 2019',
      'Published 1 day ago',
      'Today 12:01 AM',
      'Updated 11:02 AM EST',
      'Aktualisiert am 19. Juni 2024, 10:15 Uhr',
    ]) {
      expect(text(`<p>${line}</p>${STORY}`), line).toBe(textWithParagraphsOf(STORY));
    }
  });

  test('sentences with dates stay', () => {
    const html = '<p>On June 19, 2024, the first tram left the depot.</p><p>The vote is on March 3.</p>';
    expect(text(html)).toBe('On June 19, 2024, the first tram left the depot.\n\nThe vote is on March 3.');
  });
});

describe('furniture inside the story container', () => {
  test('ad labels, comment and share prompts, gallery controls go', () => {
    const labels = ['Advertisement', 'Anzeige', 'Continue Reading Below', 'Comments', 'Post Comment (+)', 'Share this article', 'Image 1 of / 9', 'Caption', 'Close', 'Enlarge Image', 'Media playback is unsupported on your device'];
    expect(text(labels.map((l) => `<p>${l}</p>`).join('') + STORY)).toBe(textWithParagraphsOf(STORY));
  });

  test('newsletter pitches and calls to action go; sentences about newsletters stay', () => {
    const html = `${STORY}<p>Click here to subscribe to The Ledger Newsletter</p><p>Like this story? Share it with a friend!</p><p><a href="/nl">Sign up for our morning newsletter</a></p><p>The paper said its newsletter now reaches 40,000 readers, twice as many as last year.</p>`;
    expect(text(html)).toBe(`${textWithParagraphsOf(STORY)}\n\nThe paper said its newsletter now reaches 40,000 readers, twice as many as last year.`);
  });

  test('a "Related"/"Don\'t miss" heading goes with the links that follow it, not with the story after them', () => {
    const html = `${STORY}<h3>Don't miss</h3><p><a href="/a">Coastal towns weigh up a tourist tax</a></p><ul><li><a href="/b">Harbour wall to be rebuilt</a></li></ul><p>Tourism groups welcomed the news on Tuesday.</p>`;
    expect(text(html)).toBe(`${textWithParagraphsOf(STORY)}\n\nTourism groups welcomed the news on Tuesday.`);
  });

  test('teaser lines and linked headlines in capitals go', () => {
    const html = `${STORY}<p><strong>Read more:</strong> <a href="/x">How the old service worked</a></p><p>Also on example.com <a href="/y">Another story</a></p><p><a href="/z">SEAN ROE ELIMINATED FROM THE DANCE SHOW</a></p>`;
    expect(text(html)).toBe(textWithParagraphsOf(STORY));
  });

  test('a word like "More" inside a sentence is never taken for a label', () => {
    const html = '<p><strong>More</strong> than 300 people came to the meeting.</p><p>Shops <em>Advertisement</em> nothing.</p>';
    expect(text(html)).toBe('More than 300 people came to the meeting.\n\nShops Advertisement nothing.');
  });

  test('copyright lines go; rules drawn with characters become <hr>', () => {
    const container = cleaned(`${STORY}<p>___</p><p>© 2019 Example Press. All Rights Reserved.</p>`);
    expect(textWithParagraphs(container)).toBe(textWithParagraphsOf(STORY));
    expect(container.querySelector('hr')).not.toBeNull();
  });
});

describe('captions written as paragraphs', () => {
  test('credit lines and lines ending in a photo credit become figcaptions: in the HTML, out of the text', () => {
    const container = cleaned(`${STORY}<p>Trims in a truck outside a store. (AP Photo/Jane Doe, File)</p><p>Photo: Jane Doe, Agency</p><p>Image copyright EPA</p>`);
    expect(textWithParagraphs(container)).toBe(textWithParagraphsOf(STORY));
    expect(Array.from(container.querySelectorAll('figcaption')).map((c) => c.textContent)).toEqual([
      'Trims in a truck outside a store. (AP Photo/Jane Doe, File)',
      'Photo: Jane Doe, Agency',
      'Image copyright EPA',
    ]);
  });

  test('existing figure captions are left as they are', () => {
    const container = cleaned(`<figure><img src="https://x.example/a.jpg"><figcaption>Comments <span>Photo: Jane Doe</span></figcaption></figure>${STORY}`);
    expect(container.querySelector('figcaption')!.textContent).toBe('Comments Photo: Jane Doe');
  });
});

describe('empty wrappers', () => {
  test('empty wrappers go, pictures stay', () => {
    const container = cleaned(`<div><span> </span></div><div><img src="https://x.example/a.jpg"></div>${STORY}`);
    expect(container.querySelectorAll('div')).toHaveLength(1);
    expect(container.querySelector('img')).not.toBeNull();
  });
});

function textWithParagraphsOf(html: string): string {
  const div = document.createElement('div');
  div.innerHTML = html;
  return textWithParagraphs(div);
}
