// Registered after content-script.js for "always on this site": analyse on
// load unless the site is switched off.
'use strict';
globalThis.saywhoContent.startAutomatically();
