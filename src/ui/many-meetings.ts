/**
 * Above this many meetings the views switch to their large-data forms: the timeline draws on
 * a canvas with one focusable mark, the list renders only the rows in view, and the views
 * below the controls follow a change in the background. Beyond a few hundred, labels no longer
 * fit beside their marks and mounting an element per meeting costs more than a frame. One
 * bound, so the views change form together.
 */
export const MANY_MEETINGS = 300;
