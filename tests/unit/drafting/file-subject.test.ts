import { describe, expect, it } from 'vitest';
import { headlineSubject } from '../../../scripts/lib/new-article/file-subject.ts';

describe('headlineSubject', () => {
  it('drops a kicker or an agency credit set off from the headline', () => {
    expect(headlineSubject('Reuters: Hundreds of families flee the Ayn Issa camp')).toBe('Hundreds of families flee the Ayn Issa camp');
    expect(headlineSubject('SON DAKİKA: Ayn İsa kampından aileler kaçtı')).toBe('Ayn İsa kampından aileler kaçtı');
    expect(headlineSubject('Families flee the Ayn Issa camp | AFP')).toBe('Families flee the Ayn Issa camp');
    expect(headlineSubject('عاجل: فرار عائلات من مخيم عين عيسى')).toBe('فرار عائلات من مخيم عين عيسى');
  });

  it('keeps a place or a subject before a colon, which is the headline’s own', () => {
    expect(headlineSubject('Syria: families flee the Ayn Issa camp')).toBe('Syria families flee the Ayn Issa camp');
  });

  it('gives nothing for a headline that is only a kicker, an agency line or a "continue reading" link', () => {
    expect(headlineSubject('AFP: breaking news')).toBeNull();
    expect(headlineSubject('Reuters')).toBeNull();
    expect(headlineSubject('Continue reading the main story')).toBeNull();
    expect(headlineSubject('Haberin devamını okumak için tıklayın')).toBeNull();
    expect(headlineSubject('اقرأ المزيد')).toBeNull();
  });
});
