import * as about from "./about";
import * as account from "./account";
import * as admin from "./admin";
import * as apiKey from "./api-key";
import * as blog from "./blog";
import * as comment from "./comment";
import * as commitment from "./commitment";
import * as common from "./common";
import * as developer from "./developer";
import * as error from "./error";
import * as finding from "./finding";
import type { sv as findingAdminSv } from "./finding-admin";
import * as layout from "./layout";
import type { sv as logSv } from "./log";
import * as measurement from "./measurement";
import * as meeting from "./meeting";
import * as moderation from "./moderation";
import * as municipality from "./municipality";
import * as notification from "./notification";
import * as organisation from "./organisation";
import * as organisationPicker from "./organisation-picker";
import * as personPicker from "./person-picker";
import * as personalDataPage from "./personal-data-page";
import * as problem from "./problem";
import * as proposal from "./proposal";
import * as report from "./report";
import * as search from "./search";
import * as searchPicker from "./search-picker";
import * as start from "./start";
import * as theme from "./theme";
import type { Translation } from "./types";
import type { sv as visitSv } from "./visit";

/**
 * Every visible string of the portal, in one file per area of the portal, named after its pages
 * (`meeting.ts` for `pages/meeting-*.tsx`); the top of each file lists the key prefixes it holds.
 * Each file exports Swedish, the source of truth, as `sv`; its English, with the same keys, is `en` in
 * the file of the same name ending `.en.ts`. Keys are flat and dotted by area; `{name}` is replaced by the value of `name` (numbers
 * are formatted for the locale). Components call `t("some.key")` whatever the file.
 */
export const sv = {
  ...common.sv,
  ...about.sv,
  ...account.sv,
  ...admin.sv,
  ...apiKey.sv,
  ...blog.sv,
  ...comment.sv,
  ...commitment.sv,
  ...developer.sv,
  ...error.sv,
  ...finding.sv,
  ...layout.sv,
  ...measurement.sv,
  ...meeting.sv,
  ...moderation.sv,
  ...municipality.sv,
  ...notification.sv,
  ...organisation.sv,
  ...organisationPicker.sv,
  ...personalDataPage.sv,
  ...personPicker.sv,
  ...problem.sv,
  ...proposal.sv,
  ...report.sv,
  ...search.sv,
  ...searchPicker.sv,
  ...start.sv,
  ...theme.sv,
};

/**
 * Every key a component may ask for: the first load's, and those of the packs that the pages which
 * need them register when they load (the logs' sentences, `log.ts`; the office's findings editor
 * and visits, `office-texts.ts`; see `registerMessages`).
 */
export type MessageKey =
  | keyof typeof sv
  | keyof typeof logSv
  | keyof typeof findingAdminSv
  | keyof typeof visitSv;

/** Every other language must have every key of Swedish, with the same shape (plain or plural). */
export type Messages = Translation<typeof sv>;

/** English, in a file of its own per area (`meeting.en.ts`), loaded only when it is chosen. */
export const loadEnglish = (): Promise<Messages> => import("./messages-en").then((m) => m.en);
