import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, detectLanguage } from '../../../scripts/lib/new-article/language.ts';

describe('detectLanguage', () => {
  it('tells the supported languages apart by their stopwords', () => {
    expect(
      detectLanguage('The guards said that the camp was empty by the evening, and that the families who left were in the town.').tag,
    ).toBe('en');
    expect(
      detectLanguage('Los guardias dijeron que el campo estaba vacío y que las familias que se fueron están en la ciudad con los niños.')
        .tag,
    ).toBe('es');
    expect(
      detectLanguage('Les gardes ont dit que le camp était vide et que les familles qui sont parties sont dans la ville avec les enfants.')
        .tag,
    ).toBe('fr');
    expect(
      detectLanguage(
        'Die Wachen sagten, dass das Lager leer ist und die Familien, die gegangen sind, in der Stadt sind, auch mit den Kindern.',
      ).tag,
    ).toBe('de');
    expect(
      detectLanguage(
        'De bewakers zeiden dat het kamp leeg was en dat de families die vertrokken zijn in de stad zijn, ook met hun kinderen.',
      ).tag,
    ).toBe('nl');
  });

  it('reads Arabic when franc puts Persian level with it but the spelling is Arabic (issue 36)', () => {
    // franc: fa 1.00, ar 0.99, fa-AF 0.97 on this headline-like line; only Arabic spells كردي, عائلات, مئات this way.
    const arabic = 'مسؤول كردي: فرار مئات من عائلات داعش من مخيم عين عيسى بعد قصف تركي عنيف';
    expect(detectLanguage(arabic).scores[0]).toEqual({ tag: 'fa', score: 1 });
    expect(detectLanguage(arabic).tag).toBe('ar');
    // Persian spelling (گفتند, که, خالی) is never read as Arabic: between Persian and Dari it stays unsure.
    const persian = 'نگهبانان گفتند که اردوگاه تا شب خالی شد و خانواده‌هایی که رفتند اکنون در شهر هستند و کسی نمی‌داند چند نفر بودند.';
    expect(detectLanguage(persian).tag).not.toBe('ar');
    // One letter only Persian spells with, and the spelling no longer settles the tie.
    expect(detectLanguage(`${arabic} گفت`).tag).toBeNull();
  });

  it('reads Turkish and Kurmanji when franc puts the two level but the spelling says which (issue 36)', () => {
    // franc: tr 1.00, ku 0.95 on this Kurmanji line of names; only Kurmanji writes ê, î, û.
    const kurmanji = 'QSD: Eyn Îsa, Reqa, Qamişlo, DAIŞ, Girê Spî, Tirkiye, Sûriye, Kobanî, Heseke. Kamp vala ma.';
    expect(detectLanguage(kurmanji).scores.slice(0, 2)).toEqual([
      { tag: 'tr', score: 1 },
      { tag: 'ku', score: 0.95 },
    ]);
    expect(detectLanguage(kurmanji).tag).toBe('ku');
    // franc: ku 1.00, tr 0.96.
    const names = 'Kamp vala ma. Eyn Îsa Reqa Qamişlo Girê Spî Tirkiye Sûriye Kobanî Heseke Dêrazor Minbic Serêkaniyê';
    expect(detectLanguage(names).tag).toBe('ku');
    // A Turkish letter in it, and the spelling no longer settles the tie.
    expect(detectLanguage(`${kurmanji} Kamışlı`).tag).toBeNull();
  });

  it('reads Arabic that franc puts first when a Kurdish name in Persian letters is all that looks Persian', () => {
    // franc: ar 1.00, fa 0.9x; "کوبانی" is written with the Persian keheh and yeh.
    const arabic = 'بعد قصف تركي عنيف قرب کوبانی، فرار مئات من عائلات داعش من مخيم عين عيسى، بحسب مسؤول كردي في قسد';
    expect(detectLanguage(arabic).scores[0]).toEqual({ tag: 'ar', score: 1 });
    expect(detectLanguage(arabic).scores[1]!.score).toBeGreaterThanOrEqual(0.9);
    expect(detectLanguage(arabic).tag).toBe('ar');
  });

  it('says it does not know rather than guess on too little text', () => {
    expect(detectLanguage('Ain Issa camp').tag).toBeNull();
  });
});

describe('canonicalLanguageTag', () => {
  it('canonicalises BCP 47 tags and refuses what is not one', () => {
    expect(canonicalLanguageTag('EN-gb')).toBe('en-GB');
    expect(canonicalLanguageTag('ckb')).toBe('ckb');
    expect(canonicalLanguageTag('en_GB')).toBeNull();
    expect(canonicalLanguageTag('english')).toBeNull();
    expect(canonicalLanguageTag('')).toBeNull();
  });
});
