/**
 * The dataset's shape: the one definition of what a valid file is. TypeScript types are
 * inferred from it. `zod/mini` keeps the validator small in the first view's bundle.
 * Checks that need the whole dataset (unique ids, references, quotes found in the source)
 * live in validate.ts.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../lib/calendar-date';

/**
 * The schema's own messages, by rule. plain-issue.ts names a broken rule by its key, which
 * the page words in its language (the message `validation.rule`).
 */
export const RULE_MESSAGES = {
  slug: 'must be a lowercase slug (a-z, 0-9, hyphens)',
  text: 'must not be empty',
  quote: 'must quote the source',
  date: 'must be a calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
  iso2: 'must be two capital letters',
  iso3: 'must be three capital letters',
  isoNumeric: 'must be three digits',
  url: 'must be an http or https address',
  file: 'must be a .json file name in public/data',
  count: 'must be a count of meetings, 0 or more',
} as const;

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, RULE_MESSAGES.slug));
const text = z.string().check(z.trim(), z.minLength(1, RULE_MESSAGES.text));
/** A verbatim string that must occur in the source text (checked in validate.ts). */
const quote = z.string().check(z.minLength(3, RULE_MESSAGES.quote));
const calendarDate = z.string().check(z.refine(isCalendarDate, RULE_MESSAGES.date));

const categorySchema = z.object({ id: slug, name: text });
const areaSchema = z.object({ id: slug, name: text });
const formatSchema = z.object({
  id: slug,
  name: text,
  /** The meeting's category (security, economy, …): an editorial grouping, not from the text. */
  categoryId: slug,
});

const paragraphSchema = z.object({ id: slug, text });

/**
 * The text the records quote. A bundled dataset gives every field (validate.ts checks that,
 * strictly); a plain-text source opened beside a user's file has a title and its paragraphs,
 * and nothing is made up for the rest.
 */
const sourceSchema = z.object({
  title: text,
  kind: z.optional(text),
  /** The dateline as printed: "June 6-7, 2012, Beijing". */
  dateline: z.optional(text),
  start: z.optional(calendarDate),
  end: z.optional(calendarDate),
  place: z.optional(text),
  publisher: z.optional(text),
  paragraphs: z.array(paragraphSchema).check(z.minLength(1)),
});

/**
 * Reference data: not from the text (codes, coordinates). A user's country that the bundled
 * reference does not know has a name and no codes; it is listed, not drawn, on the map.
 */
const countrySchema = z.object({
  id: slug,
  name: text,
  iso2: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, RULE_MESSAGES.iso2))),
  iso3: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, RULE_MESSAGES.iso3))),
  /** ISO 3166-1 numeric, three digits, as the world-atlas topology keys its countries. */
  isoNumeric: z.optional(z.string().check(z.regex(/^\d{3}$/, RULE_MESSAGES.isoNumeric))),
});

/** A city without coordinates (a user's, unknown to the reference) is listed as not on the map. */
const citySchema = z.object({
  id: slug,
  name: text,
  countryId: slug,
  lat: z.optional(
    z.number().check(z.gte(-90, 'latitude out of range'), z.lte(90, 'latitude out of range')),
  ),
  lon: z.optional(
    z.number().check(z.gte(-180, 'longitude out of range'), z.lte(180, 'longitude out of range')),
  ),
});

const referenceSchema = z.object({
  /** Says plainly that these records are not drawn from the source text. */
  note: text,
  countries: z.array(countrySchema),
  cities: z.array(citySchema),
});

const meetingSchema = z.object({
  id: slug,
  title: text,
  formatId: slug,
  start: calendarDate,
  end: calendarDate,
  cityId: slug,
  hostCountryId: slug,
  /** The summit itself: the culmination of the period. */
  summit: z.optional(z.boolean()),
  /** Where a row gives its own category; otherwise the format's. */
  categoryId: z.optional(slug),
  /** Required of bundled data (validate.ts); a user's row may have none. */
  quote: z.optional(quote),
  /** A user's own words about the meeting: not a quote. */
  description: z.optional(text),
  /** A link the user's row gives: only http(s) addresses are kept. */
  url: z.optional(
    z.string().check(z.regex(/^https?:\/\/\S+$/i, RULE_MESSAGES.url)),
  ),
});

const personSchema = z.object({
  /** As the release spells it ("A. Atambaev"). */
  name: text,
  /** A normalised full name, editorial, where the release gives initials or a variant. */
  fullName: z.optional(text),
  title: text,
});

