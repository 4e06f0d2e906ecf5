/**
 * Draws the app icons into public/icons/ (run: `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed, so builds need nothing from the network). A tiny PNG encoder of our own (node:zlib):
 * a dark square with a 3×3 grid of dots, the goal dot in the accent colour, like the maze.
 * The maskable icon keeps its drawing inside the central 80 % safe zone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BACKGROUND = [0x14, 0x16, 0x1c];
const DOT = [0x7a, 0xa2, 0xff];
const GOAL = [0xff, 0xb3, 0x47];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGB, 8 bits per channel, no interlace. */
function png(size: number, pixel: (x: number, y: number) => number[]): Buffer {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The drawing spans `scale` of the icon (1 for the plain icon, 0.8 for the maskable one). */
function icon(size: number, scale: number): Buffer {
  const cell = (size * scale) / 3;
  const offset = (size - size * scale) / 2;
  const radius = cell * 0.3;
  return png(size, (x, y) => {
    const gx = Math.floor((x - offset) / cell);
    const gy = Math.floor((y - offset) / cell);
    if (gx < 0 || gy < 0 || gx > 2 || gy > 2) return BACKGROUND;
    const cx = offset + (gx + 0.5) * cell;
    const cy = offset + (gy + 0.5) * cell;
    if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return BACKGROUND;
    return gx === 2 && gy === 2 ? GOAL : DOT;
  });
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, 1));
writeFileSync('public/icons/icon-512.png', icon(512, 1));
writeFileSync('public/icons/icon-maskable-512.png', icon(512, 0.8));
writeFileSync('public/icons/apple-touch-icon.png', icon(180, 0.9));
