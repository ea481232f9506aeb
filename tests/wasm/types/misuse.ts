// Mistakes the types must catch: each line below is an error tsc reports
// (types.test.mjs checks that this file does NOT compile, line by line).
import { createSaywho } from 'saywho';

export async function misuse(): Promise<void> {
  const saywho = await createSaywho();
  saywho.analyze('text', { lang: 'de' });
  saywho.analyze(42);
  const n: number = saywho.analyze('text').quotes[0].content.text;
  createSaywho({ wasmBinary: 'bytes' });
  createSaywho({ prefetchLanguages: ['de'] });
  saywho.segment('text', {});
  const kind: 'person' = saywho.analyze('t').entities[0].kind;
  void n; void kind;
}
