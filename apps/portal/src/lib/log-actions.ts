import { type MessageKey, registerMessages } from "../i18n";
import { sv as logTexts } from "../i18n/log";
import { en as logTextsEn } from "../i18n/log.en";

// The logs' sentences load with the log pages, not with the first page.
registerMessages({ sv: logTexts, en: logTextsEn });

const sentencePrefix = "log.sentence.";

/** Every action the portal has a sentence for, in the order the texts list them. */
export const loggedActions: readonly string[] = Object.keys(logTexts)
  .filter((key) => key.startsWith(sentencePrefix))
  .map((key) => key.slice(sentencePrefix.length));

const known = new Set(loggedActions);

/** The area of an action, the part before its first dot: meeting for meeting.slot.create. */
export function areaOf(action: string): string {
  const dot = action.indexOf(".");
  return dot < 0 ? action : action.slice(0, dot);
}

/** The areas of the actions the portal knows, in the order the texts list them. */
export const logAreas: readonly string[] = [...new Set(loggedActions.map(areaOf))];

/** Whether `key` is a message of the log, for keys made from data. */
function isLogKey(key: string): key is MessageKey {
  return Object.hasOwn(logTexts, key);
}

/** The sentence of a known action, such as "{actor} publicerade mötet {subject}"; null for another. */
export function sentenceKey(action: string): MessageKey | null {
  return known.has(action) ? (`${sentencePrefix}${action}` as MessageKey) : null;
}

/** The name of a known action, for the filters: "Möte publicerat"; null for another. */
export function actionNameKey(action: string): MessageKey | null {
  const key = `log.name.${action}`;
  return isLogKey(key) ? key : null;
}

/** The name of an area, for the filters: "Möten"; null for an area the portal does not know. */
export function areaNameKey(area: string): MessageKey | null {
  const key = `log.area.${area}`;
  return isLogKey(key) ? key : null;
}

/** A message of the log made from data (`log.field.title`, `log.value.draft`), when there is one. */
export function logKey(key: string): MessageKey | null {
  return isLogKey(key) ? key : null;
}
