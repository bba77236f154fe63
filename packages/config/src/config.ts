import { isIP } from "node:net";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { type RetentionSettings, retentionSettingsOf, retentionVariables } from "./retention";

/** The project's root folder, so that the default data folder does not depend on the working directory. */
const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

const postgresUrl = z
  .string()
  .refine((value) => value.trim() !== "", {
    message:
      "is set but empty: unset it to use the embedded database, or give a URL such as postgres://postgres@127.0.0.1:5432/kraftsamling",
  })
  .refine(
    (value) => {
      if (value.trim() === "") return true;
      try {
        const url = new URL(value);
        return (
          (url.protocol === "postgres:" || url.protocol === "postgresql:") &&
          url.hostname !== "" &&
          url.pathname.length > 1
        );
      } catch {
        return false;
      }
    },
    {
      message:
        "is not a PostgreSQL URL: give postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, for example postgres://postgres@127.0.0.1:5432/kraftsamling",
    },
  );

const port = z.coerce
  .number({ message: "must be a whole number between 1 and 65535, for example 4000" })
  .int({ message: "must be a whole number between 1 and 65535, for example 4000" })
  .min(1, { message: "must be a whole number between 1 and 65535, for example 4000" })
  .max(65535, { message: "must be a whole number between 1 and 65535, for example 4000" });

const flag = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

/** The names Express (proxy-addr) gives to groups of addresses. */
const proxyNames = ["loopback", "linklocal", "uniquelocal"];

/** Why one entry of TRUST_PROXY is not an address, a range or a name; null when it is fine. */
function proxyEntryProblem(entry: string): string | null {
  if (entry === "") return "has an empty entry between commas";
  if (proxyNames.includes(entry)) return null;
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0)
    return `has ${JSON.stringify(entry)}, which is neither an IP address, a CIDR range such as 10.0.0.0/8, nor loopback, linklocal or uniquelocal`;
  if (prefix === undefined) return null;
  const bits = version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits)
    return `has ${JSON.stringify(entry)}, whose prefix length must be a whole number from 0 to ${bits}`;
  return null;
}

const trustProxy = z
  .string()
  .superRefine((value, ctx) => {
    if (value.trim() === "") return;
    for (const entry of value.split(",").map((e) => e.trim())) {
      const problem = proxyEntryProblem(entry);
      if (problem) {
        ctx.addIssue({
          code: "custom",
          message: `${problem}: give the proxies whose X-Forwarded-For to believe as a comma-separated list such as 10.0.0.1,10.0.1.0/24 or loopback, or leave it unset to trust none`,
        });
        return;
      }
    }
  })
  .transform((value) =>
    value
      .split(",")
      .map((e) => e.trim())
      .filter((e) => e !== ""),
  );

/** A budget of requests a minute: a whole number of at least 1. */
const budget = z.coerce
  .number({ message: "must be a whole number of requests a minute, for example 60" })
  .int({ message: "must be a whole number of requests a minute, for example 60" })
  .min(1, { message: "must be at least 1 request a minute" });

const redisUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname !== "";
    } catch {
      return false;
    }
  },
  {
    message:
      "is not a Redis URL: give redis://[:PASSWORD@]HOST[:PORT][/DB], for example redis://127.0.0.1:6379, or unset it to count in the database",
  },
);

/** Where people write to the coordinator's office when CONTACT_EMAIL is not set: a demo address. */
export const defaultContactEmail = "kansliet@kraftsamling.example";

