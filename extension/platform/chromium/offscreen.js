// Offscreen document: hosts the engine worker and answers the service
// worker's analysis requests. Only our own service worker may ask.
import { ext } from './src/shared/browser-api.js';
import { MESSAGE, validateMessage, errorAnswer } from './src/shared/messages.js';
import { analyzeInWorker } from './src/engine/engine-client.js';

const SERVICE_WORKER_URL = ext.runtime.getURL('background.js');

ext.runtime.onMessage.addListener((raw, sender, sendResponse) => {
  if (raw?.type !== MESSAGE.engineAnalyze) return false;
  if (sender.id !== ext.runtime.id || sender.url !== SERVICE_WORKER_URL) return false;
  let message;
  try {
    message = validateMessage(raw);
  } catch (error) {
    sendResponse({ ok: false, error: error.message });
    return false;
  }
  analyzeInWorker(message.text, message.lang).then(
    (analysis) => sendResponse({ ok: true, analysis }),
    (error) => sendResponse(errorAnswer(error)),
  );
  return true;
});
