// Types of the Saywho ES module. The analysis is the JSON of
// shared/eval/SCHEMA.md (core/include/saywho/analysis.hpp in C++).

/** A piece of the analysed text. Offsets are UTF-16 code units (JavaScript
 * string indices), end exclusive: `text.slice(start, end) === span.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** An entity id ("E1", ...). */
export type EntityId = `E${number}`;
/** A report id ("R1", ...). */
export type ReportId = `R${number}`;
/** A quote id ("Q1", ...). */
export type QuoteId = `Q${number}`;

export type EntityKind = 'person' | 'organization' | 'country' | 'group' | 'unknown';

/** How an entity is named at one place. */
export type MentionKind = 'name' | 'titled_name' | 'description' | 'pronoun';

export interface Mention extends Span {
  /** "name": "Lin Jian"; "titled_name": "M. Lin"; "description": "le
   * porte-parole"; "pronoun": "il", "she". */
  kind: MentionKind;
}

/** A person, organisation, country or group the text talks about. */
export interface Entity {
  id: EntityId;
  /** The most complete name found in the text. */
  name: string;
  kind: EntityKind;
  /** Every place the entity is named, in text order. */
  mentions: Mention[];
  /** Roles and appositions as written ("porte-parole du ministère"). */
  descriptions: string[];
}

/** direct: inside quotation marks; indirect: reported speech ("said that");
 * mixed: reported speech with a quoted fragment; according: "according to X". */
export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'according';

/** Something someone (or some report) is said to have said. */
export interface Quote {
  id: QuoteId;
  type: QuoteType;
  /** What was said (for direct quotes, without the quotation marks). */
  content: Span;
  /** The speech verb or phrase ("a précisé", "said", "according to"). */
  cue: Span | null;
  /** Who said it: an entity, a report (content sourced from a document), or unknown. */
  speaker: EntityId | ReportId | null;
  /** Where the speaker is named for this quote. */
  speaker_mention: Span | null;
  /** The quote this one is nested in. */
  parent: QuoteId | null;
  /** How sure the attribution is, in [0, 1]. */
  confidence: number;
  /** Which rule attributed the quote (machine-readable, for debugging). */
  reason: string;
}

/** explicit: an accusation verb or noun ("accuse", "blamed");
 * implicit: wrongdoing charged inside a quote. */
export type AccusationKind = 'explicit' | 'implicit';

/** Who accuses whom of what. */
export interface Accusation {
  id: `A${number}`;
  kind: AccusationKind;
  accuser: EntityId | null;
  accused: EntityId | null;
  /** What the accused is charged with. */
  charge: Span;
  cue: Span | null;
  /** For implicit accusations: the quote the charge sits in. */
  quote: QuoteId | null;
  /** In [0, 1]. */
  confidence: number;
  reason: string;
}

/** A document the text cites (report, study, statement). */
export interface Report {
  id: ReportId;
  /** Where the text names it ("un rapport intitulé", "the study"), in order. */
  mentions: Span[];
  title: Span | null;
  /** The entities that published it. */
  publishers: EntityId[];
  date: Span | null;
  /** In [0, 1]. */
  confidence: number;
  reason: string;
}

/** The analysis of one text. */
export interface Analysis {
  /** The language pack used. */
  lang: 'fr' | 'en';
  /** True when the language was detected ({ lang: 'auto' }). */
  lang_detected: boolean;
  /** The engine's version. */
  version: string;
  entities: Entity[];
  quotes: Quote[];
  accusations: Accusation[];
  reports: Report[];
}

/** An offset range of the text layer (UTF-16 code units, end exclusive). */
export interface Range {
  start: number;
  end: number;
}

/** Text-layer dump (segment()), for tests and debugging: what the engine
 * sees before it looks for quotes. Indices refer to the arrays below. */
export interface Segmentation {
  lang: Language;
  /** One a line of the input, trimmed. */
  paragraphs: Array<Range & { first_sentence: number; end_sentence: number }>;
  sentences: Array<Range & { paragraph: number; first_token: number; end_token: number }>;
  tokens: Array<Range & {
    kind: 'word' | 'number' | 'quote_mark' | 'punct' | 'symbol';
    /** Lower-cased, NFC, typographic apostrophe made straight. */
    norm: string;
    sentence: number;
    /** Present (true) only when set. */
    capitalized?: true;
    all_caps?: true;
    space_before?: true;
    /** A French elision split off the next word ("l'", "qu'"). */
    elided?: true;
    /** The pronoun of an inversion ("a-t-il"). */
    inverted_subject?: true;
  }>;
  /** Paired quotation marks, by opening position. */
  quotes: Array<{
    open: Range;
    /** Empty (start === end) when the quote never closes. */
    close: Range;
    content: Span;
    style: 'guillemets' | 'single_guillemets' | 'curly_double' | 'curly_single' | 'low_high'
      | 'straight_double' | 'straight_single';
    /** 0 outermost, 1 nested. */
    depth: number;
    /** Index of the enclosing quote, or -1. */
    parent: number;
    closed: boolean;
    /** Index of the piece this one continues (multi-paragraph quote), or -1. */
    continues: number;
    /** Index of the piece continuing this one, or -1. */
    continued_by: number;
  }>;
}