const contactEmail = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, {
  message: "must be an e-mail address, for example kansliet@example.se",
});

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], {
      message: "must be development, production or test",
    })
    .default("development"),
  PORT: port.default(4000),
  HOST: z
    .string()
    .min(1, { message: "must name an interface, for example 127.0.0.1 or 0.0.0.0" })
    .default("127.0.0.1"),
  DATA_DIR: z
    .string()
    .min(1, { message: "must name a folder" })
    .default(`${projectRoot}.data/pglite`),
  DATABASE_URL: postgresUrl.optional(),
  PUBLIC_URL: z
    .url({ message: "must be an absolute URL, for example https://kraftsamling.example.se" })
    .optional(),
  SEED_DEMO: flag.default(true),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/[^/]+/.test(v), {
      message:
        "must be an SMTP URL such as smtp://user:password@mail.example.se:587 or smtps://mail.example.se:465",
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, { message: "must be a sender such as Kraftsamling <no-reply@example.se>" })
    .default("Kraftsamling <no-reply@kraftsamling.example>"),
  DEMO_DATE: z
    .string()
    .refine((v) => v === "" || demoDateOf(v) !== null, {
      message:
        "must be a date such as 2017-06-20 (noon in Stockholm that day) or a moment such as 2017-06-20T09:00:00+02:00",
    })
    .optional(),
  LOG_LEVEL: z
    .enum(["error", "warn", "info", "debug"], { message: "must be error, warn, info or debug" })
    .default("info"),
  TRUST_PROXY: trustProxy.optional(),
  REDIS_URL: redisUrl.optional(),
  RATE_LIMITS: z.enum(["on", "off"], { message: "must be on or off" }).default("on"),
  RATE_LIMIT_ANONYMOUS: budget.default(60),
  RATE_LIMIT_API_KEY: budget.default(600),
  RATE_LIMIT_PORTAL_SESSION: budget.default(600),
  RATE_LIMIT_PORTAL_ADDRESS: budget.default(1200),
  ...retentionVariables,
  CONTACT_EMAIL: contactEmail.default(defaultContactEmail),
  CONTACT_POSTAL_ADDRESS: z.string().optional(),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  seedDemo: boolean;
  /** Unset: e-mail is kept in the outbox only. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Meetings behave as if the clock had started at this moment when the server started; unset: real time. */
  demoDate: Date | undefined;
  logLevel: "error" | "warn" | "info" | "debug";
  /**
   * The proxies whose X-Forwarded-For tells the client's address (IP addresses, CIDR ranges, or
   * loopback, linklocal, uniquelocal); empty: trust none, the socket's address is the client's.
   */
  trustProxy: string[];
  /** Where the rate limits count, shared by every API instance; unset: in the database. */
  redisUrl: string | undefined;
  rateLimits: RateLimitSettings;
  /** How long each kind of personal data is kept (RETENTION_*). */
  retention: RetentionSettings;
  /** The coordinator's office's e-mail address, shown on the portal's contact page. */
  contactEmail: string;
  /** The office's postal address, one line each (CONTACT_POSTAL_ADDRESS split at `;`); empty: none shown. */
  contactPostalAddress: string[];
};

/** The API's budgets, in points a minute (a point is one request of ordinary cost). */
export interface RateLimitSettings {
  /** RATE_LIMITS=off: no request is counted or refused (for load runs); the sign-in and mail limits stay. */
  enabled: boolean;
  /** A third party's request without a key, per client address. */
  anonymous: number;
  /** A request with an API key, per key. */
  apiKey: number;
  /** The portal's own (persisted) operations, per signed-in session. */
  portalSession: number;
  /** The portal's own operations without a session, per client address (an office shares one). */
  portalAddress: number;
}

/**
 * DEMO_DATE as a moment: a plain date is noon in Stockholm that day (12:00 is never near a change
 * of day or of summer time), anything else must carry its offset.
 */
function demoDateOf(value: string): Date | null {
  const plainDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (
    !plainDate &&
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  )
    return null;
  const guess = new Date(plainDate ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(guess.getTime())) return null;
  if (!plainDate) return guess;
  // Noon in Stockholm is 10:00 or 11:00 UTC: take the offset Stockholm has at that moment.
  const stockholmHour = Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Stockholm",
      hour: "2-digit",
      hourCycle: "h23",
    }).format(guess),
  );
  return new Date(guess.getTime() - (stockholmHour - 12) * 3600_000);
}

/** Thrown when the environment is wrong; its message names the variable and what to change. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads and validates the environment. The only place in the project that reads `process.env`.
 * Every other module receives a `Config`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    // A database URL may hold a password: never repeat it.
    const got =
      variable === "DATABASE_URL" || variable === "SMTP_URL" || variable === "REDIS_URL"
        ? ""
        : ` (got ${JSON.stringify(env[variable] ?? "")})`;
    throw new ConfigError(`${variable} ${issue?.message ?? "is invalid"}${got}.`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    publicUrl: (
      e.PUBLIC_URL ?? `http://${e.HOST === "0.0.0.0" ? "localhost" : e.HOST}:${e.PORT}`
    ).replace(/\/$/, ""),
    seedDemo: e.SEED_DEMO,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demoDate: e.DEMO_DATE ? (demoDateOf(e.DEMO_DATE) ?? undefined) : undefined,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY ?? [],
    redisUrl: e.REDIS_URL,
    rateLimits: {
      enabled: e.RATE_LIMITS === "on",
      anonymous: e.RATE_LIMIT_ANONYMOUS,
      apiKey: e.RATE_LIMIT_API_KEY,
      portalSession: e.RATE_LIMIT_PORTAL_SESSION,
      portalAddress: e.RATE_LIMIT_PORTAL_ADDRESS,
    },
    retention: retentionSettingsOf(e),
    contactEmail: e.CONTACT_EMAIL,
    contactPostalAddress: (e.CONTACT_POSTAL_ADDRESS ?? "")
      .split(";")
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  };
}
