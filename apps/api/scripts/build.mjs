// Builds the API for production: one ES module, dist/main.js, that `node` runs without TypeScript.
// The workspace's own packages are bundled in; every package from the registry stays an import.
// A file that finds its neighbours through import.meta.url (migrations, reference data, the built
// portal) keeps finding them: its import.meta.url is rewritten to the file's place relative to dist.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const apiDir = fileURLToPath(new URL("..", import.meta.url));
const outfile = fileURLToPath(new URL("../dist/main.js", import.meta.url));

/** Bare imports from the registry stay external; the workspace's `@kraftsamling/*` is bundled. */
const registryExternal = {
  name: "registry-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@kraftsamling/") ? undefined : { path: args.path, external: true },
    );
  },
};

/** `import.meta.url` of each bundled file, as the file's own address seen from dist/main.js. */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const fromDist = relative(dirname(outfile), args.path).split("\\").join("/");
      return {
        contents: source.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`,
        ),
        loader: "ts",
      };
    });
  },
};

/**
 * Writes dist/main.js and its map by renaming finished files into place, so that a process starting
 * meanwhile, or a second build running at once (each test project builds before its tests), never
 * reads half a file.
 */
export async function buildApi() {
  const result = await build({
    absWorkingDir: apiDir,
    entryPoints: ["src/main.ts"],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
    write: false,
    plugins: [registryExternal, ownImportMetaUrl],
  });
  await mkdir(dirname(outfile), { recursive: true });
  for (const file of result.outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`;
    await writeFile(partial, file.contents);
    await rename(partial, file.path);
  }
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildApi();
}
