import { type Browser, chromium } from "playwright-core";
import { systemChromium } from "../apps/portal/test/system-chromium";

/** The system Chromium, started as the browser tests start it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(systemChromium);
}
