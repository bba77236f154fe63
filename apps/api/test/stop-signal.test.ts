import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { freePort, startServer, tempFolder } from "./process";
import { serverDatabase } from "./server-database";

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const apiDir = join(repositoryRoot, "apps", "api");

/** What a failed run prints: pnpm's and turbo's failure lines, or a stack. */
const failure = /ELIFECYCLE|ERR_PNPM|Command failed|could not stop|\n\s+at /;

describe("Ctrl-C", () => {
  it("stops the server cleanly: one line, exit code 0", async () => {
    const database = await serverDatabase();
    const server = await startServer({ ...database.env, PORT: String(await freePort()) });
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
    await database.drop();
    expect(server.stderr()).toMatch(/ info {2}stopped cleanly\n$/);
    expect(server.stderr()).not.toMatch(failure);
  });

  // The start command builds the portal and the API, then runs the server. The build is over
  // before Ctrl-C can come, and the other tests use what it builds: this runs the same command
  // through pnpm with the build left out, from a package of its own.
  it("stops the start command cleanly, without pnpm reporting a failure", async () => {
    const database = await serverDatabase();
    const root = JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as {
      scripts: { start: string };
    };
    const build = "turbo run build --output-logs=errors-only && ";
    expect(root.scripts.start.startsWith(build)).toBe(true);
    const serve = root.scripts.start.slice(build.length).replace("cd apps/api", `cd ${apiDir}`);
    const folder = tempFolder();
    writeFileSync(
      join(folder, "package.json"),
      JSON.stringify({ name: "start-command", private: true, scripts: { start: serve } }),
    );
    // As in a terminal: the start command leads its own process group, and Ctrl-C goes to all of it.
    const child = spawn("npx", ["-y", "pnpm@10", "start"], {
      cwd: folder,
      detached: true,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        ...database.env,
        PORT: String(await freePort()),
        RATE_LIMITS: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once("exit", (code, signal) => resolve({ code, signal })),
    );
    const running = new Promise<boolean>((resolve) => {
      const look = () => {
        if (output.includes("Kraftsamling is running at")) resolve(true);
      };
      child.stdout.on("data", look);
      void exited.then(() => resolve(false));
    });
    expect(await running, output).toBe(true);
    process.kill(-(child.pid ?? 0), "SIGINT");
    const { code, signal } = await exited;
    await database.drop();
    // npx's own shell ends with the signal (130); pnpm and the server end cleanly (0).
    expect([0, 130], `${code} ${signal}\n${output}`).toContain(code ?? 128 + 2);
    expect(output).toContain("stopped cleanly");
    expect(output.slice(output.indexOf("Kraftsamling is running at"))).not.toMatch(failure);
  }, 180_000);
});