const roleSchema = z.enum(['member', 'observer', 'guest', 'dialogue-partner']);

const delegationSchema = z.object({
  countryId: slug,
  /** The state's name as the release gives it. */
  nameInSource: text,
  role: roleSchema,
  head: personSchema,
  quote,
});

const statusChangeSchema = z.object({
  countryId: slug,
  from: z.nullable(roleSchema),
  to: roleSchema,
  date: calendarDate,
  /** Why this date: the release gives only the summit's dates. */
  dateNote: z.optional(text),
  decisionId: slug,
  quote,
});

const organisationSchema = z.object({
  id: slug,
  name: text,
  shortName: text,
  /** An SCO body (Secretariat, RATS) or an international organisation invited to the summit. */
  kind: z.enum(['sco-body', 'international']),
  representative: personSchema,
  quote,
});

const chairSchema = z.object({ countryId: slug, person: text, quote });

const periodSchema = z.object({
  label: text,
  start: calendarDate,
  end: calendarDate,
  /** Where the period happens, when the text says (the next summit: the Kyrgyz Republic). */
  countryId: z.optional(slug),
});

const documentSchema = z.object({
  title: text,
  /** A date the text gives for the document itself ("signed in June 2010"). */
  date: z.optional(calendarDate),
});

const meetingLinkSchema = z.object({
  meetingId: slug,
  /** `stated`: the sentence names the meeting or its format; `editorial`: the dataset's judgement. */
  basis: z.enum(['stated', 'editorial']),
});

const appointmentSchema = z.object({
  person: personSchema,
  countryId: slug,
  post: text,
});

export const verbSchema = z.enum([
  'approved',
  'decided',
  'appointed',
  'called-for',
  'agreed',
  'noted',
  'stressed',
  'underlined',
  'willing',
  'instructed',
  'praised',
  'appreciated',
  'favoured',
  'considered',
  'discussed',
  'recorded',
  'stated',
]);

const decisionSchema = z.object({
  id: slug,
  verb: verbSchema,
  areaId: slug,
  title: text,
  summary: text,
  documents: z.array(documentSchema),
  periods: z.array(periodSchema),
  stateIds: z.array(slug),
  organisationIds: z.array(slug),
  meetingLinks: z.array(meetingLinkSchema),
  appointments: z.optional(z.array(appointmentSchema)),
  quote,
});

/**
 * A whole dataset. The bundled ones carry everything (validate.ts holds them to it); a user's
 * chronology may have no source text, no chair and no decisions: the views then say so.
 */
export const datasetSchema = z.object({
  id: slug,
  title: text,
  version: text,
  source: z.optional(sourceSchema),
  reference: referenceSchema,
  categories: z.array(categorySchema),
  formats: z.array(formatSchema),
  areas: z.array(areaSchema),
  meetings: z.array(meetingSchema),
  chair: z.optional(chairSchema),
  delegations: z.array(delegationSchema),
  statusChanges: z.array(statusChangeSchema),
  organisations: z.array(organisationSchema),
  decisions: z.array(decisionSchema),
});

const manifestEntrySchema = z.object({
  id: slug,
  title: text,
  file: z.string().check(z.regex(/^[\w.-]+\.json$/, RULE_MESSAGES.file)),
  version: text,
  source: text,
  /** Synthetic datasets are generated for benchmarks, never committed. */
  synthetic: z.optional(z.boolean()),
  /**
   * How many meetings the file holds, where the manifest says: the code a large dataset needs
   * (its canvas) then loads while the file downloads. A hint only:
   * what the page draws is decided by the file itself.
   */
  meetings: z.optional(
    z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0, RULE_MESSAGES.count)),
  ),
});

export const manifestSchema = z.object({
  defaultDataset: slug,
  datasets: z.array(manifestEntrySchema).check(z.minLength(1)),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
/**
 * A dataset as a bundled file is held to it (validate.ts, strict): a source with every field,
 * the chair, a quote for every meeting. The generator and the tests build such datasets.
 */
export type CompleteDataset = Omit<Dataset, 'source' | 'chair' | 'meetings'> & {
  source: Required<NonNullable<Dataset['source']>>;
  chair: NonNullable<Dataset['chair']>;
  meetings: (Meeting & { quote: string })[];
};
export type City = z.infer<typeof citySchema>;
export type Country = z.infer<typeof countrySchema>;
export type Format = z.infer<typeof formatSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Area = z.infer<typeof areaSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type Role = z.infer<typeof roleSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Verb = z.infer<typeof verbSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
