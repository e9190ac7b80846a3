/**
 * Messages whose values are messages themselves, worded inside out: a problem in a user's file
 * is `{place}, {column}: {detail}`, where the place (`Row 3`) and the detail are messages of
 * their own. Made where no translator is at hand (the file reader's worker) and worded by the
 * page, in the page's language. Apart from translate.ts so that the first view does not carry it.
 */
import type { Translate } from './translate';
import type { MessageId } from './message-ids';

export interface NestedMessage {
  id: MessageId;
  values?: Readonly<Record<string, string | number | NestedMessage>>;
}

export function word(t: Translate, message: NestedMessage): string {
  const { id, values } = message;
  if (!values) return t(id);
  const worded: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values))
    worded[key] = typeof value === 'object' ? word(t, value) : value;
  return t(id, worded);
}
