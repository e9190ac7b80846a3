import { describe, expect, it } from 'vitest';
import { realDataset, realIndex } from '../../test/fixtures';
import { contextFor, oneDayMeeting, trickyMeeting } from '../../test/export-fixtures';
import { toJson, type JsonExport } from './to-json';

describe('toJson', () => {
  const context = contextFor({ city: ['beijing'], from: '2012-04-01', event: 'audit-2012' });
  const parsed = JSON.parse(toJson(context, [trickyMeeting, oneDayMeeting])) as JsonExport;

  it('names the source, the dataset version and the view', () => {
    expect(parsed.source).toEqual({
      title: realDataset.source.title,
      publisher: 'Shanghai Cooperation Organization',
      dateline: 'June 6-7, 2012, Beijing',
    });
    expect(parsed.dataset).toEqual({ id: 'sco-2012-beijing', title: realIndex.dataset.title, version: '1.0.0' });
    expect(parsed.view.link).toBe('https://example.org/sco/?event=audit-2012&city=beijing&from=2012-04-01');
    expect(parsed.view.filters).toEqual({ city: ['beijing'], from: '2012-04-01' });
    expect(parsed.view.description).toEqual([
      { param: 'city', label: 'City', value: 'Beijing' },
      { param: 'dates', label: 'Dates', value: 'from 1 April 2012' },
    ]);
  });

  it('lists the meetings with their fields, links and decisions', () => {
    expect(parsed.exportedCount).toBe(2);
    expect(parsed.meetings.map((m) => m.id)).toEqual(['tricky-2012', 'one-day-2012']);
    expect(parsed.meetings[0]).toMatchObject({
      title: 'Meeting of "heads", deputies; and others',
      start: '2012-04-23',
      end: '2012-04-25',
      city: 'Beijing',
      country: 'China',
      quote: trickyMeeting.quote,
      link: 'https://example.org/sco/?event=tricky-2012',
      decisions: [],
    });
  });

  it('includes the decisions linked to a real meeting', () => {
    const summit = realIndex.meetingById.get('beijing-summit-2012');
    if (!summit) throw new Error('fixture');
    const json = JSON.parse(toJson(contextFor(), [summit])) as JsonExport;
    const expected = (realIndex.decisionsByMeeting.get(summit.id) ?? []).map((d) => d.id);
    expect(json.meetings[0]?.decisions.map((d) => d.id)).toEqual(expected);
    expect(json.view.filters).toEqual({});
    expect(json.view.link).toBe('https://example.org/sco/');
  });

  it('ends with a newline', () => {
    expect(toJson(context, []).endsWith('}\n')).toBe(true);
  });
});
