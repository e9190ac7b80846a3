/**
 * The page's Content-Security-Policy, written into the built index.html as a meta element:
 * exactly what the app needs. Only in the build: the development server injects inline
 * scripts (React's refresh preamble) that the policy would block.
 *
 * - scripts, workers, styles, fonts and the web manifest from this site only; no inline
 *   script and no eval (zod runs without code generation, see src/data/validate.ts);
 * - `connect-src`: this site, any https address, and plain http on this machine only
 *   (localhost, 127.0.0.1; a policy cannot name [::1]), because `?data=` opens a published
 *   file from there;
 * - images: this site, and data: and blob: URLs, which the page makes itself (pictures);
 * - no plugins (`object-src 'none'`), and no `<base>` pointing elsewhere.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  // Inline styles: React's style props and the pictures' inlined styles. They cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  // IPv6 literals cannot be named in a policy: http on [::1] stays closed.
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
