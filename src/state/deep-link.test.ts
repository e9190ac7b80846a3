import { describe, expect, it } from 'vitest';
import { deepLink } from './deep-link';

describe('deepLink', () => {
  const base = `${window.location.origin}${window.location.pathname}`;

  it('links to one record, dropping the rest of the current view', () => {
    expect(deepLink({ decision: 'security-documents' })).toBe(`${base}?decision=security-documents`);
  });

  it('keeps a non-default dataset, in contract order', () => {
    expect(deepLink({ state: 'afghanistan', event: 'defence-ministers-2012' }, 'synthetic-500')).toBe(
      `${base}?event=defence-ministers-2012&state=afghanistan&dataset=synthetic-500`,
    );
  });

  it('is the bare page for an empty patch', () => {
    expect(deepLink({})).toBe(base);
  });
});
