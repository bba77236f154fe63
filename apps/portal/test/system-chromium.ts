import type { LaunchOptions } from "playwright-core";

/** The system Chromium (Debian's package), headless, with the flags this kind of machine needs. */
export const systemChromium: LaunchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
};
