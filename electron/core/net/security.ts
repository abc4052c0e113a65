import { randomBytes, timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** 256 random bits, URL-safe: unguessable, and fits in a query string. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Constant-time comparison so response timing tells nothing about the secret. */
export function secretMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The Content-Security-Policy of every window and page: only our own files, no inline
 * scripts, no remote anything. Inline styles are allowed because React sets style props.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
/** As an HTTP header (the browser host). */
export const CONTENT_SECURITY_POLICY = [...POLICY, "frame-ancestors 'none'"].join('; ');
/**
 * As a <meta> tag, baked into every page by the build so Electron's file:// windows get it
 * too (frame-ancestors is ignored in a meta tag; Electron denies framing anyway).
 */
export const CONTENT_SECURITY_POLICY_META = POLICY.join('; ');

/**
 * Whether an IPC call comes from one of Agora's own pages: a file inside the built renderer
 * (the window, the projected screen), not just any file:// page. Query and hash are ignored;
 * `..` cannot climb out, since URLs are normalised before the comparison.
 */
export function isOwnPage(senderUrl: string | undefined, rendererDir: string): boolean {
  if (!senderUrl) return false;
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'file:') return false;
  const root = pathToFileURL(rendererDir).href.replace(/\/?$/, '/');
  return `${url.protocol}//${url.host}${url.pathname}`.startsWith(root);
}
