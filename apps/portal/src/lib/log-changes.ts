import type { I18n } from "../i18n";
import { logKey } from "./log-actions";

/** Something an entry's JSON names by id, by its name now (null when it is gone). */
export interface LogReference {
  id: string;
  kind: string;
  name: string | null;
}

/** What an entry changed: its JSON before and after, and the names of what they name by id. */
export interface LogChangeSource {
  action: string;
  before: unknown;
  after: unknown;
  references: readonly LogReference[];
}

type Format = Pick<I18n, "t" | "formatDate" | "formatDateTime" | "formatNumber">;

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;
const enumValue = /^[a-z][a-z0-9_]*$/;
/** The longest text a change shows whole; a longer one is cut with an ellipsis. */
const longestText = 80;

/** Fields that name something by id, whose names the API gives with the entry. */
const referenceField =
  /^(?:.*[a-z])?(?:person|Person|organisation|Organisation|finding|Finding|meeting|Meeting|theme|Theme)Ids?$|^unlinked$/;

/** Fields that hold only ids of things without a name to tell (a document, a programme item). */
const hiddenField = (field: string) =>
  field === "id" || (/Ids?$/.test(field) && !referenceField.test(field));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `lockedIn` → "Locked in": a field the texts do not name, readable still. */
function spelledOut(field: string): string {
  const words = field
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fieldName(field: string, f: Format): string {
  const key = logKey(`log.field.${field}`);
  return key ? f.t(key) : spelledOut(field);
}

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > longestText ? `${flat.slice(0, longestText - 1).trimEnd()}…` : flat;
}

/** One value of a change, for people: dates in Swedish time, enums as words, names for ids. */
function valueText(
  field: string,
  value: unknown,
  source: LogChangeSource,
  f: Format,
  inReference = false,
): string {
  if (value === null || value === undefined || value === "") return f.t("log.empty");
  if (typeof value === "boolean") return f.t(value ? "log.yes" : "log.no");
  if (typeof value === "number") return f.formatNumber(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return f.t("log.empty");
    if (value.some(isRecord)) return f.t("log.items", { count: value.length });
    return value
      .map((item) => valueText(field, item, source, f, inReference || referenceField.test(field)))
      .join(", ");
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([inner]) => !hiddenField(inner))
      .map(([inner, v]) => `${fieldName(inner, f)}: ${valueText(inner, v, source, f)}`)
      .join("; ");
  }
  const text = String(value);
  if ((inReference || referenceField.test(field)) && uuid.test(text)) {
    const found = source.references.find((r) => r.id === text);
    return found?.name ?? f.t("log.removedItem");
  }
  if (uuid.test(text)) return f.t("log.removedItem");
  if (isoTime.test(text) && !Number.isNaN(Date.parse(text))) return f.formatDateTime(text);
  if (calendarDate.test(text)) return f.formatDate(text);
  if (field === "reason" && text === "reported") return f.t("log.byReports");
  if (enumValue.test(text)) {
    const key = logKey(`log.value.${text}`);
    if (key) return f.t(key);
  }
  // A decision's reason is what it says: it is kept whole, as the moderator wrote it.
  if (field === "reason") return text;
  return shortened(text);
}

/** An entry's JSON as fields: a list (a visit's participants) stands as one field. */
function fieldsOf(value: unknown, action: string): Record<string, unknown> | null {
  if (isRecord(value)) return value;
  if (Array.isArray(value)) return { [action.slice(action.lastIndexOf(".") + 1)]: value };
  return null;
}

/**
 * What an entry changed, one line per field, in words: "Status: utkast → publicerad" for a change,
 * "Titel: Hearing om familjehemsvård" for what was made or removed. Ids become names (or say the
 * thing is gone); fields that hold nothing but ids of nameless things are left out.
 */
export function changeLines(source: LogChangeSource, f: Format): string[] {
  const before = fieldsOf(source.before, source.action);
  const after = fieldsOf(source.after, source.action);
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  const lines: string[] = [];
  for (const field of fields) {
    if (hiddenField(field)) continue;
    const name = fieldName(field, f);
    const inBefore = before !== null && field in before;
    const inAfter = after !== null && field in after;
    if (inBefore && inAfter) {
      if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
      lines.push(
        f.t("log.change", {
          field: name,
          before: valueText(field, before[field], source, f),
          after: valueText(field, after[field], source, f),
        }),
      );
    } else if (inAfter || after === null) {
      const value = inAfter ? after?.[field] : before?.[field];
      lines.push(f.t("log.value", { field: name, value: valueText(field, value, source, f) }));
    } else {
      lines.push(
        f.t("log.change", {
          field: name,
          before: valueText(field, before?.[field], source, f),
          after: f.t("log.empty"),
        }),
      );
    }
  }
  return lines;
}
