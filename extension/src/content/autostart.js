// Registered after loader.js for "always on this site": analyse on load
// unless the site is switched off.
'use strict';
globalThis.saywhoContent.then((content) => content.start({ automatic: true }));
