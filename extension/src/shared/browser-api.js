// The WebExtension namespace: Firefox exposes `browser` (promise based),
// Chromium exposes `chrome` (promise based in MV3). Everything else in the
// extension imports `ext` from here instead of guessing.
export const ext = globalThis.browser ?? globalThis.chrome;
