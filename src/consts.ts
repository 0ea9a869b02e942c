/** Site-wide constants: the archive's name and what it is, in one place. */

/** The archive's name, shown in the header and page titles. */
export const SITE_TITLE = 'Northeast Syria Detainee Escapes Archive';

/** One sentence saying what the archive holds; the default page description. */
export const SITE_DESCRIPTION =
  "An archive of news coverage about the escape of Islamic State detainees and their families from prisons and camps in northeast Syria during Turkey's October 2019 offensive.";

/** How many of the newest articles the RSS feed carries: a feed says what is new, so it stays one size as the archive grows. */
export const FEED_ITEMS = 50;
