/** Thai: so far only the headings of comments and of other stories, which the text-shape captures needed. */
import { blankLanguage } from './blank.ts';
import type { LanguageData } from './types.ts';

const blank = blankLanguage('th', 'Thai');

/** Thai. */
export const th: LanguageData = {
  ...blank,
  furniture: { ...blank.furniture, threadHeadings: ['ความคิดเห็น'], teaserHeadings: ['อ่านเพิ่มเติม', 'ข่าวที่เกี่ยวข้อง'] },
};
