import { randomBytes } from "node:crypto";
import { loadConfig } from "@kraftsamling/config";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres } from "../src/client";
import { type NamedStatementLimits, nameRepeatedStatements } from "../src/named-statements";
import { testsUsePostgres } from "../src/testing";

/** The statements the pool's one connection keeps, by their text. */
async function keptStatements(pool: pg.Pool): Promise<Map<string, string>> {
  const result = await pool.query<{ name: string; statement: string }>(
    "select name, statement from pg_prepared_statements",
  );
  return new Map(result.rows.map((row) => [row.statement, row.name]));
}

const sum = "select $1::int + $2::int as sum";
const product = "select $1::int * $2::int as product";
const difference = "select $1::int - $2::int as difference";

describe.runIf(testsUsePostgres())("statements sent again get a name on PostgreSQL", () => {
  let pool: pg.Pool | undefined;
  afterEach(async () => {
    await pool?.end();
    pool = undefined;
  });

  /** A pool of one connection, so that every statement lands where the test looks. */
  function onePool(limits?: NamedStatementLimits) {
    pool = new pg.Pool({ connectionString: loadConfig().databaseUrl, max: 1 });
    pool.on("error", () => {});
    nameRepeatedStatements(pool, limits);
    return pool;
  }

  it("names a text from its second sighting, keeps it once, and answers each time", async () => {
    const db = onePool();
    const first = await db.query({ text: sum, values: [2, 3] });
    expect(first.rows).toEqual([{ sum: 5 }]);
    expect((await keptStatements(db)).has(sum)).toBe(false);

    const answers = [];
    for (const [a, b] of [
      [4, 5],
      [10, -3],
      [0, 0],
    ])
      answers.push((await db.query({ text: sum, values: [a, b] })).rows[0]);
    expect(answers).toEqual([{ sum: 9 }, { sum: 7 }, { sum: 0 }]);
    const kept = await keptStatements(db);
    expect(kept.get(sum)).toMatch(/^k0_[A-Za-z0-9_-]{40}$/);
    expect([...kept.keys()].filter((text) => text === sum)).toHaveLength(1);
  });

  it("gives different texts different names, and stops naming at the limit", async () => {
    const db = onePool({ named: 2, remembered: 10, periodMs: 600_000 });
    for (const text of [sum, product, difference, sum, product, difference])
      await db.query({ text, values: [6, 3] });
    const kept = await keptStatements(db);
    expect(kept.get(sum)).toBeDefined();
    expect(kept.get(product)).toBeDefined();
    expect(kept.get(sum)).not.toBe(kept.get(product));
    expect(kept.has(difference)).toBe(false);
    const answer = await db.query({ text: difference, values: [6, 3] });
    expect(answer.rows).toEqual([{ difference: 3 }]);
  });

  it("gives the names anew each period, so that a text that came late gets one", async () => {
    let clock = 0;
    const db = onePool({ named: 1, remembered: 10, periodMs: 1000, now: () => clock });
    for (const text of [sum, sum, product, product]) await db.query({ text, values: [6, 3] });
    expect((await keptStatements(db)).has(product)).toBe(false);
    clock = 1000;
    for (const text of [product, product]) await db.query({ text, values: [6, 3] });
    const kept = await keptStatements(db);
    expect(kept.get(sum)).toMatch(/^k0_/);
    expect(kept.get(product)).toMatch(/^k1_/);
    expect((await db.query({ text: product, values: [6, 3] })).rows).toEqual([{ product: 18 }]);
  });

  it("leaves a text given as a string, and a statement named by its sender, as they are", async () => {
    const db = onePool();
    for (let i = 0; i < 3; i += 1) await db.query(product, [2, 2]);
    await db.query({ name: "own_name", text: difference, values: [1, 1] });
    await db.query({ name: "own_name", text: difference, values: [1, 1] });
    const kept = await keptStatements(db);
    expect(kept.has(product)).toBe(false);
    expect(kept.get(difference)).toBe("own_name");
  });

  it("leaves a text without parameters unnamed: it may hold several commands", async () => {
    const db = onePool();
    const twoCommands = "select 1 as one; select 2 as two";
    for (let i = 0; i < 3; i += 1) {
      const results = (await db.query({ text: twoCommands })) as unknown as pg.QueryResult[];
      expect(results.map((result) => result.rows)).toEqual([[{ one: 1 }], [{ two: 2 }]]);
    }
    expect((await keptStatements(db)).has(twoCommands)).toBe(false);
  });

  it("still answers when another instance changed a column's type under a named statement", async () => {
    const db = onePool();
    const table = `named_probe_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: loadConfig().databaseUrl });
    await admin.connect();
    try {
      await admin.query(`create table ${table} (v int); insert into ${table} values (7)`);
      const read = `select v from ${table} where v > $1`;
      const readWhole = async () => {
        await db.query({ text: read, values: [0] });
        await db.query({ text: read, values: [0] });
        expect((await keptStatements(db)).has(read)).toBe(true);
      };
      // A wider type: the kept plan's result type changed.
      await readWhole();
      await admin.query(`alter table ${table} alter column v type bigint`);
      expect((await db.query({ text: read, values: [0] })).rows).toEqual([{ v: "7" }]);
      // Text: the parameter the statement was prepared with no longer compares.
      await readWhole();
      await admin.query(`alter table ${table} alter column v type text`);
      expect((await db.query({ text: read, values: ["0"] })).rows).toEqual([{ v: "7" }]);
      // A statement that fails for its own reasons fails as it would unnamed.
      const divide = `select v::int / $1::int as q from ${table}`;
      await db.query({ text: divide, values: [1] });
      await expect(db.query({ text: divide, values: [0] })).rejects.toMatchObject({
        code: "22012",
      });
    } finally {
      await admin.query(`drop table if exists ${table}`);
      await admin.end();
    }
  });

  it("answers on a new connection after the server closed the one that held the name", async () => {
    const db = onePool();
    await db.query({ text: sum, values: [1, 1] });
    await db.query({ text: sum, values: [1, 1] });
    const { rows } = await db.query<{ pid: number }>("select pg_backend_pid() as pid");
    const removed = new Promise((done) => db.once("remove", done));
    const admin = new pg.Client({ connectionString: loadConfig().databaseUrl });
    await admin.connect();
    try {
      await admin.query("select pg_terminate_backend($1)", [rows[0]?.pid]);
    } finally {
      await admin.end();
    }
    // The pool drops the lost connection; the next one has not seen the name and parses it again.
    await removed;
    const answer = await db.query({ text: sum, values: [20, 22] });
    expect(answer.rows).toEqual([{ sum: 42 }]);
    expect((await keptStatements(db)).has(sum)).toBe(true);
  });

  it("plans a kept statement of the API's for the values of each run, not once for any", async () => {
    const databaseUrl = loadConfig().databaseUrl;
    if (!databaseUrl) throw new Error("DATABASE_URL names no PostgreSQL server");
    const database = await openPostgres(databaseUrl);
    try {
      // One after another, the runs share the pool's one connection, where the statement is kept.
      const answers = [];
      for (let run = 0; run < 9; run++)
        answers.push(...(await database.rows(sql`select ${run}::int + 1 as next`)));
      expect(answers.map((row) => row.next)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const [plans] = await database.rows<{ generic: number; custom: number }>(
        sql`select generic_plans::int as generic, custom_plans::int as custom
          from pg_prepared_statements where statement = ${"select $1::int + 1 as next"}`,
      );
      // Planned anew each of the eight runs it was kept for; never with a plan for any value.
      expect(plans).toEqual({ generic: 0, custom: 8 });
    } finally {
      await database.close();
    }
  });
});
