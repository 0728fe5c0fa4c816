/**
 * One download of a register file, done so that a bad network never leaves a bad file: a timeout
 * on every attempt, a few retries with backoff on network errors, 5xx and 429 (honouring
 * Retry-After), the body streamed into a temporary file next to the target and renamed into place
 * only once complete and plausible (content type, size, first bytes). A failed download leaves
 * neither the target nor the temporary file.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface DownloadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The file to write; its folder must exist. */
  file: string;
  /** Per attempt, from the request to the last byte. */
  timeoutMs: number;
  /** Attempts after the first one. */
  retries: number;
  /** Wait before the first retry; doubled on each one (plus up to 25 % jitter). */
  backoffMs: number;
  /** A Retry-After longer than this fails instead of waiting. */
  maxRetryAfterMs?: number;
  /** Media types accepted (without parameters), e.g. application/sparql-results+json. */
  contentTypes: readonly string[];
  minBytes: number;
  maxBytes: number;
  /** Checks the first bytes (up to 64 KiB): a message when they are not what the importer reads. */
  sniff?: (head: Buffer) => string | undefined;
  /** Called before each retry, for the log. */
  onRetry?: (attempt: number, waitMs: number, reason: string) => void;
}

export interface DownloadResult {
  file: string;
  bytes: number;
  attempts: number;
  contentType: string;
}

/** A download that failed; `retryable` tells whether another attempt may succeed. */
export class DownloadError extends Error {
  override name = 'DownloadError';
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, retryable: boolean, retryAfterMs?: number) {
    super(message);
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
  }
}

const SNIFF_BYTES = 1 << 16;

/** Retry-After as seconds or an HTTP date → milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Counts the bytes, stops past the limit and keeps the first bytes for the sniff. */
function byteCounter(maxBytes: number) {
  const head: Buffer[] = [];
  let headBytes = 0;
  const state = { bytes: 0 };
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      state.bytes += chunk.length;
      if (state.bytes > maxBytes) {
        callback(new DownloadError(`more than ${maxBytes} bytes: not the expected file`, false));
        return;
      }
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      callback(null, chunk);
    },
  });
  return { transform, state, head: () => Buffer.concat(head) };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'timed out';
  const cause = (error as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `: ${(cause as NodeJS.ErrnoException).code ?? cause.message}` : '';
  return `${error.message}${detail}`;
}

async function attempt(request: DownloadRequest, temp: string): Promise<Omit<DownloadResult, 'attempts' | 'file'>> {
  const signal = AbortSignal.timeout(request.timeoutMs);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers ?? {},
      ...(request.body === undefined ? {} : { body: request.body }),
      signal,
      redirect: 'follow',
    });
  } catch (error) {
    throw new DownloadError(describe(error), true);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
    throw new DownloadError(status, retryable, retryAfterMs(response.headers.get('retry-after')));
  }
  const type = mediaType(response.headers.get('content-type'));
  if (!request.contentTypes.includes(type)) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadError(
      `content type "${type || 'none'}", expected ${request.contentTypes.join(' or ')}: not the expected file`,
      false,
    );
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > request.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadError(`${declared} bytes announced, more than ${request.maxBytes}: not the expected file`, false);
  }
  if (response.body === null) throw new DownloadError('the response has no body', true);
  const counter = byteCounter(request.maxBytes);
  try {
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      counter.transform,
      createWriteStream(temp, { flags: 'w' }),
    );
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(`the download broke off after ${counter.state.bytes} bytes (${describe(error)})`, true);
  }
  const bytes = counter.state.bytes;
  if (Number.isFinite(declared) && bytes !== declared) {
    throw new DownloadError(`${bytes} of the ${declared} bytes announced arrived`, true);
  }
  if (bytes < request.minBytes) {
    throw new DownloadError(`only ${bytes} bytes, fewer than ${request.minBytes}: not the expected file`, false);
  }
  const problem = request.sniff?.(counter.head());
  if (problem) throw new DownloadError(problem, false);
  return { bytes, contentType: type };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Downloads `request.url` into `request.file`, or throws a DownloadError and leaves no file. */
export async function downloadToFile(request: DownloadRequest): Promise<DownloadResult> {
  const temp = path.join(path.dirname(request.file), `.${path.basename(request.file)}.${process.pid}.part`);
  const maxRetryAfter = request.maxRetryAfterMs ?? 5 * 60_000;
  for (let attempts = 1; ; attempts++) {
    try {
      const result = await attempt(request, temp);
      renameSync(temp, request.file);
      return { ...result, file: request.file, attempts };
    } catch (error) {
      rmSync(temp, { force: true });
      const failure = error instanceof DownloadError ? error : new DownloadError(describe(error), false);
      const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
      if (!failure.retryable || attempts > request.retries) {
        throw new DownloadError(`${request.url}: ${failure.message} (${tries})`, failure.retryable);
      }
      const backoff = request.backoffMs * 2 ** (attempts - 1) * (1 + Math.random() * 0.25);
      if (failure.retryAfterMs !== undefined && failure.retryAfterMs > maxRetryAfter) {
        throw new DownloadError(
          `${request.url}: ${failure.message}, asked to retry after ${Math.round(failure.retryAfterMs / 1000)} s (${tries})`,
          true,
        );
      }
      const wait = Math.max(backoff, failure.retryAfterMs ?? 0);
      request.onRetry?.(attempts, wait, failure.message);
      await sleep(wait);
    }
  }
}
