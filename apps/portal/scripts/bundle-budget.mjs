// The start page's JavaScript against its budget: what an anonymous visitor's browser downloads to
// show `/`, compressed as the server sends it (brotli), must stay under 150 kB.
//
// Reads the built portal (dist/index.html and Vite's dist/.vite/manifest.json): the entry script,
// every chunk it imports statically, and the start page's own chunk (loaded by the router when `/`
// opens) with the chunks that one imports statically. Prints each file and the total, and exits
// with 1 when the total is over the budget. Run after `vite build`: `pnpm --filter
// @kraftsamling/portal run budget` (an argument names another dist folder).

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

/** Bytes, compressed: 150 kB, in the kilobytes of 1000 bytes that Vite's build report uses too. */
export const budgetBytes = 150_000;

/** The start page's module, as routes.tsx loads it for `/`. */
export const startPageSource = "src/pages/start-overview.tsx";

/**
 * @typedef {{ file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean,
 *   imports?: string[], dynamicImports?: string[], css?: string[] }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/**
 * The JavaScript files the start page loads, in the order the browser meets them: the entry and its
 * static imports, then the start page's chunk and its static imports.
 * @param {string} dist
 * @returns {string[]} paths relative to dist
 */
export function startPageScripts(dist) {
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
  const html = readFileSync(join(dist, "index.html"), "utf8");

  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error("The manifest has no entry: is dist built by `vite build`?");
  const entry = manifest[entryKey];
  const entryScript = html.match(/<script type="module"[^>]*\ssrc="\/?([^"]+)"/)?.[1];
  if (entryScript !== entry.file) {
    throw new Error(`index.html loads ${entryScript}, the manifest's entry is ${entry.file}`);
  }
  if (!entry.dynamicImports?.includes(startPageSource) || !manifest[startPageSource]) {
    throw new Error(
      `The entry does not load ${startPageSource} when opened: is it still the start page?`,
    );
  }

  /** @type {string[]} */
  const files = [];
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.includes(chunk.file)) return;
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  visit(startPageSource);
  return files.filter((file) => file.endsWith(".js"));
}

/** @param {Buffer} bytes */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function main() {
  const dist = resolve(process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url)));
  const files = startPageScripts(dist);
  const width = Math.max(...files.map((file) => file.length), "total".length);
  console.log("The start page's JavaScript: as built, and compressed with brotli (quality 11)");
  let total = 0;
  let totalRaw = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const compressed = brotliSize(bytes);
    total += compressed;
    totalRaw += bytes.length;
    console.log(
      `  ${file.padEnd(width)}  ${kB(bytes.length).padStart(10)}  ${kB(compressed).padStart(9)}`,
    );
  }
  console.log(`  ${"total".padEnd(width)}  ${kB(totalRaw).padStart(10)}  ${kB(total).padStart(9)}`);
  if (total > budgetBytes) {
    console.error(`Over the budget of ${kB(budgetBytes)} by ${kB(total - budgetBytes)}.`);
    process.exit(1);
  }
  console.log(`Within the budget of ${kB(budgetBytes)} (${kB(budgetBytes - total)} to spare).`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
