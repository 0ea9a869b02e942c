import { describe, expect, it } from 'vitest';
import { searchFiles } from '../../../src/lib/search/search-files.ts';

describe('searchFiles', () => {
  it('names the WebAssembly by the primary language subtag of the page, as Pagefind names its language WebAssembly files', () => {
    expect(searchFiles('en').wasm).toBe('/pagefind/wasm.en.pagefind');
    expect(searchFiles('en-GB').wasm).toBe('/pagefind/wasm.en.pagefind');
    expect(searchFiles('AR').wasm).toBe('/pagefind/wasm.ar.pagefind');
  });

  it('puts every file under the base path', () => {
    expect(searchFiles('en', '/some/base/')).toEqual({
      bundle: '/some/base/pagefind/pagefind.js',
      entry: '/some/base/pagefind/pagefind-entry.json?ts=unset',
      wasm: '/some/base/pagefind/wasm.en.pagefind',
      names: '/some/base/search/names.json',
      filters: '/some/base/search/filters.json',
    });
  });
});
