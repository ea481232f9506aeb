// The content script's entry. build.mjs bundles it with every module it
// imports into one classic script (dist: content-script.js), injected with
// scripting.executeScript({files}) or registered as a content script. A
// content script cannot be an ES module, and importing our modules from the
// package at run time would need them web-accessible, i.e. loadable by any
// page that wants to learn the reader has Saywho; the bundle needs nothing
// exposed. It listens as soon as it runs, so the background can ask for an
// analysis right after injecting it; a second injection into the same page
// keeps the first instance.
import { listen, startAutomatically } from './main.js';

if (!globalThis.saywhoContent) {
  listen();
  globalThis.saywhoContent = { startAutomatically };
}
