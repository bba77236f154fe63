import * as about from "./about.en";
import * as account from "./account.en";
import * as admin from "./admin.en";
import * as apiKey from "./api-key.en";
import * as blog from "./blog.en";
import * as comment from "./comment.en";
import * as commitment from "./commitment.en";
import * as common from "./common.en";
import * as developer from "./developer.en";
import * as error from "./error.en";
import * as finding from "./finding.en";
import * as layout from "./layout.en";
import * as measurement from "./measurement.en";
import * as meeting from "./meeting.en";
import type { Messages } from "./messages";
import * as moderation from "./moderation.en";
import * as municipality from "./municipality.en";
import * as notification from "./notification.en";
import * as organisation from "./organisation.en";
import * as organisationPicker from "./organisation-picker.en";
import * as personPicker from "./person-picker.en";
import * as personalDataPage from "./personal-data-page.en";
import * as problem from "./problem.en";
import * as proposal from "./proposal.en";
import * as report from "./report.en";
import * as search from "./search.en";
import * as searchPicker from "./search-picker.en";
import * as start from "./start.en";
import * as theme from "./theme.en";

/** English: every key of Swedish (messages.ts), in the same shape; loaded when a visitor chooses it. */
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
  ...layout.en,
  ...measurement.en,
  ...meeting.en,
  ...moderation.en,
  ...municipality.en,
  ...notification.en,
  ...organisation.en,
  ...organisationPicker.en,
  ...personalDataPage.en,
  ...personPicker.en,
  ...problem.en,
  ...proposal.en,
  ...report.en,
  ...search.en,
  ...searchPicker.en,
  ...start.en,
  ...theme.en,
};
