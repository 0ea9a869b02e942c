import { describe, expect, it } from 'vitest';
import { currentSection } from '../../src/lib/pages/sections.ts';

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
