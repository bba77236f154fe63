import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of the demo data template, when the project's global setup made one. */
    demoDataTemplate?: string;
  }
}

const apiDir = fileURLToPath(new URL("..", import.meta.url));

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), "kraftsamling-"));
}

/**
 * Starts the compiled `dist/main.js` as the start command does (the tests' global setup builds it),
 * with only the given variables besides PATH (and RATE_LIMITS=off unless given).
 */
export function startProcess(env: Record<string, string>): {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ["--enable-source-maps", "dist/main.js"], {
    cwd: apiDir,
    // The API's budgets count only where a test asks for them (RATE_LIMITS=on).
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", RATE_LIMITS: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Starts the server and waits until it prints its URL. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const started = startProcess(env);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const match = started.stdout().match(/Kraftsamling is running at (\S+)/);
    if (match?.[1]) return { ...started, url: match[1] };
    const exitedEarly = await Promise.race([
      started.exited.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 100)),
    ]);
    if (exitedEarly || Date.now() > deadline) {
      started.child.kill("SIGKILL");
      throw new Error(`the server did not start:\n${started.stdout()}\n${started.stderr()}`);
    }
  }
}

/**
 * The demo data folder as the start command leaves it after its first start, migrated and seeded:
 * made once by a project's global setup (the built server started on an empty folder and stopped),
 * so that each test's server starts on a copy instead of migrating and seeding anew.
 */
export async function makeDemoDataTemplate(): Promise<{ folder: string; remove: () => void }> {
  const folder = mkdtempSync(join(tmpdir(), "kraftsamling-demo-template-"));
  const server = await startServer({ DATA_DIR: folder, PORT: String(await freePort()) });
  server.child.kill("SIGTERM");
  const code = await server.exited;
  if (code !== 0) {
    throw new Error(`the template's server did not stop cleanly (${code}):\n${server.stderr()}`);
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * A data folder of one server's own, holding the seeded demo data: a copy of the project's template
 * when its setup made one, otherwise an empty folder that the server migrates and seeds itself.
 */
export function demoDataFolder(): string {
  const folder = tempFolder();
  const template = inject("demoDataTemplate");
  if (template) cpSync(template, folder, { recursive: true });
  return folder;
}
