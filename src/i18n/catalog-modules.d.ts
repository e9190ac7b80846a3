/** A `.po` catalog, compiled by scripts/vite-plugin-catalogs.ts into Lingui's message form. */
declare module '*.po' {
  export const messages: import('@lingui/core').Messages;
}
