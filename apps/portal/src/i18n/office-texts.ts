import { sv as findingAdminSv } from "./finding-admin";
import { en as findingAdminEn } from "./finding-admin.en";
import { registerMessages } from "./index";
import { sv as visitSv } from "./visit";
import { en as visitEn } from "./visit.en";

/**
 * The office's own texts (the findings editor, the municipality visits), which no visitor outside
 * the office needs: they load with the admin pages, which import this module, not with the first
 * page.
 */
registerMessages({ sv: findingAdminSv, en: findingAdminEn });
registerMessages({ sv: visitSv, en: visitEn });
