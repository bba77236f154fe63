import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("..", import.meta.url));
export const apiMain = process.env.API_MAIN ?? `${repoRoot}apps/api/dist/main.js`;
const benchDir = fileURLToPath(new URL(".", import.meta.url));

/** A port nothing listens on now, for a server of the run: the tests' own. */
export { freePort } from "@kraftsamling/api/testing";

export interface Started {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export type DatabaseTarget = { databaseUrl: string } | { dataDir: string };

const databaseEnv = (target: DatabaseTarget): Record<string, string> =>
  "databaseUrl" in target ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: target.dataDir };

/** Whatever this run started is stopped when it ends, also when it fails. */
const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
});

/** Starts a process and waits until it prints `ready` (with the URL after it), for at most 3 min. */
function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  cwd: string,
): Promise<Started> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`${name} did not start within 3 minutes`)),
      180_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${error.message}\n${output}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      // Keep draining what it prints, so that it never blocks on a full pipe.
      child.stdout?.resume();
      resolve({
        url: match[1] ?? "",
        process: child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
          }),
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => fail(new Error(`${name} exited with ${code}`)));
  });
}

/** The built API (`node apps/api/dist/main.js`), production mode, rate limits off, counting statements. */
export function startApi(target: DatabaseTarget, port: number, main = apiMain): Promise<Started> {
  return startProcess(
    "the API",
    [main],
    {
      ...databaseEnv(target),
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "error",
      RATE_LIMITS: "off",
      DB_STATEMENT_COUNT: "on",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    /Kraftsamling is running at (\S+)/,
    repoRoot,
  );
}

/** The floor server of bench/floor-server.ts, through tsx. */
export function startFloor(target: DatabaseTarget, port: number): Promise<Started> {
  return startProcess(
    "the floor server",
    ["--import", "tsx", `${benchDir}floor-server.ts`],
    { ...databaseEnv(target), PORT: String(port) },
    /floor server at (\S+)/,
    benchDir,
  );
}

/**
 * The stack floor of bench/stack-floor-server.ts, through tsx: Apollo Server and graphql-js on the
 * API's schema, answering from `answersFile` (each operation's name and the API's `data` for it).
 */
export function startStackFloor(answersFile: string, port: number): Promise<Started> {
  return startProcess(
    "the stack floor server",
    ["--import", "tsx", `${benchDir}stack-floor-server.ts`],
    { ANSWERS: answersFile, PORT: String(port), NODE_ENV: "production" },
    /stack floor server at (\S+)/,
    benchDir,
  );
}

/** The resident set size of a process, in MB (Linux). */
export function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every 100 ms, keeping the peak, until stopped. */
export function watchRss(pid: number | undefined): { peak: () => number; stop: () => void } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 100);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}
