/** Chinese: so far only the headings of comments and of other stories, which the text-shape captures needed. */
import { blankLanguage } from './blank.ts';
import type { LanguageData } from './types.ts';

const blank = blankLanguage('zh', 'Chinese');

/** Chinese. */
export const zh: LanguageData = {
  ...blank,
  furniture: { ...blank.furniture, threadHeadings: ['评论'], teaserHeadings: ['相关新闻', '相关阅读'] },
};
