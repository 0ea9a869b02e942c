import { describe, expect, it } from 'vitest';
import { checkEventDates } from '../../../src/lib/content/checks/provenance.ts';
import { checkTopics } from '../../../src/lib/content/checks/topics.ts';
import { toPartialDate } from '../../../src/lib/core/dates.ts';
import type { ArchiveEvent } from '../../../src/schemas/event.ts';

describe('checkTopics', () => {
  it('refuses a second topic with a name another already has, whatever its case or spacing', () => {
    const topic = (id: string, name: string) => ({ id, file: `content/topics/${id}.yaml`, data: { name, description: 'd' } });
    expect(checkTopics([topic('a', 'Repatriation'), topic('b', 'Camps'), topic('c', ' repatriation ')])).toEqual([
      {
        file: 'content/topics/c.yaml',
        where: 'name',
        message: '" repatriation " is also the name of topic a (content/topics/a.yaml); two topics need two names',
      },
    ]);
  });
});

describe('checkEventDates', () => {
  const event = (date: string, endDate?: string) => ({
    file: 'content/events/e.yaml',
    data: { date: toPartialDate(date), ...(endDate && { endDate: toPartialDate(endDate) }) } as ArchiveEvent,
  });

  it('refuses an event date or end in the future, at the precision written', () => {
    expect(checkEventDates([event('2091')], '2026-12-03')).toEqual([
      { file: 'content/events/e.yaml', where: 'date', message: '2091 is in the future (today is 2026-12-03)' },
    ]);
    expect(checkEventDates([event('2019-10-13', '2027-01')], '2026-12-03').map((problem) => problem.where)).toEqual(['endDate']);
    expect(checkEventDates([event('2026-12'), event('2010', '2013')], '2026-12-03')).toEqual([]);
  });
});
