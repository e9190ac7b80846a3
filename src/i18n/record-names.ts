/**
 * Names the app itself defines for the dataset's vocabularies (meeting categories, meeting
 * formats, decision areas) are interface text, translated by id. A vocabulary entry the
 * catalogs do not know (another dataset's) keeps its name from the data.
 */
import type { MessageId } from './message-ids';
import type { Translate } from './translate';

export type NamedVocabulary = 'category' | 'ministry' | 'area';

/** The name of a category, meeting format (`ministry`) or decision area in the current language. */
export function recordName(t: Translate, kind: NamedVocabulary, id: string, fromData: string): string {
  // Lingui answers an id it has no message for with the id itself.
  const key = `name.${kind}.${id}` as MessageId;
  const name = t(key);
  return name === key ? fromData : name;
}
