import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import { loadEnglish, type MessageKey, type Messages, sv } from "./messages";
import type { Plural } from "./types";

export type Locale = "sv" | "en";
export type { MessageKey };

type Vars = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The message for `key`, with `{name}` replaced; a plural message picks its form by `vars.count`. */
  t: (key: MessageKey, vars?: Vars) => string;
  /** A calendar date (`YYYY-MM-DD`, the API's Date) or a point in time, as a date. */
  formatDate: (value: string | Date) => string;
  /** A point in time (the API's DateTime) as date and time in Stockholm time. */
  formatDateTime: (value: string | Date) => string;
  /** A point in time as a short date and time in Stockholm time, for tables: "2026-11-23 14:35". */
  formatDateTimeShort: (value: string | Date) => string;
  /** A point in time as the time of day in Stockholm: "14:35". */
  formatTime: (value: string | Date) => string;
  /** A point in time as the time of day in Stockholm to the second: "14:35:20". */
  formatTimeWithSeconds: (value: string | Date) => string;
  /** A span between two points in time, in Stockholm time, without repeating the shared date. */
  formatDateTimeRange: (start: string | Date, end: string | Date) => string;
  /** A span between two calendar dates. */
  formatDateRange: (start: string, end: string) => string;
  formatNumber: (value: number) => string;
}

/** Swedish is in the first load; English is fetched when chosen (see `prepareLocale`). */
const messages: Record<Locale, Messages | null> = { sv, en: null };

type MessageTable = Readonly<Record<string, string | Plural>>;

/** Texts that only some pages need, in both languages, added when those pages' code loads. */
const packs: { sv: MessageTable; en: MessageTable }[] = [];

/**
 * Adds a pack of texts that only some pages use, so that they stay out of the first load: the
 * module that uses them calls this when it loads, before anything renders them.
 */
export function registerMessages(pack: { sv: MessageTable; en: MessageTable }) {
  if (!packs.includes(pack)) packs.push(pack);
}

function lookUp(locale: Locale, key: MessageKey): string | Plural {
  const first: MessageTable = messages[locale] ?? sv;
  const found = first[key] ?? packs.find((pack) => key in pack[locale])?.[locale][key];
  // A key whose pack has not loaded shows as itself, never as nothing.
  return found ?? key;
}

async function ensureMessages(locale: Locale): Promise<void> {
  if (locale === "en" && !messages.en) messages.en = await loadEnglish();
}

/**
 * The API's content (titles, descriptions, names) is written in Swedish whatever the portal's language:
 * elements showing it carry this `lang`, so that screen readers read it as Swedish on the English pages.
 */
export const CONTENT_LANG = "sv";
const intlLocale: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };
const STORAGE_KEY = "kraftsamling.locale";
const TIME_ZONE = "Europe/Stockholm";
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The language the visitor's browser asks for first of the two the portal speaks: a Swedish
 * browser (sv, sv-FI …) gets Swedish, an English one English, one that asks for neither Swedish.
 */
function browserLocale(): Locale {
  const asked = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of asked) {
    const language = (tag ?? "").toLowerCase().split("-")[0];
    if (language === "sv" || language === "en") return language;
  }
  return "sv";
}

/**
 * The visitor's language: `?lang=en` or `?lang=sv` in the address they came by (a link to the
 * English developer page, say), kept as their choice; otherwise the choice they made before;
 * without one, their browser's language (not kept, so that it follows the browser).
 */
function readStoredLocale(): Locale {
  const asked = new URLSearchParams(window.location.search).get("lang");
  try {
    if (asked === "en" || asked === "sv") window.localStorage.setItem(STORAGE_KEY, asked);
    const chosen = window.localStorage.getItem(STORAGE_KEY);
    return chosen === "en" || chosen === "sv" ? chosen : browserLocale();
  } catch {
    return asked === "en" || asked === "sv" ? asked : browserLocale();
  }
}

/** A calendar date is the same day everywhere: read it at UTC midnight and format it in UTC. */
function toDate(value: string | Date): { date: Date; calendar: boolean } {
  if (typeof value === "string" && CALENDAR_DATE.test(value)) {
    return { date: new Date(`${value}T00:00:00Z`), calendar: true };
  }
  return { date: typeof value === "string" ? new Date(value) : value, calendar: false };
}

function createI18n(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  const tag = intlLocale[locale];
  const numberFormat = new Intl.NumberFormat(tag);
  const pluralRules = new Intl.PluralRules(tag);
  const dateOptions: Intl.DateTimeFormatOptions = {
    day: "numeric",
    month: "long",
    year: "numeric",
  };
  const dateInStockholm = new Intl.DateTimeFormat(tag, { ...dateOptions, timeZone: TIME_ZONE });
  const calendarDate = new Intl.DateTimeFormat(tag, { ...dateOptions, timeZone: "UTC" });
  const dateTime = new Intl.DateTimeFormat(tag, {
    weekday: "long",
    ...dateOptions,
    hour: "2-digit",
    minute: "2-digit",
    timeZone: TIME_ZONE,
  });

  const dateTimeShort = new Intl.DateTimeFormat(tag, {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  });
  const timeOfDay = new Intl.DateTimeFormat(tag, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: TIME_ZONE,
  });
  const timeWithSeconds = new Intl.DateTimeFormat(tag, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: TIME_ZONE,
  });

  const formatNumber = (value: number) => numberFormat.format(value);

  const t = (key: MessageKey, vars?: Vars): string => {
    const message = lookUp(locale, key);
    let text: string;
    if (typeof message === "string") {
      text = message;
    } else {
      const count = typeof vars?.count === "number" ? vars.count : 0;
      text = pluralRules.select(count) === "one" ? message.one : message.other;
    }
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? formatNumber(value) : value;
    });
  };

  return {
    locale,
    setLocale,
    t,
    formatNumber,
    formatDate(value) {
      const { date, calendar } = toDate(value);
      return (calendar ? calendarDate : dateInStockholm).format(date);
    },
    formatDateTime(value) {
      return dateTime.format(toDate(value).date);
    },
    formatDateTimeShort(value) {
      return dateTimeShort.format(toDate(value).date);
    },
    formatTime(value) {
      return timeOfDay.format(toDate(value).date);
    },
    formatTimeWithSeconds(value) {
      return timeWithSeconds.format(toDate(value).date);
    },
    formatDateTimeRange(start, end) {
      return dateTime.formatRange(toDate(start).date, toDate(end).date);
    },
    formatDateRange(start, end) {
      return calendarDate.formatRange(toDate(start).date, toDate(end).date);
    },
  };
}

/**
 * Fetches the texts of the visitor's stored language before the first render, so that an English
 * visitor's first page is English; Swedish needs nothing. Never fails: Swedish stands in.
 */
export async function prepareLocale(): Promise<void> {
  await ensureMessages(readStoredLocale()).catch(() => undefined);
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The browser's language (Swedish when it asks for neither), until the visitor chooses: the choice is
 * kept in localStorage. Set as the document's language.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const stored = readStoredLocale();
    // Until its texts have arrived (prepareLocale), a stored English shows as Swedish.
    return messages[stored] ? stored : "sv";
  });

  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode, blocked): the choice then lasts for this visit.
    }
    void ensureMessages(next).then(
      () => setLocaleState(next),
      () => setLocaleState("sv"),
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(() => createI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n must be used inside <I18nProvider>");
  return i18n;
}

/** Sets the browser tab's title for a page: "<page> – Kraftsamling". */
export function useDocumentTitle(page: string) {
  const { t } = useI18n();
  const title = t("app.documentTitle", { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
