/**
 * Streams a JSON download value by value: the elements of a top-level array (or a single
 * top-level object) are cut out of the text as they arrive and parsed one at a time, so a
 * download of 50,000 records is never one string nor one parsed tree in memory.
 */
import { StringDecoder } from 'node:string_decoder';
import type { RegisterInput } from '../collect.ts';

export type JsonItem = { value: unknown; index: number } | { error: string; index: number };

/**
 * The top-level values in order, from 1. A syntax error inside one element is reported for that
 * element and the next ones are still read; a file that stops mid-way ends with an error.
 */
export async function* jsonElements(input: RegisterInput): AsyncGenerator<JsonItem> {
  const decoder = new StringDecoder('utf8');
  // An object, so the checks after the loop see the modes set inside it.
  const state: { mode: 'start' | 'array' | 'single' | 'done' } = { mode: 'start' };
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current = '';
  let index = 0;
  let sawBom = false;

  const finish = (): JsonItem => {
    index++;
    const text = current;
    current = '';
    try {
      return { value: JSON.parse(text) as unknown, index };
    } catch (error) {
      return { error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, index };
    }
  };

  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (!sawBom) {
      text = text.replace(/^\uFEFF/, '');
      sawBom = text.length > 0;
    }
    let start = 0;
    for (let at = 0; at < text.length; at++) {
      const char = text[at]!;
      if (state.mode === 'done') {
        if (!/\s/.test(char)) yield { error: `unexpected "${char}" after the end of the data`, index: index + 1 };
        return;
      }
      if (state.mode === 'start') {
        if (/\s/.test(char)) continue;
        if (char === '[') {
          state.mode = 'array';
          start = at + 1;
          continue;
        }
        state.mode = 'single';
        start = at;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (char === '"') inString = true;
      else if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        if (depth === 0 && state.mode === 'array' && char === ']') {
          current += text.slice(start, at);
          if (current.trim() !== '') yield finish();
          state.mode = 'done';
          current = '';
          continue;
        }
        depth--;
        if (depth === 0 && state.mode === 'single') {
          current += text.slice(start, at + 1);
          yield finish();
          state.mode = 'done';
        }
      } else if (char === ',' && depth === 0 && state.mode === 'array') {
        current += text.slice(start, at);
        yield finish();
        start = at + 1;
      }
    }
    if (state.mode === 'array' || state.mode === 'single') current += text.slice(start);
  }
  current += decoder.end();
  if (state.mode === 'start') yield { error: 'the file is empty: expected JSON', index: 1 };
  else if (state.mode !== 'done')
    yield { error: 'the file stops in the middle of the data (is it cut short?)', index: index + 1 };
}
