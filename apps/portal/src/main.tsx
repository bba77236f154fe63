import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nProvider, prepareLocale } from "./i18n";
import { syncPortalClock } from "./lib/portal-clock";
import { SessionProvider } from "./lib/session";
import { AppRouter } from "./router";
import "./styles/index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

void syncPortalClock();

void prepareLocale().then(() =>
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <SessionProvider>
          <AppRouter />
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  ),
);
