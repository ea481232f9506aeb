// Classic content-script entry: content scripts cannot be ES modules, so this
// imports the module graph from the extension's own files (never the network)
// once per page, and leaves the promise for the background to chain on.
// (A block, not top-level consts: a second injection must not redeclare.)
{
  const api = globalThis.browser ?? globalThis.chrome;
  globalThis.saywhoContent ??= import(api.runtime.getURL('src/content/main.js'));
}
