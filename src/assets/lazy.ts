import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded on its first use instead of at import. The YAML parser and the schema
 * validator take a tenth of a second to load, and a run whose inputs come from the cache
 * (src/pipeline/memo.ts) never parses or validates. Synchronous, so the loaders stay plain functions.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
