import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApi, testApi } from "./support";

/** Parameters and aliases aside, the SQL a nested query issues: a new statement here is an N+1. */
function shape(statement: string): string {
  return statement.replace(/\$\d+/g, "$n").replace(/\s+/g, " ").trim();
}

describe("SQL issued by nested queries", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi({ today: new Date("2026-11-23T12:00:00Z") });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("counties → municipalities → group takes one statement", async () => {
    api.clearStatements();
    await api.query(`{ counties { name municipalities { name group { code name } } } }`);
    expect(api.statements).toHaveLength(1);
    expect(api.statements.map(shape)).toMatchSnapshot();
  });

  it("themes → phase, visit questions → theme takes one statement", async () => {
    api.clearStatements();
    await api.query(`{ themes { title phase { name } visitQuestions { text theme { slug } } } }`);
    expect(api.statements).toHaveLength(1);
    expect(api.statements.map(shape)).toMatchSnapshot();
  });

  it("meetings → organisations → municipality takes one statement", async () => {
    api.clearStatements();
    await api.query(
      `{ meetings { title organisations { name municipality { name } } seminars { title } } }`,
    );
    expect(api.statements).toHaveLength(1);
    expect(api.statements.map(shape)).toMatchSnapshot();
  });

  it("a conference's page with its programme, places and the viewer's picks takes one statement", async () => {
    const viewer = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    api.clearStatements();
    await api.query(
      `{ meeting(slug: "regional-konferens-malmo-2017-08-29") {
        title onlineUrl remainingPlaces full registrationState myRegistration { status waitingListPosition }
        agenda { title speakers } documents { fileName url }
        programme { title myPick { title } seminars { title remainingPlaces full pickedByMe } }
      } }`,
      {},
      viewer,
    );
    expect(api.statements).toHaveLength(1);
  });
});
