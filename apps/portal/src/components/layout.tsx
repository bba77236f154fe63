import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useI18n } from "../i18n";
import { useSession } from "../lib/session";
import { moderates, useViewer, ViewerProvider } from "../lib/viewer";
import { signInHref } from "./access-notice";
import { NotificationsLink } from "./notifications-link";

const Layout_SignOut = graphql(`
  mutation Layout_SignOut {
    signOut
  }
`);

const navigation: { to: string; label: MessageKey }[] = [
  { to: "/", label: "nav.start" },
  { to: "/teman", label: "nav.themes" },
  { to: "/kommuner", label: "nav.municipalities" },
  { to: "/iakttagelser", label: "findings.nav" },
  { to: "/tidsmatning", label: "measurement.nav" },
  { to: "/moten", label: "meetings.nav" },
  { to: "/organisationer", label: "nav.organisations" },
  { to: "/forslag", label: "nav.proposals" },
  { to: "/atagande", label: "commitments.nav" },
  { to: "/blogg", label: "nav.blog" },
  { to: "/sok", label: "nav.search" },
];

/** Messages a page leaves for the next one in the navigation state, such as "you are signed out". */
const notices = {
  signedOut: "notice.signedOut",
  signedOutEverywhere: "notice.signedOutEverywhere",
  accountDeleted: "notice.accountDeleted",
} as const satisfies Record<string, MessageKey>;
type Notice = keyof typeof notices;

function noticeOf(state: unknown): Notice | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  const notice = state.notice;
  return typeof notice === "string" && notice in notices ? (notice as Notice) : null;
}

/** Every page's frame: skip link, header with navigation and language switch, one main, footer. */
export function Layout() {
  return (
    <ViewerProvider>
      <Frame />
    </ViewerProvider>
  );
}

function Frame() {
  const { t, locale, setLocale } = useI18n();
  const otherLocale = locale === "sv" ? "en" : "sv";
  const location = useLocation();
  const { pathname } = location;
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const { state: viewer } = useViewer();
  const person = viewer.status === "signedIn" ? viewer.person : null;
  const notice = noticeOf(location.state);

  // After moving to another page, start keyboard and screen-reader users at its content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  const items = [...navigation];
  if (person) items.push({ to: "/mina-moten", label: "meetings.navMine" });
  if (person && person.memberships.length > 0) {
    items.push({ to: "/mina-organisationer", label: "nav.myOrganisations" });
  }
  if (moderates(person)) items.push({ to: "/moderering", label: "nav.moderation" });
  if (person?.role === "COORDINATOR") items.push({ to: "/admin", label: "nav.admin" });

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
          <div className="header-tools">
            <AccountArea />
            <button
              type="button"
              className="header-button"
              lang={otherLocale}
              onClick={() => setLocale(otherLocale)}
            >
              {t("layout.otherLanguage")}
            </button>
          </div>
        </div>
        <nav className="site-nav" aria-label={t("layout.navLabel")}>
          <div className="container">
            <ul>
              {items.map((item) => (
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
          {notice && <output className="notice notice-success">{t(notices[notice])}</output>}
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("layout.footerAbout")}</p>
          <p>{t("layout.referenceData")}</p>
          <p>
            <Link to="/utvecklare">{t("developer.footerLink")}</Link>
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}

/** Signed out: "Logga in". Signed in: the name (to the profile), whom they act for, and "Logga ut". */
function AccountArea() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const { state: viewer } = useViewer();
  const session = useSession();
  const [signOut, runSignOut] = useMutation(Layout_SignOut);

  if (viewer.status === "loading") return null;
  if (viewer.status === "signedOut") {
    return (
      <Link to={signInHref(location)} className="header-button">
        {t("account.signIn")}
      </Link>
    );
  }
  return (
    <div className="account-area">
      <NotificationsLink />
      <p className="account-who">
        <Link to="/profil" className="account-name">
          <span className="visually-hidden">{t("layout.signedInAs")} </span>
          {viewer.person.name}
        </Link>
        {viewer.actingFor && (
          <span className="account-acting">
            {t("layout.actingFor")} <span lang={CONTENT_LANG}>{viewer.actingFor.name}</span>
          </span>
        )}
      </p>
      <button
        type="button"
        className="header-button"
        disabled={signOut.fetching}
        onClick={async () => {
          await runSignOut({});
          session.renew();
          navigate("/", { state: { notice: "signedOut" } });
        }}
      >
        {t("account.signOut")}
      </button>
    </div>
  );
}
