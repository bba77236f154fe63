import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { type TestApi, testApi } from "./support";

/** Parameters aside, the SQL a query issues. */
function shape(statement: string): string {
  return statement.replace(/\$\d+/g, "$n").replace(/\s+/g, " ").trim();
}

const auditPage = `{ auditLogConnection(first: 50) {
  totalCount edges { cursor node { id at actorName action actor { name } } } pageInfo { hasNextPage endCursor }
} }`;
const peoplePage = `{ peopleConnection(first: 50, search: "prov") {
  totalCount nodes { id name email role memberships { role organisation { name } } } pageInfo { hasNextPage endCursor }
} }`;

describe("a page of the audit log or of people costs the same statements however long the list", () => {
  let api: TestApi;
  let coordinator: Viewer;
  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
  });
  afterAll(async () => {
    await api?.close();
  });

  /** The statements of one page, after the lists have grown to `rows`. */
  async function statementsAt(rows: number, query: string): Promise<string[]> {
    const [{ entries = 0 } = {}] = await api.database.rows<{ entries: number }>(
      sql`select count(*)::int as entries from audit_log where action = 'prov.rad'`,
    );
    const more = rows - entries;
    if (more > 0) {
      await api.database.db.execute(sql`insert into audit_log (actor_id, actor_name, action, subject_type, at)
        select ${coordinator.personId}, 'Provaktör', 'prov.rad', 'thing', now() - g * interval '1 second'
        from generate_series(1, ${more}) g`);
      await api.database.db.execute(sql`insert into people (name, email)
        select 'Provperson ' || (${entries} + g), 'prov' || (${entries} + g) || '@prov.example'
        from generate_series(1, ${more}) g`);
    }
    api.clearStatements();
    await api.query(query, {}, coordinator);
    return api.statements.map(shape);
  }

  it("the audit log (with who did it) and people (with their organisations): a page of 50 and the count", async () => {
    const small = [await statementsAt(100, auditPage), await statementsAt(100, peoplePage)];
    const large = [await statementsAt(2_000, auditPage), await statementsAt(2_000, peoplePage)];
    expect(large).toEqual(small);
    expect(small.map((statements) => statements.length)).toEqual([2, 2]);
  });
});
