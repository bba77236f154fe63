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
import * as findingAdmin from "./finding-admin";
import * as layout from "./layout";
import * as log from "./log";
import * as measurement from "./measurement";
import * as meeting from "./meeting";
import * as moderation from "./moderation";
import * as municipality from "./municipality";
import * as notification from "./notification";
import * as organisation from "./organisation";
import * as personalDataPage from "./personal-data-page";
import * as problem from "./problem";
import * as proposal from "./proposal";
import * as report from "./report";
import * as search from "./search";
import * as start from "./start";
import * as theme from "./theme";
import type { Translation } from "./types";
import * as visit from "./visit";

/**
 * Every visible string of the portal, in one file per area of the portal, named after its pages
 * (`meeting.ts` for `pages/meeting-*.tsx`); the top of each file lists the key prefixes it holds.
 * Each file exports Swedish, the source of truth, as `sv` and English as `en`, which must have the
 * same keys. Keys are flat and dotted by area; `{name}` is replaced by the value of `name` (numbers
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
  ...findingAdmin.sv,
  ...layout.sv,
  ...log.sv,
  ...measurement.sv,
  ...meeting.sv,
  ...moderation.sv,
  ...municipality.sv,
  ...notification.sv,
  ...organisation.sv,
  ...personalDataPage.sv,
  ...problem.sv,
  ...proposal.sv,
  ...report.sv,
  ...search.sv,
  ...start.sv,
  ...theme.sv,
  ...visit.sv,
};

export type MessageKey = keyof typeof sv;

/** Every other language must have every key of Swedish, with the same shape (plain or plural). */
export type Messages = Translation<typeof sv>;

export const en: Messages = {
  ...common.en,
  ...about.en,
  ...account.en,
  ...admin.en,
  ...apiKey.en,
  ...blog.en,
  ...comment.en,
  ...commitment.en,
  ...developer.en,
  ...error.en,
  ...finding.en,
  ...findingAdmin.en,
  ...layout.en,
  ...log.en,
  ...measurement.en,
  ...meeting.en,
  ...moderation.en,
  ...municipality.en,
  ...notification.en,
  ...organisation.en,
  ...personalDataPage.en,
  ...problem.en,
  ...proposal.en,
  ...report.en,
  ...search.en,
  ...start.en,
  ...theme.en,
  ...visit.en,
};
