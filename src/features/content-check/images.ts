/**
 * Images editors add next to their stories: the formats the site can optimise, a size a phone
 * can download, and no SVG (an SVG file can carry scripts).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export const imageLimits = {
  /** Larger originals slow the build and bloat the repository; the site serves resized copies. */
  maxBytes: 2 * 1024 * 1024,
  /** Longest side, in pixels: 2400 is plenty for a cover shown at most 1200 px wide on a 2x screen. */
  maxPixels: 4000,
  extensions: ['.jpg', '.jpeg', '.png', '.webp', '.avif'],
} as const;

export interface ImageDimensions {
  width: number;
  height: number;
}

function readHead(file: string, length: number): Buffer {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(descriptor, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

/** Width and height from the file header (PNG, JPEG, WebP, GIF); undefined for other formats. */
export function imageDimensions(file: string): ImageDimensions | undefined {
  const head = readHead(file, 512 * 1024);
  if (head.length >= 24 && head.readUInt32BE(0) === 0x89504e47) {
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  }
  if (head.length >= 10 && head.toString('ascii', 0, 3) === 'GIF') {
    return { width: head.readUInt16LE(6), height: head.readUInt16LE(8) };
  }
  if (head.length >= 30 && head.toString('ascii', 0, 4) === 'RIFF' && head.toString('ascii', 8, 12) === 'WEBP') {
    const chunk = head.toString('ascii', 12, 16);
    if (chunk === 'VP8X') return { width: 1 + head.readUIntLE(24, 3), height: 1 + head.readUIntLE(27, 3) };
    if (chunk === 'VP8 ') return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = head.readUInt32LE(21);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    return undefined;
  }
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < head.length) {
      if (head[offset] !== 0xff) return undefined;
      const marker = head[offset + 1]!;
      const length = head.readUInt16BE(offset + 2);
      // Start-of-frame markers carry the size; 0xC4 (DHT), 0xC8 and 0xCC are not frames.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: head.readUInt16BE(offset + 5), width: head.readUInt16BE(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}

/** What is wrong with an image an entry points at, or undefined when it is fine. */
export function imageProblem(file: string, shownAs: string): string | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.svg')) {
    return `the image ${shownAs} is an SVG file, which can contain code: save it as PNG or JPEG instead`;
  }
  if (!imageLimits.extensions.some((extension) => lower.endsWith(extension))) {
    return `the image ${shownAs} is not a JPEG, PNG, WebP or AVIF file: save it in one of those formats`;
  }
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats?.isFile()) {
    return `the image ${shownAs} does not exist: put the file next to this page, or correct its name (capital letters count)`;
  }
  if (stats.size > imageLimits.maxBytes) {
    const megabytes = (stats.size / 1024 / 1024).toFixed(1);
    return `the image ${shownAs} is too large (${megabytes} MB; at most 2 MB): save it at most 2400 px wide, as JPEG at about 80% quality`;
  }
  const size = imageDimensions(file);
  if (size && Math.max(size.width, size.height) > imageLimits.maxPixels) {
    return `the image ${shownAs} is too large (${size.width} × ${size.height} px; at most ${imageLimits.maxPixels} px on its longest side): save it at most 2400 px wide`;
  }
  return undefined;
}
