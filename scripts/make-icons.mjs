// Renders the icons electron-builder needs from the two SVG sources in build/:
//   icon.svg     -> build/icons/<n>x<n>.png (Linux), icon.png, icon.ico, icon.icns
//   document.svg -> document.png, document.ico, document.icns (.kravspec files)
// The output depends only on the SVGs, so running it twice gives the same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build');

const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types that hold PNG data, with their pixel size. */
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** Returns a function that gives the SVG as a square PNG of the asked size (memoised). */
function pngRenderer(svgName) {
  const svg = readFileSync(path.join(buildDir, svgName));
  const rendered = new Map();
  return (size) => {
    if (!rendered.has(size)) {
      const resvg = new Resvg(svg, {
        fitTo: { mode: 'width', value: size },
        font: { loadSystemFonts: false },
      });
      rendered.set(size, resvg.render().asPng());
    }
    return rendered.get(size);
  };
}

/** Windows ICO: a 6-byte header, one 16-byte entry per image, then the PNG images. */
function icoFile(png) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(icoSizes.length, 4);

  const images = icoSizes.map((size) => png(size));
  let offset = header.length + 16 * images.length;
  const entries = icoSizes.map((size, index) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width; 0 stands for 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(images[index].length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += images[index].length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

/** Apple ICNS: 'icns' and the total length, then (type, length, PNG) elements; lengths are big-endian and include their 8-byte header. */
function icnsFile(png) {
  const elements = icnsTypes.map(([type, size]) => {
    const data = png(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

function write(relativePath, data) {
  const target = path.join(buildDir, relativePath);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, data);
  console.log(`build/${relativePath.split(path.sep).join('/')} (${data.length} bytes)`);
}

const appIcon = pngRenderer('icon.svg');
for (const size of linuxSizes) write(path.join('icons', `${size}x${size}.png`), appIcon(size));
write('icon.png', appIcon(1024));
write('icon.ico', icoFile(appIcon));
write('icon.icns', icnsFile(appIcon));

const documentIcon = pngRenderer('document.svg');
write('document.png', documentIcon(512));
write('document.ico', icoFile(documentIcon));
write('document.icns', icnsFile(documentIcon));
