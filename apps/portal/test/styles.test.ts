import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The portal's stylesheets keep every colour in styles/tokens.css and name it elsewhere with var():
// these checks read the files, no browser needed.
const src = fileURLToPath(new URL("../src", import.meta.url));
const stylesDir = join(src, "styles");

function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ending.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The text without comments and quoted strings, which may mention colours freely. */
function withoutCommentsAndStrings(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
}

/** Every declaration's value (what follows `property:` up to `;` or `}`), with its line. */
function declarationValues(css: string): { value: string; line: number }[] {
  const text = withoutCommentsAndStrings(css);
  const values: { value: string; line: number }[] = [];
  for (const match of text.matchAll(/[-\w]+\s*:\s*([^;{}]+)(?=[;}])/g)) {
    const line = text.slice(0, match.index).split("\n").length;
    values.push({ value: match[1] ?? "", line });
  }
  return values;
}

/** CSS's named colours; transparent, currentColor and inherit are not colours of their own. */
const namedColours =
  "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen".split(
    " ",
  );
const namedColour = new RegExp(`(?<![-\\w])(?:${namedColours.join("|")})(?![-\\w])`, "i");
const colourFunction = /(?<![-\w])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const hexColour = /#[0-9a-f]{3,8}(?![-\w])/i;

/** The raw colours in a stylesheet's declarations, as `line: value`. */
function rawColours(css: string): string[] {
  return declarationValues(css)
    .filter(({ value }) => [hexColour, colourFunction, namedColour].some((r) => r.test(value)))
    .map(({ value, line }) => `${line}: ${value.trim()}`);
}

/** The custom properties a stylesheet defines (`--name:`) and the ones it uses (`var(--name`). */
function definedProperties(css: string): Set<string> {
  const text = withoutCommentsAndStrings(css);
  return new Set([...text.matchAll(/(--[-\w]+)\s*:/g)].map((m) => m[1] ?? ""));
}
function usedProperties(css: string): string[] {
  const text = withoutCommentsAndStrings(css);
  return [...text.matchAll(/var\(\s*(--[-\w]+)/g)].map((m) => m[1] ?? "");
}

const stylesheets = filesUnder(src, /\.css$/);
const read = (file: string) => readFileSync(file, "utf8");
const tokensFile = join(stylesDir, "tokens.css");
const tokens = definedProperties(read(tokensFile));

describe("the portal's stylesheets", () => {
  it("are all in src/styles, imported by index.css in order, which main.tsx alone imports", () => {
    expect(stylesheets.filter((file) => !file.startsWith(`${stylesDir}/`))).toEqual([]);
    const index = read(join(stylesDir, "index.css"));
    const imported = [...index.matchAll(/@import\s+"\.\/([-\w]+\.css)"/g)].map((m) => m[1]);
    const others = stylesheets.map((f) => relative(stylesDir, f)).filter((f) => f !== "index.css");
    expect([...imported].sort()).toEqual([...others].sort());
    expect(imported.slice(0, 2)).toEqual(["tokens.css", "base.css"]);

    const importsCss = filesUnder(src, /\.tsx?$/)
      .filter((file) => /^import\s+["'][^"']+\.css["'];?$/m.test(read(file)))
      .map((file) => relative(src, file));
    expect(importsCss).toEqual(["main.tsx"]);
    expect(read(join(src, "main.tsx"))).toMatch(/^import "\.\/styles\/index\.css";$/m);
  });

  it("hold no raw colour outside tokens.css", () => {
    const found = stylesheets
      .filter((file) => file !== tokensFile)
      .flatMap((file) => rawColours(read(file)).map((c) => `${relative(src, file)}:${c}`));
    expect(found).toEqual([]);
  });

  it("name only custom properties that tokens.css defines", () => {
    const unknown = stylesheets.flatMap((file) =>
      usedProperties(read(file))
        .filter((name) => !tokens.has(name))
        .map((name) => `${relative(src, file)}: var(${name})`),
    );
    expect(unknown).toEqual([]);
  });

  it("would catch a raw colour in any of its forms, and let the keywords pass", () => {
    expect(rawColours(".a {\n  color: #fff;\n}")).toEqual(["2: #fff"]);
    expect(rawColours(".a { border: 1px solid rgb(0 0 0 / 50%); }")).toHaveLength(1);
    expect(rawColours(".a { background: hsl(210 40% 20%); }")).toHaveLength(1);
    expect(rawColours(".a { outline-color: White; }")).toHaveLength(1);
    expect(
      rawColours(
        '#root:hover { color: currentColor; background: transparent; border-color: inherit; white-space: nowrap; content: "#fff red"; }\n/* red #000 */',
      ),
    ).toEqual([]);
  });
});
