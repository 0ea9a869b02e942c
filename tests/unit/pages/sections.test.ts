import { describe, expect, it } from 'vitest';
import { browseLinks, currentSection, mainNavigation } from '../../../src/lib/pages/sections.ts';
import { searchedSegments } from '../../../src/lib/urls/page-kinds.ts';

describe('currentSection', () => {
  it.each([
    ['/', 'articles'],
    ['/3/', 'articles'],
    ['/articles/some-article/', 'articles'],
    ['/topics/', 'topics'],
    ['/topics/repatriation/2/', 'topics'],
    ['/people/erdogan/', 'entities'],
    ['/places/al-hol/', 'entities'],
    ['/organisations/sdf/', 'entities'],
    ['/entities/2/', 'entities'],
    ['/events/some-event/', 'timeline'],
    ['/timeline/2019/', 'timeline'],
    ['/figures/', 'figures'],
    ['/search/', 'search'],
  ])('puts %s in the %s section', (path, section) => {
    expect(currentSection(path, '/')).toBe(section);
    expect(currentSection(`/archive${path}`, '/archive/')).toBe(section);
  });

  it('puts a page outside every section (the 404 page, another site) in none', () => {
    expect(currentSection('/404.html', '/')).toBeUndefined();
    expect(currentSection('/elsewhere/', '/archive/')).toBeUndefined();
    expect(currentSection('/constructor/', '/')).toBeUndefined();
  });
});

describe('navigation lists from the page-kinds table', () => {
  it('links the header to each section once, each link marking its own section', () => {
    const links = mainNavigation();
    expect(links.map((link) => link.section).sort()).toEqual(['articles', 'entities', 'figures', 'search', 'timeline', 'topics']);
    for (const link of links) expect(currentSection(link.href, '/')).toBe(link.section);
  });

  it('gives the footer the same places as the header, in words for running text', () => {
    const browse = browseLinks();
    expect(browse.map((link) => link.href).sort()).toEqual(
      mainNavigation()
        .map((link) => link.href)
        .sort(),
    );
    for (const link of browse) expect(link.label).toBe(link.label.toLowerCase());
  });

  it('searches page 1 of every article, event, topic and entity, and the figures page', () => {
    expect(searchedSegments('each').sort()).toEqual(['articles', 'events', 'organisations', 'people', 'places', 'topics']);
    expect(searchedSegments('index')).toEqual(['figures']);
  });
});
