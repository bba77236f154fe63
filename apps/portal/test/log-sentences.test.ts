import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sv } from "../src/i18n/log";
import { en } from "../src/i18n/log.en";
import { loggedActions } from "../src/lib/log-actions";
import { changeLines } from "../src/lib/log-changes";

const apiSource = join(import.meta.dirname, "../../api/src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The string literals a call of `name` in `text` passes, up to its first object or its end. */
function literalsPassedTo(text: string, name: string): string[] {
  const found: string[] = [];
  for (const call of text.matchAll(new RegExp(`\\b${name}\\(([^;{]*)`, "g"))) {
    const literal = /"([a-z_]+)"/.exec(call[1] ?? "")?.[1];
    if (literal) found.push(literal);
  }
  return found;
}

/**
 * Every action the API records, read from its source: each `recordAudit(` call's `action`, be it a
 * literal, a choice of two literals, a template whose ending is a choice of literals or a parameter of the function around it,
 * or a lookup in a table of literals. An action written some other way fails here, to be taught.
 */
function recordedActions(): Map<string, string> {
  const actions = new Map<string, string>();
  for (const file of sourceFiles(apiSource)) {
    const text = readFileSync(file, "utf8");
    for (const call of text.matchAll(/recordAudit\(/g)) {
      const at = call.index ?? 0;
      if (/export (async )?function recordAudit/.test(text.slice(Math.max(0, at - 30), at + 12)))
        continue;
      const head = text.slice(at, at + 300);
      const where = `${file.slice(apiSource.length + 1)} at ${at}`;
      const literal = /action:\s*"([^"]+)"/.exec(head);
      const template = /action:\s*`([^`$]*)\$\{([^}]*)\}`/.exec(head);
      const choice = /action:\s*[\w.]+\s*\?\s*"([^"]+)"\s*:\s*"([^"]+)"/.exec(head);
      const lookup = /action:\s*(\w+)\[\w+\]/.exec(head);
      if (literal?.[1]) {
        actions.set(literal[1], where);
      } else if (choice?.[1] && choice[2]) {
        actions.set(choice[1], where);
        actions.set(choice[2], where);
      } else if (template) {
        const [, prefix = "", expression = ""] = template;
        const endings = expression.includes("?")
          ? [...expression.matchAll(/[?:]\s*"([a-z_]+)"/g)].map((m) => m[1] ?? "")
          : (() => {
              const around = [...text.slice(0, at).matchAll(/function (\w+)\(/g)].at(-1)?.[1];
              if (!around) throw new Error(`no function around the action at ${where}`);
              return literalsPassedTo(text, around);
            })();
        if (endings.length === 0) throw new Error(`cannot read the actions at ${where}`);
        for (const ending of endings) actions.set(`${prefix}${ending}`, where);
      } else if (lookup?.[1]) {
        const table = new RegExp(`const ${lookup[1]}[^=]*=\\s*\\{([^}]*)\\}`).exec(text)?.[1];
        if (!table) throw new Error(`no table ${lookup[1]} for the action at ${where}`);
        for (const value of table.matchAll(/:\s*"([^"]+)"/g)) actions.set(value[1] ?? "", where);
      } else {
        throw new Error(`cannot read the action at ${where}: ${head.slice(0, 120)}`);
      }
    }
  }
  return actions;
}

describe("every action the API records reads as a sentence", () => {
  const recorded = recordedActions();

  it("finds the actions, those made at run time included", () => {
    // Made from a status, a parameter and a table: the reading above must see through them.
    for (const action of ["meeting.publish", "moderation.speaker.floor", "finding.submit"])
      expect(recorded.has(action), action).toBe(true);
    expect(recorded.size).toBeGreaterThan(40);
  });

  it("has a sentence and a name in Swedish and English for each", () => {
    const svTexts: Record<string, unknown> = sv;
    const enTexts: Record<string, unknown> = en;
    const missing = [...recorded.keys()].filter(
      (action) =>
        !loggedActions.includes(action) ||
        typeof enTexts[`log.sentence.${action}`] !== "string" ||
        typeof svTexts[`log.name.${action}`] !== "string" ||
        typeof enTexts[`log.name.${action}`] !== "string",
    );
    expect(missing).toEqual([]);
  });

  it("names the actor in every sentence, and the subject where there is one", () => {
    for (const action of loggedActions) {
      for (const texts of [sv, en] as unknown as Record<string, string>[]) {
        const sentence = texts[`log.sentence.${action}`] ?? "";
        expect(sentence, action).toMatch(/^\{actor\} /);
        expect(sentence, action).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);
      }
    }
    // An action recorded in the future still reads as a sentence, without its code.
    expect(sv["log.generic"]).toContain("{actor}");
    expect(sv["log.generic"]).not.toContain("{action}");
  });
});

describe("a change reads as fields and values in words", () => {
  const format = {
    t: (key: string, vars: Record<string, string | number> = {}) => {
      const message = (sv as Record<string, string | { one: string; other: string }>)[key];
      if (message === undefined) throw new Error(`no message ${key}`);
      const text =
        typeof message === "string" ? message : vars.count === 1 ? message.one : message.other;
      return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
    },
    formatDateTime: (value: string | Date) =>
      new Intl.DateTimeFormat("sv-SE", {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: "Europe/Stockholm",
      }).format(new Date(value)),
    formatDate: (value: string | Date) => `dag ${String(value)}`,
    formatNumber: (value: number) => new Intl.NumberFormat("sv-SE").format(value),
  } as unknown as Parameters<typeof changeLines>[1];

  it("tells a status change with the statuses as words", () => {
    expect(
      changeLines(
        {
          action: "meeting.publish",
          before: { status: "draft" },
          after: { status: "published" },
          references: [],
        },
        format,
      ),
    ).toEqual(["Status: utkast → publicerad"]);
  });

  it("shows times in Swedish time, names for ids, and cuts long texts", () => {
    const personId = "6f1c2b1e-8a3c-4b7e-9a55-0c1d2e3f4a5b";
    const lines = changeLines(
      {
        action: "meeting.update",
        before: { startsAt: "2026-06-01T08:00:00.000Z", description: "Kort" },
        after: {
          startsAt: "2026-06-01T09:00:00.000Z",
          description: "Lång ".repeat(40),
          personId,
          slotId: "0d1c2b1e-8a3c-4b7e-9a55-0c1d2e3f4a5b",
        },
        references: [{ id: personId, kind: "PERSON", name: "Ingrid Holm" }],
      },
      format,
    );
    expect(lines[0]).toMatch(/^Starttid: 1 juni 2026 (kl. )?10:00 → 1 juni 2026 (kl. )?11:00$/);
    expect(lines[1]).toMatch(/^Beskrivning: Kort → (Lång )+Lång…$/);
    expect(lines[1]?.length).toBeLessThan(120);
    expect(lines[2]).toBe("Person: Ingrid Holm");
    expect(lines).toHaveLength(3);
    expect(lines.join(" ")).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  });
});
