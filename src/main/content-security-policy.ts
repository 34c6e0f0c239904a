/**
 * The app's one Content-Security-Policy, sent as a header by app:// (src/main/app-protocol.ts) and by
 * `vite preview` for the web build (vite.preview.config.ts); the page itself carries none, since a second policy
 * would be enforced as well and the stricter of the two would win. It allows exactly what the built renderer
 * loads (test/unit/main/content-security-policy.test.ts reads out/renderer to check that) and names no remote
 * host: the app is offline.
 */
export const contentSecurityDirectives = {
  'default-src': ["'none'"],
  // The convolution kernels are WebAssembly compiled from bytes in the bundle: 'wasm-unsafe-eval', not eval.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // KaTeX writes style attributes into the formulas it renders.
  'style-src': ["'self'", "'unsafe-inline'"],
  // blob: for the convolution lab's previews of the student's own images (URL.createObjectURL); data: for the
  // description editor's lint and fold markers, which CodeMirror draws as inline SVG images in its styles.
  'img-src': ["'self'", 'blob:', 'data:'],
  'font-src': ["'self'"],
  // The lab fetches its bundled sample images.
  'connect-src': ["'self'"],
  // The engine's and the image lab's workers, built as files of their own.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export type CspDirective = keyof typeof contentSecurityDirectives;

export const contentSecurityPolicy = Object.entries(contentSecurityDirectives)
  .map(([directive, sources]) => [directive, ...sources].join(' '))
  .join('; ');
