import { readdir, readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text formats, which compress well; images and fonts are compressed already. */
const compressible = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".svg",
  ".txt",
  ".xml",
  ".map",
  ".webmanifest",
]);

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  // Not the build's own notes (.vite/manifest.json): nobody downloads them.
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith("."))
      .map((entry) => {
        const path = join(folder, entry.name);
        return entry.isDirectory() ? filesUnder(path) : Promise.resolve([path]);
      }),
  );
  return nested.flat();
}

/** Writes `<file>.br` and `<file>.gz` next to one file, each only when it is smaller than the file. */
async function compressOne(file: string): Promise<void> {
  const content = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (br.length < content.length) await writeFile(`${file}.br`, br);
  if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
}

/** Compresses every text file under `folder`, a few at a time. */
export async function precompress(folder: string): Promise<void> {
  const queue = (await filesUnder(folder)).filter((file) => compressible.has(extname(file)));
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift())
      await compressOne(file);
  };
  await Promise.all([worker(), worker()]);
}

/**
 * After the build has written the portal (and copied `public/`): a brotli (`.br`) and a gzip
 * (`.gz`) copy of every text file next to it, which the API sends to a browser that accepts it, so
 * that no request compresses anything.
 */
export function precompressedFiles(): Plugin {
  return {
    name: "kraftsamling-precompressed-files",
    apply: "build",
    writeBundle: {
      order: "post",
      sequential: true,
      async handler(options) {
        if (options.dir) await precompress(options.dir);
      },
    },
  };
}
