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

describe('splitCapture on article sentences that hold a furniture word', () => {
  it('keeps a sentence that only mentions sharing, information, rights, advertising, comments, donations or subscribing, in several languages', () => {
    const sentences = [
      'Officials said they had no more information about the families who left the camp.',
      'The council said it would share the list of names with aid groups on Monday.',
      'Las autoridades prometieron respetar todos los derechos de los detenidos en el campo.',
      'El portavoz dijo que no tenía más información sobre las familias que se fueron.',
      'Die Behörden teilen die Sorge der Helfer über die Lage im Lager.',
      'شارك مئات الأشخاص في البحث عن العائلات التي غادرت المخيم يوم الأحد.',
      'وقال المسؤول إن إعلان الإدارة جاء بعد ساعات من مغادرة الحراس.',
      'El ministro no comenta.',
      'Aid groups asked governments to donate tents and blankets for the camp.',
      'A Turkish-sponsored force reached the town on Monday.',
      'El boletín oficial publicó el lunes la lista de los detenidos.',
      'اشترك مقاتلون في الهجوم على البلدة يوم الأحد.',
      'Unterstützen Sie die Familien, fragte der Sprecher die Regierung.',
    ];
    const capture = [
      'Families leave the camp as the guards go',
      'Families left the camp on Sunday as the guards went to the front, officials said.',
      ...sentences,
    ].join('\n');
    expect(
      splitCapture(capture)
        .filter((line) => line.kind !== 'body')
        .map((line) => line.text),
    ).toEqual(['Families leave the camp as the guards go']);
  });

  it('still sets aside share, sign-up and navigation lines, and a line that starts with the word', () => {
    const capture = [
      'Families left the camp on Sunday as the guards went to the front, officials said.',
      'Share this article',
      'Read more about the camps in our special report on the region.',
      'شارك',
      'Officials said the count would take two more days at least.',
    ].join('\n');
    expect(splitCapture(capture).map((line) => `${line.kind}: ${line.reason}`)).toEqual([
      'body: article text',
      'furniture: a share, sign-up or navigation line',
      'furniture: a share, sign-up or navigation line',
      'furniture: a share, sign-up or navigation line',
      'body: article text',
    ]);
  });
});
