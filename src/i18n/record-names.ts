/**
 * Names the app itself defines for the dataset's vocabularies (meeting categories, meeting
 * formats, decision areas) are interface text, translated by id. A vocabulary entry the
 * catalogs do not know (another dataset's) keeps its name from the data.
 */
import type { MessageId } from './message-ids';
import type { Translate } from './translate';

const KNOWN = {
  category: ['governance', 'security', 'economy', 'justice', 'humanitarian'],
  ministry: [
    'heads-of-state',
    'heads-of-government',
    'foreign-affairs',
    'security-councils',
    'defence',
    'anti-drug',
    'emergency-relief',
    'trade',
    'transport',
    'finance',
    'supreme-courts',
    'attorneys-general',
    'audit',
    'culture',
    'sco-forum',
  ],
  area: ['institutional', 'security', 'economy', 'humanitarian', 'external-relations', 'personnel'],
} as const;
export type NamedVocabulary = keyof typeof KNOWN;

/** The name of a category, meeting format (`ministry`) or decision area in the current language. */
export function recordName(t: Translate, kind: NamedVocabulary, id: string, fromData: string): string {
  return (KNOWN[kind] as readonly string[]).includes(id) ? t(`name.${kind}.${id}` as MessageId) : fromData;
}
