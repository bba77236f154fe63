import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from "react-router";
import { useMutation } from "urql";
import { graphql } from "../graphql";
import { CONTENT_LANG, type MessageKey, useI18n } from "../i18n";
import { useSession } from "../lib/session";
import { moderates, useViewer, ViewerProvider } from "../lib/viewer";
import { signInHref } from "./access-notice";
import { NotificationsLink } from "./notifications-link";
import { SiteMenu } from "./site-menu";
import { WordMark } from "./word-mark";

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

/** The footer's links: what the portal says about itself, and the way in for developers. */
const footerLinks: { to: string; label: MessageKey }[] = [
  { to: "/om", label: "frame.about" },
  { to: "/kontakt", label: "frame.contact" },
  { to: "/tillganglighet", label: "frame.accessibility" },
  { to: "/personuppgifter", label: "frame.personalData" },
  { to: "/utvecklare", label: "developer.footerLink" },
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

/**
 * Every page's frame: skip link; header with the word mark, the account, the language switch and
 * the navigation (behind a menu button on a phone); one main; the footer with the mission and the
 * links about the portal.
 */
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
            <WordMark name={t("app.name")} />
            <span className="brand-tagline">{t("app.tagline")}</span>
          </Link>
          <SiteMenu label={t("frame.menu")}>
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
            <nav className="site-nav" aria-label={t("layout.navLabel")}>
              <ul>
                {items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.to === "/"}>
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </SiteMenu>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <div className="container">
          {notice && <output className="notice notice-success">{t(notices[notice])}</output>}
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <div className="container footer-columns">
          <div className="footer-about">
            <p className="footer-name">{t("app.name")}</p>
            <p>{t("frame.mission")}</p>
          </div>
          <nav aria-label={t("frame.footerNavLabel")}>
            <ul className="footer-links">
              {footerLinks.map((link) => (
                <li key={link.to}>
                  <Link to={link.to}>{t(link.label)}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <p className="footer-reference">{t("layout.referenceData")}</p>
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

  // While the viewer loads, a hidden "Logga in" keeps its place, so nothing moves when it comes.
  if (viewer.status === "loading") {
    return (
      <span className="header-button account-pending" aria-hidden="true">
        {t("account.signIn")}
      </span>
    );
  }
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
