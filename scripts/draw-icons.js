#!/usr/bin/env node
// Draws the add-in's icons (ribbon buttons and add-in icon) as PNGs into assets/.
// No image library: shapes are signed-distance tests, 8×8 supersampled per pixel, written
// as RGBA PNG with Node's zlib. Run: node scripts/draw-icons.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const OUT = path.join(__dirname, '..', 'assets');

const COLOURS = {
  brand: [14, 124, 102, 255], // teal green, the product colour
  brandDark: [9, 79, 65, 255],
  grid: [150, 186, 177, 255],
  paper: [255, 255, 255, 255],
  ok: [16, 124, 16, 255],
  clear: [196, 49, 75, 255],
  white: [255, 255, 255, 255],
};

// --- geometry on a 16×16 design grid -------------------------------------------------------
const inRect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inCircle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
function distToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
const onPolyline = (points, width) => (x, y) => {
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    if (distToSegment(x, y, ax, ay, bx, by) <= width / 2) return true;
  }
  return false;
};

/** The table every icon shares: a sheet with a brand header row and grid lines. */
function tableLayers(right = 13) {
  return [
    { shape: inRect(1, 2, right, 14), colour: COLOURS.brandDark },
    { shape: inRect(2, 3, right - 1, 13), colour: COLOURS.paper },
    { shape: inRect(2, 3, right - 1, 5.5), colour: COLOURS.brand },
    { shape: inRect(2, 8, right - 1, 8.8), colour: COLOURS.grid },
    { shape: inRect(2, 10.6, right - 1, 11.4), colour: COLOURS.grid },
    { shape: inRect(5.6, 5.5, 6.4, 13), colour: COLOURS.grid },
    { shape: inRect(9.2, 5.5, 10, 13), colour: COLOURS.grid },
  ];
}

const ICONS = {
  // The add-in and "Kiểm tra báo cáo": the table with a green check badge.
  icon: [
    ...tableLayers(),
    { shape: inCircle(11.5, 11.5, 4.5), colour: COLOURS.white },
    { shape: inCircle(11.5, 11.5, 3.7), colour: COLOURS.ok },
    {
      shape: onPolyline(
        [
          [9.6, 11.6],
          [11, 13],
          [13.5, 10],
        ],
        1.3,
      ),
      colour: COLOURS.white,
    },
  ],
  // "Mở bảng kết quả": the table with the pane docked on its right.
  pane: [
    ...tableLayers(9.5),
    { shape: inRect(10.5, 2, 15, 14), colour: COLOURS.brandDark },
    { shape: inRect(11.5, 3, 14, 13), colour: COLOURS.brand },
    { shape: inRect(12, 5, 13.5, 5.8), colour: COLOURS.white },
    { shape: inRect(12, 7.2, 13.5, 8), colour: COLOURS.white },
    { shape: inRect(12, 9.4, 13.5, 10.2), colour: COLOURS.white },
  ],
  // "Xoá đánh dấu": the table with a red cross badge.
  clear: [
    ...tableLayers(),
    { shape: inCircle(11.5, 11.5, 4.5), colour: COLOURS.white },
    { shape: inCircle(11.5, 11.5, 3.7), colour: COLOURS.clear },
    {
      shape: onPolyline(
        [
          [10, 10],
          [13, 13],
        ],
        1.3,
      ),
      colour: COLOURS.white,
    },
    {
      shape: onPolyline(
        [
          [13, 10],
          [10, 13],
        ],
        1.3,
      ),
      colour: COLOURS.white,
    },
  ],
};

// --- rasteriser ---------------------------------------------------------------------------
function render(layers, size) {
  const SS = 8;
  const px = Buffer.alloc(size * size * 4);
  const scale = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (pxX + (sx + 0.5) / SS) * scale;
          const y = (py + (sy + 0.5) / SS) * scale;
          let colour = null;
          for (const layer of layers) if (layer.shape(x, y)) colour = layer.colour;
          if (colour) {
            const alpha = colour[3] / 255;
            r += colour[0] * alpha;
            g += colour[1] * alpha;
            b += colour[2] * alpha;
            a += alpha;
          }
        }
      }
      const i = (py * size + pxX) * 4;
      const n = SS * SS;
      px[i] = a ? Math.round(r / a) : 0;
      px[i + 1] = a ? Math.round(g / a) : 0;
      px[i + 2] = a ? Math.round(b / a) : 0;
      px[i + 3] = Math.round((a / n) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const [name, layers] of Object.entries(ICONS)) {
  for (const size of SIZES) {
    const file = path.join(OUT, `${name}-${size}.png`);
    fs.writeFileSync(file, encodePng(render(layers, size), size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
