/** Japanese: so far only the headings of comments and of other stories, which the text-shape captures needed. */
import { blankLanguage } from './blank.ts';
import type { LanguageData } from './types.ts';

const blank = blankLanguage('ja', 'Japanese');

/** Japanese. */
export const ja: LanguageData = {
  ...blank,
  furniture: { ...blank.furniture, threadHeadings: ['コメント'], teaserHeadings: ['関連記事', '関連ニュース'] },
};
