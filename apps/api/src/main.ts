import { ConfigError, loadConfig } from "@kraftsamling/config";
import { DatabaseStartError, openDatabase, seed } from "@kraftsamling/db";
import { demoPassword } from "@kraftsamling/db/demo";
import { hashPassword } from "./accounts/passwords";
import { removeExpiredLimits } from "./accounts/rate-limits";
import { removeExpiredSessions } from "./accounts/sessions";
import { renderMissingPostHtml } from "./blog/post-html";
import { demoPeopleForConsole } from "./demo-people";
import { renderMissingCommentHtml } from "./dialogue/comment-html";
import { createMailer } from "./mail/mailer";
import { deleteExpiredRespondents, refuseAbandonedImports } from "./measurement/service";
import {
  type RateLimitStore,
  RedisStartError,
  redisStore,
  useRateLimitStore,
} from "./rate-limits/store";
import { assertPortFree, createServer, PortInUseError } from "./server";
import { createClock } from "./shared/clock";
import { createLog } from "./shared/log";

/** Starts Kraftsamling: configuration, database (migrated and seeded), then the server on one port. */
async function main() {
  const config = loadConfig();
  const log = createLog(config.logLevel);
  await assertPortFree(config.port, config.host);
  const database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await database.migrate();
    const report = await seed(database.db, {
      demo: config.seedDemo,
      demoPasswordHash: config.seedDemo ? await hashPassword(demoPassword) : undefined,
    });
    await removeExpiredSessions(database);
    // Counters of sign-ins and mail hold client addresses: none is kept past its window.
    await removeExpiredLimits(database);
    const added = Object.entries(report).filter(([, n]) => n > 0);
    if (added.length > 0)
      log.info(`seeded ${added.map(([table, n]) => `${n} ${table}`).join(", ")}`);
  } catch (error) {
    await database.close();
    throw error;
  }

  const mailer = createMailer({
    database,
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    log,
    printLinks: config.nodeEnv === "development",
  });
  const clock = createClock(config.demoDate);
  // Survey respondents' rows are kept no longer than the retention the coordinator set.
  await deleteExpiredRespondents(database.db, { clock }).catch((error) =>
    log.warn("could not delete expired survey respondents", error),
  );
  // No import runs before the server takes requests: one noted as running was cut off.
  await refuseAbandonedImports(database.db, { clock }, clock.now()).catch((error) =>
    log.warn("could not close abandoned survey imports", error),
  );
  if (config.demoDate)
    log.info(`DEMO_DATE: the portal's clock started at ${config.demoDate.toISOString()}`);
  // With REDIS_URL every limit (the API's budgets, sign-ins, mail) counts in Redis.
  let limitStore: RateLimitStore | undefined;
  try {
    limitStore = config.redisUrl ? await redisStore(config.redisUrl) : undefined;
  } catch (error) {
    await database.close();
    throw error;
  }
  if (limitStore) useRateLimitStore(database, limitStore);
  if (!config.rateLimits.enabled)
    log.warn("RATE_LIMITS=off: no request is counted against a budget");
  const server = await createServer({
    database,
    log,
    services: { mailer, config, clock },
    rateLimits: config.rateLimits,
    rateLimitStore: limitStore,
    retention: config.retention,
  });
  let url: string;
  try {
    ({ url } = await server.listen(config.port, config.host));
  } catch (error) {
    await server.stop().catch(() => {});
    await database.close();
    throw error;
  }

  // Comments and blog posts written before their HTML was stored get it now, while the server
  // already answers (reads render what is missing meanwhile, and never write).
  let stopping = false;
  const storingHtml = (async () => {
    const comments = await renderMissingCommentHtml(database.db, () => stopping);
    const posts = stopping ? 0 : await renderMissingPostHtml(database.db);
    if (comments + posts > 0)
      log.info(`stored the HTML of ${comments} comments and ${posts} blog posts`);
  })().catch((error) => log.warn("could not store the HTML of older comments and posts", error));

  // And every hour while running.
  const hourly = setInterval(() => {
    removeExpiredLimits(database).catch((error) => log.warn("could not remove old counts", error));
    deleteExpiredRespondents(database.db, { clock }).catch((error) =>
      log.warn("could not delete expired survey respondents", error),
    );
    refuseAbandonedImports(database.db, { clock }).catch((error) =>
      log.warn("could not close abandoned survey imports", error),
    );
  }, 3600_000);
  hourly.unref();

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // One calm line for a stop (Ctrl-C is an ordinary way to end the server): "stopped cleanly".
    log.debug(`${signal}: finishing requests under way, then stopping`);
    clearInterval(hourly);
    try {
      await server.stop();
      // A batch of the start-up work under way ends before the database closes beneath it.
      await storingHtml;
      await limitStore?.close();
      mailer.close();
      await database.close();
      log.info("stopped cleanly");
      process.exit(0);
    } catch (error) {
      log.error("could not stop cleanly", error);
      process.exit(1);
    }
  };
  // Before the address is announced: whoever reads it may press Ctrl-C at once.
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  const where =
    database.kind === "pglite"
      ? `embedded PGlite in ${config.dataDir}`
      : "PostgreSQL (DATABASE_URL)";
  // One write, so that whoever reads the URL also has the demo people.
  const demo = config.seedDemo ? demoPeopleForConsole() : "\n";
  process.stdout.write(
    `\nKraftsamling is running at ${url}\nDatabase: ${where}\nGraphQL: ${url}graphql\n${demo}`,
  );
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof DatabaseStartError ||
    error instanceof PortInUseError ||
    error instanceof RedisStartError
  ) {
    process.stderr.write(`Kraftsamling cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(
      `Kraftsamling cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
