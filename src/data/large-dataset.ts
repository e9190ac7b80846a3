/**
 * The large-dataset policy: the sizes at which the views change how they work. One module, so
 * that the thresholds are read, tuned and measured (npm run bench) together.
 */

/**
 * Above this many meetings the views switch to their large-data forms: the timeline draws on
 * a canvas with one focusable mark and the list renders only the rows in view. Beyond a few
 * hundred, labels no longer fit beside their marks and mounting an element per meeting costs
 * more than a frame. One bound, so the views change form together. The canvas code starts
 * loading as soon as the manifest says a dataset is this large.
 */
export const MANY_MEETINGS = 300;

/**
 * A large dataset's timeline leaves its canvas for SVG marks only when a filter leaves at most
 * this many meetings. Those marks are mounted in the frame of the click, beside the rest of a
 * filter's work on a large dataset (its counts, its list), and about a hundred is what that
 * frame affords: a one-city filter of 10,000 meetings left 280, and mounting them took the
 * click about twice as long as the canvas. A dataset small from the start mounts its marks at
 * its first paint, up to MANY_MEETINGS.
 */
export const SVG_MARKS_AFTER_FILTER = 100;

/**
 * Above this many meetings the search index is built on the first search rather than while
 * the browser is idle after the first paint: building it would hold the main thread for a
 * reader who may never search.
 */
export const SEARCH_PREBUILD_LIMIT = 20_000;

/**
 * Above this many highlights the source text draws far paragraphs as plain text and gives
 * them their highlights as they come near the screen: segmenting every paragraph at once
 * would delay the section's first paint.
 */
export const LAZY_SOURCE_MARKS = 2000;
