import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider as UrqlProvider } from "urql";
import { I18nProvider } from "./i18n";
import { client } from "./lib/urql";
import { AppRouter } from "./router";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <UrqlProvider value={client}>
        <AppRouter />
      </UrqlProvider>
    </I18nProvider>
  </StrictMode>,
);
