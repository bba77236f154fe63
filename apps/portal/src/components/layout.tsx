import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from "react-router";
import { type MessageKey, useI18n } from "../i18n";

const navigation: { to: string; label: MessageKey }[] = [
  { to: "/", label: "nav.start" },
  { to: "/kommuner", label: "nav.municipalities" },
  { to: "/organisationer", label: "nav.organisations" },
  { to: "/forslag", label: "nav.proposals" },
];

/** Every page's frame: skip link, header with navigation and language switch, one main, footer. */
export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const otherLocale = locale === "sv" ? "en" : "sv";
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After moving to another page, start keyboard and screen-reader users at its content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipLink")}
      </a>
      <header className="site-header">
        <div className="container header-bar">
          <Link to="/" className="brand">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-tagline">{t("app.tagline")}</span>
          </Link>
          <button
            type="button"
            className="language-switch"
            lang={otherLocale}
            onClick={() => setLocale(otherLocale)}
          >
            {t("layout.otherLanguage")}
          </button>
        </div>
        <nav className="site-nav" aria-label={t("layout.navLabel")}>
          <div className="container">
            <ul>
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === "/"}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("layout.footerAbout")}</p>
          <p>{t("layout.referenceData")}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
