import { PGlite } from "@electric-sql/pglite";

const db = await PGlite.create();
await db.exec(`create type c as enum ('a','b'); create table t (x c); insert into t values ('a');`);
console.log((await db.query(`select * from t`)).rows);
try {
  await db.exec(`create index on t (x)`);
  console.log("index ok");
} catch (e) {
  console.log("index fail", e.message);
}
try {
  console.log((await db.query(`insert into t values ($1) returning *`, ["b"])).rows);
} catch (e) {
  console.log("param fail", e.message);
}
const c = await db.clone();
try {
  console.log((await c.query(`insert into t values ($1) returning *`, ["b"])).rows);
} catch (e) {
  console.log("clone param fail", e.message);
}
console.log((await db.query("select version()")).rows);
