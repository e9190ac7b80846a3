/** A `.po` catalog, compiled by scripts/vite-plugin-catalogs.ts into Lingui's message form. */
declare module '*.po' {
  export const messages: import('@lingui/core').Messages;
}
/** The first view's messages of a catalog (src/i18n/catalog-parts.ts). */
declare module '*.po?first' {
  export const messages: import('@lingui/core').Messages;
}
/** The other messages of a catalog. */
declare module '*.po?rest' {
  export const messages: import('@lingui/core').Messages;
}
