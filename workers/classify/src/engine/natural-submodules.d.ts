// Types for the `natural` submodules imported directly (importing the package root costs
// ~0.8 s and loads database drivers; see /work/shared/toolchain.md).
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordTokenizer {
    constructor(options?: Record<string, unknown>);
    tokenize(text: string): string[];
  }
}
