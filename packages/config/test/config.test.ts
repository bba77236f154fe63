import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src";

describe("configuration", () => {
  it("defaults to port 4000 and the embedded database", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.data\/pglite$/);
    expect(config.publicUrl).toBe("http://127.0.0.1:4000");
  });

  it("reads DEMO_DATE as noon in Stockholm that day, or as the moment given; unset is real time", () => {
    expect(loadConfig({ DEMO_DATE: "2017-06-20" }).demoDate?.toISOString()).toBe(
      "2017-06-20T10:00:00.000Z",
    );
    expect(loadConfig({ DEMO_DATE: "2017-01-10" }).demoDate?.toISOString()).toBe(
      "2017-01-10T11:00:00.000Z",
    );
    expect(loadConfig({ DEMO_DATE: "2017-09-19T08:00:00+02:00" }).demoDate?.toISOString()).toBe(
      "2017-09-19T06:00:00.000Z",
    );
    expect(loadConfig({}).demoDate).toBeUndefined();
    expect(loadConfig({ DEMO_DATE: "" }).demoDate).toBeUndefined();
  });

  it("takes PORT, DATA_DIR and a PostgreSQL DATABASE_URL", () => {
    const config = loadConfig({
      PORT: "5123",
      DATA_DIR: "/srv/ks",
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test",
    });
    expect(config).toMatchObject({
      port: 5123,
      dataDir: "/srv/ks",
      databaseUrl: "postgres://postgres@127.0.0.1:5432/test",
    });
  });

  it.each([
    [{ PORT: "abc" }, /^PORT must be a whole number between 1 and 65535/],
    [{ PORT: "70000" }, /^PORT must be a whole number between 1 and 65535/],
    [{ DATABASE_URL: "" }, /^DATABASE_URL is set but empty: unset it to use the embedded database/],
    [
      { DATABASE_URL: "mysql://root@localhost/x" },
      /^DATABASE_URL is not a PostgreSQL URL: give postgres:\/\//,
    ],
    [{ DATABASE_URL: "not a url" }, /^DATABASE_URL is not a PostgreSQL URL/],
    [{ NODE_ENV: "staging" }, /^NODE_ENV must be development, production or test/],
    [{ DEMO_DATE: "20 juni 2017" }, /^DEMO_DATE must be a date such as 2017-06-20/],
    [{ DEMO_DATE: "2017-06-20T09:00:00" }, /^DEMO_DATE must be a date such as 2017-06-20/],
  ])("refuses %j with a message that names the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("trusts no proxy without TRUST_PROXY, and the addresses, ranges or names it lists", () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "" }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "127.0.0.1" }).trustProxy).toEqual(["127.0.0.1"]);
    expect(loadConfig({ TRUST_PROXY: "loopback" }).trustProxy).toEqual(["loopback"]);
    expect(
      loadConfig({ TRUST_PROXY: " 10.0.0.1, 10.0.1.0/24,fd00::/8 ,loopback" }).trustProxy,
    ).toEqual(["10.0.0.1", "10.0.1.0/24", "fd00::/8", "loopback"]);
  });

  it.each([
    ["true", /^TRUST_PROXY has "true", which is neither an IP address, a CIDR range/],
    ["10.0.0.1,proxy.example", /^TRUST_PROXY has "proxy.example", which is neither/],
    ["10.0.0.0/33", /^TRUST_PROXY has "10.0.0.0\/33", whose prefix length must be .* 0 to 32/],
    ["10.0.0.1,,10.0.0.2", /^TRUST_PROXY has an empty entry between commas/],
    ["*", /^TRUST_PROXY has "\*"/],
  ])("refuses TRUST_PROXY=%s on one line that says what is wrong", (value, message) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(message);
    try {
      loadConfig({ TRUST_PROXY: value });
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
      expect((error as Error).message).toContain("leave it unset to trust none");
    }
  });

  it("never repeats a database URL, which may hold a password", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://user:secret@host/db" })).toThrow(
      /^(?!.*secret).*$/,
    );
  });
  it("counts rate limits in the database with the default budgets unless told otherwise", () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBeUndefined();
    expect(config.rateLimits).toEqual({
      enabled: true,
      anonymous: 60,
      apiKey: 600,
      portalSession: 600,
      portalAddress: 1200,
    });
    const tuned = loadConfig({
      REDIS_URL: "redis://127.0.0.1:6379",
      RATE_LIMITS: "off",
      RATE_LIMIT_ANONYMOUS: "30",
      RATE_LIMIT_API_KEY: "1000",
    });
    expect(tuned.redisUrl).toBe("redis://127.0.0.1:6379");
    expect(tuned.rateLimits).toMatchObject({ enabled: false, anonymous: 30, apiKey: 1000 });
  });

  it("refuses a budget that is not a whole number, and a REDIS_URL that is not one, without repeating it", () => {
    expect(() => loadConfig({ RATE_LIMIT_ANONYMOUS: "many" })).toThrow(
      /^RATE_LIMIT_ANONYMOUS must be a whole number of requests a minute/,
    );
    expect(() => loadConfig({ RATE_LIMIT_API_KEY: "0" })).toThrow(/must be at least 1/);
    expect(() => loadConfig({ RATE_LIMITS: "no" })).toThrow(/^RATE_LIMITS must be on or off/);
    expect(() => loadConfig({ REDIS_URL: "http://:secret@cache.example" })).toThrow(
      /^REDIS_URL is not a Redis URL(?!.*secret)/,
    );
  });

  it("gives the office's contact address from CONTACT_EMAIL, a demo address when unset, and refuses a non-address", () => {
    expect(loadConfig({}).contactEmail).toBe("kansliet@kraftsamling.example");
    expect(loadConfig({}).contactPostalAddress).toEqual([]);
    const set = loadConfig({
      CONTACT_EMAIL: "samordnaren@example.se",
      CONTACT_POSTAL_ADDRESS: "Samordnarens kansli; Box 1; 100 00 Exempelstad ;",
    });
    expect(set.contactEmail).toBe("samordnaren@example.se");
    expect(set.contactPostalAddress).toEqual([
      "Samordnarens kansli",
      "Box 1",
      "100 00 Exempelstad",
    ]);
    expect(() => loadConfig({ CONTACT_EMAIL: "kansliet" })).toThrow(
      /^CONTACT_EMAIL must be an e-mail address/,
    );
  });
});
