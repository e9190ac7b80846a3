import { describe, expect, it } from 'vitest';
import { loadedTranslate } from '../../i18n/translate';
import { ExportFailure, type ExportContext } from './export-context';
import { buildPicture } from './picture-file';

describe('buildPicture', () => {
  it('says a view that is not drawn yet must be scrolled to, in the reader’s words', async () => {
    const page = document.implementation.createHTMLDocument();
    const failure: unknown = await buildPicture('map', {} as ExportContext, [], page).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExportFailure);
    const { id, values } = (failure as ExportFailure).reason;
    expect(loadedTranslate('en')!(id, values)).toBe('The map is not drawn yet: scroll to it, then try again');
  });
});
