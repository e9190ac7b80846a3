import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import pressRelease from '../../../public/data/sco-2012-beijing-press-release.txt?raw';
import { realIndex } from '../../test/fixtures';
import { contextFor } from '../../test/export-fixtures';
import { toAnnotationCollection, toAnnotations, type Annotation } from './to-annotations';
import schema from './web-annotation.schema.json';

const SOURCE_URL = 'https://example.org/sco/data/sco-2012-beijing-press-release.txt';
const validate = new Ajv({ allErrors: true }).compile(schema);

function annotate(view = {}, meetings = realIndex.meetings, text = pressRelease) {
  return toAnnotationCollection(contextFor(view), meetings, SOURCE_URL, text);
}

const selectors = (annotation: Annotation) => {
  const [quote, position] = annotation.target.selector;
  return { quote, position };
};

describe('toAnnotationCollection', () => {
  const { collection, missing } = annotate();
  const items = collection.first.items;

  it('annotates every record of the view: meetings, participants, decisions, status changes', () => {
    const { dataset } = realIndex;
    expect(missing).toBe(0);
    expect(items).toHaveLength(
      realIndex.meetings.length + dataset.delegations.length + dataset.decisions.length + dataset.statusChanges.length,
    );
    const kinds = new Set(items.map((a) => a.body[1]?.type === 'TextualBody' && a.body[1].value));
    expect(kinds).toEqual(new Set(['meeting', 'participant', 'decision', 'status change']));
  });

  it('points each annotation at the exact characters of the file: its text between start and end is exact', () => {
    const codePoints = Array.from(pressRelease);
    for (const annotation of items) {
      const { quote, position } = selectors(annotation);
      expect(annotation.target.source).toBe(SOURCE_URL);
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(codePoints.slice(position.start - quote.prefix.length, position.start).join('')).toBe(quote.prefix);
      expect(codePoints.slice(position.end, position.end + quote.suffix.length).join('')).toBe(quote.suffix);
      expect(quote.prefix.length).toBeLessThanOrEqual(32);
    }
  });

  it('counts positions in code points, not UTF-16 units', () => {
    const text = `𝔘𝔫𝔦 ${pressRelease}`;
    const shifted = annotate({}, realIndex.meetings, text).collection.first.items[0]!;
    const original = items[0]!;
    expect(selectors(shifted).position.start).toBe(selectors(original).position.start + 4);
    expect(Array.from(text).slice(selectors(shifted).position.start, selectors(shifted).position.end).join('')).toBe(
      selectors(shifted).quote.exact,
    );
  });

  it('validates against the JSON Schema written from the W3C model', () => {
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(items.length);
  });

  it('gives each annotation a distinct IRI, a type, a motivation, and a body that links the record', () => {
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    for (const annotation of items) {
      expect(annotation).toMatchObject({ type: 'Annotation', motivation: 'linking' });
      expect(annotation).not.toHaveProperty('bodyValue');
      const link = annotation.body[0];
      expect(link && 'id' in link ? link.id : '').toMatch(/^https:\/\/example\.org\/sco\/\?(event|state|decision)=/);
    }
  });

  it('takes the meetings of a filtered view and the decisions of its area', () => {
    const dushanbe = realIndex.meetings.filter((m) => m.cityId === 'dushanbe');
    const { collection: filtered } = annotate({ city: ['dushanbe'], area: ['security'] }, dushanbe);
    const kinds = filtered.first.items.map((a) => (a.body[1]?.type === 'TextualBody' ? a.body[1].value : ''));
    expect(kinds.filter((k) => k === 'meeting')).toHaveLength(3);
    const decisions = realIndex.dataset.decisions.filter((d) => d.areaId === 'security');
    expect(kinds.filter((k) => k === 'decision')).toHaveLength(decisions.length);
    expect(filtered.id).toContain('city=dushanbe');
  });

  it('leaves out, and counts, a record whose quote the file does not hold', () => {
    const { collection: short, missing: left } = annotate({}, realIndex.meetings, pressRelease.slice(0, 2000));
    expect(left).toBeGreaterThan(0);
    expect(short.total + left).toBe(items.length);
    expect(validate(short)).toBe(true);
  });

  it('the schema refuses what the model forbids', () => {
    const first = items[0]!;
    const bad = (annotation: object) => validate({ ...collection, first: { ...collection.first, items: [annotation] } });
    expect(bad({ ...first, bodyValue: 'text' })).toBe(false);
    expect(bad({ ...first, id: 'not an IRI' })).toBe(false);
    expect(bad({ ...first, motivation: 'liking' })).toBe(false);
    expect(bad({ ...first, type: 'Note' })).toBe(false);
    const { target: _target, ...noTarget } = first;
    expect(bad(noTarget)).toBe(false);
  });

  it('writes pretty JSON-LD', () => {
    const { text, count } = toAnnotations(contextFor(), realIndex.meetings, SOURCE_URL, pressRelease);
    expect(text.endsWith('}\n')).toBe(true);
    expect(count).toBe(items.length);
  });
});
