type Level = "error" | "warn" | "info" | "debug";
const order: Record<Level, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export interface Log {
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

/** One line per event on standard error, so standard output stays for what the user asked for. */
export function createLog(level: Level): Log {
  const write = (at: Level) => (message: string, detail?: unknown) => {
    if (order[at] > order[level]) return;
    const suffix =
      detail === undefined
        ? ""
        : ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
    process.stderr.write(`${new Date().toISOString()} ${at.padEnd(5)} ${message}${suffix}\n`);
  };
  return { error: write("error"), warn: write("warn"), info: write("info"), debug: write("debug") };
}
