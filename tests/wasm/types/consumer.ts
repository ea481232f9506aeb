// A small TypeScript user of the package: it must type-check against
// wasm/index.d.ts (tests/wasm/types.test.mjs runs `tsc --noEmit` on it).
import { createSaywho, SaywhoError } from 'saywho';
import type { Analysis, Entity, Quote, Span, SaywhoErrorCode, Segmentation } from 'saywho';

function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

function speakerName(analysis: Analysis, quote: Quote): string {
  if (quote.speaker === null) return 'unknown';
  if (quote.speaker.startsWith('R')) {
    const report = analysis.reports.find((r) => r.id === quote.speaker);
    return report?.title?.text ?? 'a report';
  }
  const entity: Entity | undefined = analysis.entities.find((e) => e.id === quote.speaker);
  return entity ? `${entity.name} (${entity.kind}, ${entity.descriptions.join('; ')})` : 'unknown';
}

export async function summarize(text: string): Promise<string[]> {
  const saywho = await createSaywho({ maxInputBytes: 1 << 20 });
  const lines: string[] = [`saywho ${saywho.version}: ${saywho.languages.join(', ')}`];
  try {
    const analysis: Analysis = saywho.analyze(text, { lang: 'auto' });
    lines.push(`language ${analysis.lang}${analysis.lang_detected ? ' (detected)' : ''}`);
    for (const quote of analysis.quotes) {
      const cue = quote.cue ? spanText(text, quote.cue) : '';
      lines.push(`${quote.type} ${quote.confidence.toFixed(2)} ${speakerName(analysis, quote)} ${cue}: ${quote.content.text} [${quote.reason}]`);
      if (quote.parent !== null) lines.push(`  nested in ${quote.parent}`);
    }
    for (const accusation of analysis.accusations) {
      const kind: 'explicit' | 'implicit' = accusation.kind;
      lines.push(`${kind} ${accusation.accuser ?? '?'} -> ${accusation.accused ?? '?'}: ${accusation.charge.text} (${accusation.quote ?? 'no quote'})`);
    }
    for (const report of analysis.reports) {
      lines.push(`${report.id} ${report.mentions.map((m) => m.text).join(', ')} ${report.date?.text ?? ''} ${report.publishers.length} ${report.confidence} ${report.reason}`);
    }
    for (const entity of analysis.entities) {
      for (const mention of entity.mentions) lines.push(`${entity.id} ${mention.kind} ${mention.text}`);
    }
    const seg: Segmentation = saywho.segment(text, { lang: 'fr' });
    lines.push(`${seg.sentences.length} sentences, ${seg.tokens.length} tokens, ${seg.quotes.length} quotes`);
    const json: string = saywho.analyzeJson(text, { lang: 'fr', pretty: true });
    lines.push(`${json.length} bytes of JSON`);
  } catch (error) {
    if (error instanceof SaywhoError) {
      const code: SaywhoErrorCode = error.code;
      lines.push(`refused: ${code} at byte ${error.byteOffset}: ${error.message}`);
      if (code === 'unsupported_language') {
        const language: string | null = error.language;
        lines.push(`not French or English: ${language ?? 'language unknown'}`);
      }
    } else {
      throw error;
    }
  }
  return lines;
}

// Bytes handed in are accepted as ArrayBuffer or Uint8Array; URLs as string or URL.
export async function loaders(bytes: Uint8Array, buffer: ArrayBuffer): Promise<void> {
  await createSaywho({ wasmBinary: bytes });
  await createSaywho({ wasmBinary: buffer });
  await createSaywho({ wasmUrl: new URL('https://example.org/saywho-core.wasm') });
  await createSaywho({ wasmUrl: '/static/saywho-core.wasm' });
}

// A browser page: packs fetched on first use, or handed in by the embedder.
export async function lazily(text: string, frPack: Uint8Array): Promise<string> {
  const saywho = await createSaywho({
    syntaxUrl: (lang) => `/static/saywho/saywho-syntax-${lang}.bin`,
    syntaxPacks: { fr: frPack },
    prefetchLanguages: ['en'],
  });
  await saywho.loadLanguage(saywho.detectLanguage(text));
  const loaded: string[] = saywho.loadedLanguages();
  const analysis: Analysis = await saywho.analyzeAsync(text, { lang: 'auto' });
  return `${loaded.join(',')} ${analysis.lang}`;
}
