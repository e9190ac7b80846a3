import type { Verb } from '../../data/schema';

/** How each verb of the heads of state reads on a card's badge. */
export const VERB_LABELS: Record<Verb, string> = {
  approved: 'approved',
  decided: 'decided',
  appointed: 'appointed',
  'called-for': 'called for',
  agreed: 'agreed',
  noted: 'noted',
  stressed: 'stressed',
  underlined: 'underlined',
  willing: 'expressed willingness',
  instructed: 'instructed',
  praised: 'praised',
  appreciated: 'appreciated',
  favoured: 'in favour of',
  considered: 'considered',
  discussed: 'discussed',
  recorded: 'recorded',
  stated: 'stated',
};

/** Verbs that settle something (a text adopted, a post filled, a status granted), not a position. */
const BINDING: ReadonlySet<Verb> = new Set<Verb>(['approved', 'decided', 'appointed', 'instructed', 'agreed']);

export function isBindingVerb(verb: Verb): boolean {
  return BINDING.has(verb);
}
