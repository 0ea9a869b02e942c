import { describe, expect, it } from 'vitest';
import { splitCapture } from '../../../scripts/lib/new-article/split-capture.ts';

const capture = [
  'Example Dispatch',
  'Home | World | Middle East',
  'We use cookies on this site. Accept',
  'Families leave a camp near Tal Abyad',
  'Families left a camp near Tal Abyad on Monday, officials said, after two nights of shelling.',
  'Photo: archive',
  'The officials said the camp would stay closed until the shelling stopped.',
  'Share this article',
  '• Syria',
  'Related: more from the camps',
].join('\n\n');

describe('splitCapture', () => {
  it('keeps sentences as body and sorts menus, notices, share lines, tags and related links into furniture', () => {
    const lines = splitCapture(capture);
    expect(lines.filter((line) => line.kind === 'body').map((line) => line.text)).toEqual([
      'Families left a camp near Tal Abyad on Monday, officials said, after two nights of shelling.',
      'The officials said the camp would stay closed until the shelling stopped.',
    ]);
    expect(lines.find((line) => line.kind === 'headline')?.text).toBe('Families leave a camp near Tal Abyad');
    expect(lines.filter((line) => line.kind === 'furniture').map((line) => `${line.line} ${line.reason}`)).toEqual([
      '1 above the article text',
      '3 a menu',
      '5 a cookie notice',
      '11 a caption (a photo credit, or “photo:”/“video:”)',
      '15 a share, sign-up or navigation line',
      '17 a list item (related links or tags)',
      '19 below the article text',
    ]);
  });

  it('takes the line --headline names as the headline, and none when no line has it', () => {
    expect(splitCapture(capture, { headline: 'Example  Dispatch' }).find((line) => line.kind === 'headline')?.line).toBe(1);
    expect(splitCapture(capture, { headline: 'A headline of the archive' }).some((line) => line.kind === 'headline')).toBe(false);
  });
});
