/**
 * npm run i18n:ids
 *
 * Writes src/i18n/message-ids.ts, the TypeScript union of the message ids in the English
 * catalog, so that `t('a.typo')` fails the type check. Run it after adding or removing a
 * message in src/i18n/locales/en.po; a unit test fails while the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageIdsModule } from '../src/i18n/po-file.ts';

const dir = join(import.meta.dirname, '../src/i18n');
const target = join(dir, 'message-ids.ts');
writeFileSync(target, messageIdsModule(readFileSync(join(dir, 'locales/en.po'), 'utf8')));
console.log(`i18n:ids: wrote ${target}`);