export type Language = 'fr' | 'en';

export interface AnalyzeOptions {
  /** 'auto' (default) detects French or English, and refuses a text in
   * another language (SaywhoError 'unsupported_language'); 'fr' and 'en'
   * analyse any text as that language. */
  lang?: 'auto' | Language;
}

export interface SegmentOptions {
  lang: Language;
}

export interface CreateOptions {
  /** The bytes of saywho-core.wasm, when you already have them. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to fetch saywho-core.wasm (default: next to saywho.mjs). */
  wasmUrl?: string | URL;
  /** The largest input analysed, in UTF-8 bytes (default 5 MiB). */
  maxInputBytes?: number;
  /** Where to fetch a language's syntax pack (default:
   * `saywho-syntax-<lang>.bin` next to saywho.mjs; relative URLs resolve
   * against saywho.mjs). */
  syntaxUrl?: (lang: Language) => string | URL;
  /** Syntax packs you already hold (the bytes of `saywho-syntax-<lang>.bin`),
   * installed on the first use of their language, without a fetch. */
  syntaxPacks?: Partial<Record<Language, ArrayBuffer | Uint8Array>>;
  /** Languages whose packs are fetched at once, beside the wasm's own
   * download and compilation, rather than on their first use; each is
   * installed by its first `loadLanguage()` or `analyzeAsync()`, which waits
   * for that fetch instead of starting one (a failed one is reported there as
   * `load_failed`, and the next load fetches again). Ignored for packs Node
   * reads from disk. An unknown language is refused (`invalid_options`). */
  prefetchLanguages?: Language[];
}

export interface Saywho {
  readonly version: string;
  /** The languages the engine knows. */
  readonly languages: readonly Language[];
  /** The languages whose syntax pack is loaded so far. */
  loadedLanguages(): Language[];
  /** Loads `lang`'s syntax pack (about 2 MB), once: fetched in browsers
   * (`syntaxUrl`), read from disk in Node, or taken from `syntaxPacks`.
   * Rejects with SaywhoError `unknown_language`, `load_failed` or
   * `invalid_pack`. */
  loadLanguage(lang: Language): Promise<void>;
  /** The language `{ lang: 'auto' }` picks for `text`. */
  detectLanguage(text: string): Language;
  /** Analyses `text`. Throws SaywhoError on bad options, too large text or
   * (lang 'auto') a language Saywho does not read; the instance stays usable
   * afterwards. Needs the language's syntax pack:
   * Node reads it on first use; in a browser, `await loadLanguage(lang)`
   * first or use analyzeAsync(), else it throws `language_not_loaded`. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** analyze(), after loading the syntax pack of the text's language
   * (detected for 'auto') if it is not loaded yet. */
  analyzeAsync(text: string, options?: AnalyzeOptions): Promise<Analysis>;
  /** The same analysis as JSON text, exactly as the native CLI prints it
   * (`pretty`: indented). Handy to post to another thread unparsed. */
  analyzeJson(text: string, options?: AnalyzeOptions & { pretty?: boolean }): string;
  /** The text layer alone (paragraphs, sentences, tokens, quote marks). */
  segment(text: string, options: SegmentOptions): Segmentation;
  /** The same as JSON text, as `saywho-cli segment` prints it. */
  segmentJson(text: string, options: SegmentOptions & { pretty?: boolean }): string;
  /** The article text of an HTML page, one paragraph a line (scripts, styles
   * and markup dropped, entities decoded), as the native CLI extracts it for
   * `--format html`. Analyse the result with analyze(). */
  htmlToText(html: string): string;
  /** Bytes currently allocated inside the engine (leak checks). */
  heapInUse(): number;
  /** Size of the engine's memory in bytes (it never shrinks). */
  memoryBytes(): number;
}

/** Stable codes of SaywhoError. */
export type SaywhoErrorCode =
  | 'invalid_utf8'
  | 'input_too_large'
  | 'unknown_language'
  | 'unsupported_language'
  | 'invalid_options'
  | 'language_not_loaded'
  | 'invalid_pack'
  | 'out_of_memory'
  | 'load_failed'
  | 'internal';

export class SaywhoError extends Error {
  readonly name: 'SaywhoError';
  readonly code: SaywhoErrorCode;
  /** Where in the UTF-8 input the problem is (invalid_utf8), else 0. */
  readonly byteOffset: number;
  /** unsupported_language: the ISO 639-1 code of the language the text seems
   * to be in ('es', 'de', 'ja', ...), null when the engine cannot tell; null
   * for every other code. */
  readonly language: string | null;
  constructor(code: SaywhoErrorCode, message: string, byteOffset?: number, language?: string | null);
}

/** Loads the engine (one WebAssembly instance; reuse it for many texts). */
export function createSaywho(options?: CreateOptions): Promise<Saywho>;
export default createSaywho;
