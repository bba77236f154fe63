import type { RouteObject } from "react-router";
import { Layout } from "./components/layout";
import { RouteErrorPage } from "./pages/error-route";

/**
 * Every page of the portal. Paths are Swedish in both languages, so a link works for everyone;
 * /inbjudan/:token, /losenord/:token and /api-nyckel/:token are the links the API puts in its e-mail.
 *
 * Each page's code is loaded when the page is opened (`lazy`), so the start page brings only what it
 * shows: no admin, moderation or live-meeting code, no charts and no GraphiQL. The frame (`Layout`)
 * and the error page are part of the first load. Moving to another page keeps the current one on
 * screen until the next page's code is there; page-paths.ts lists the same paths for the server.
 */
export const routes: RouteObject[] = [
  // The printable report: a page of its own, without the portal's navigation.
  {
    path: "/admin/rapporter/:year/:quarter/utskrift",
    lazy: () =>
      import("./pages/admin-report-print").then((m) => ({ Component: m.AdminReportPrintPage })),
  },
  {
    path: "/",
    element: <Layout />,
    children: [
      {
        // A page that fails to render shows an error inside the layout, keeping the navigation.
        errorElement: <RouteErrorPage />,
        // On the first visit, while the page's code loads, the frame shows with an empty main.
        HydrateFallback: PagePending,
        children: [
          {
            index: true,
            lazy: () =>
              import("./pages/start-overview").then((m) => ({ Component: m.StartOverviewPage })),
          },
          {
            path: "teman",
            lazy: () => import("./pages/theme-list").then((m) => ({ Component: m.ThemeListPage })),
          },
          {
            path: "teman/:slug",
            lazy: () => import("./pages/theme-detail").then((m) => ({ Component: m.ThemePage })),
          },
          {
            path: "kommuner",
            lazy: () =>
              import("./pages/municipality-list").then((m) => ({
                Component: m.MunicipalityListPage,
              })),
          },
          {
            path: "iakttagelser",
            lazy: () =>
              import("./pages/finding-overview").then((m) => ({
                Component: m.FindingOverviewPage,
              })),
          },
          {
            path: "iakttagelser/:id",
            lazy: () =>
              import("./pages/finding-detail").then((m) => ({ Component: m.FindingPage })),
          },
          {
            path: "tidsmatning",
            lazy: () =>
              import("./pages/measurement-overview").then((m) => ({
                Component: m.MeasurementOverviewPage,
              })),
          },
          {
            path: "moten",
            lazy: () =>
              import("./pages/meeting-list").then((m) => ({ Component: m.MeetingListPage })),
          },
          {
            path: "moten/:slug",
            lazy: () =>
              import("./pages/meeting-detail").then((m) => ({ Component: m.MeetingPage })),
          },
          {
            path: "moten/:slug/program",
            lazy: () =>
              import("./pages/meeting-programme").then((m) => ({
                Component: m.MeetingProgrammePage,
              })),
          },
          {
            path: "mina-moten",
            lazy: () =>
              import("./pages/my-meetings").then((m) => ({ Component: m.MyMeetingsPage })),
          },
          {
            path: "moten/:slug/fragor",
            lazy: () =>
              import("./pages/meeting-questions").then((m) => ({
                Component: m.MeetingQuestionsPage,
              })),
          },
          {
            path: "moten/:slug/fragor/styr",
            lazy: () =>
              import("./pages/meeting-questions-control").then((m) => ({
                Component: m.MeetingQuestionsControlPage,
              })),
          },
          {
            path: "organisationer",
            lazy: () =>
              import("./pages/organisation-list").then((m) => ({
                Component: m.OrganisationListPage,
              })),
          },
          {
            path: "organisationer/:slug",
            lazy: () =>
              import("./pages/organisation-detail").then((m) => ({
                Component: m.OrganisationPage,
              })),
          },
          {
            path: "forslag",
            lazy: () =>
              import("./pages/proposal-list").then((m) => ({ Component: m.ProposalListPage })),
          },
          {
            path: "atagande",
            lazy: () =>
              import("./pages/commitment-list").then((m) => ({ Component: m.CommitmentListPage })),
          },
          {
            path: "atagande/:slug",
            lazy: () =>
              import("./pages/commitment-detail").then((m) => ({ Component: m.CommitmentPage })),
          },
          {
            path: "sok",
            lazy: () => import("./pages/search-results").then((m) => ({ Component: m.SearchPage })),
          },
          {
            path: "blogg",
            lazy: () => import("./pages/blog-list").then((m) => ({ Component: m.BlogListPage })),
          },
          {
            path: "blogg/:slug",
            lazy: () => import("./pages/blog-post").then((m) => ({ Component: m.BlogPostPage })),
          },
          {
            path: "utvecklare",
            lazy: () =>
              import("./pages/developer-overview").then((m) => ({ Component: m.DeveloperPage })),
          },
          {
            path: "utvecklare/graphiql",
            lazy: () =>
              import("./pages/developer-graphiql").then((m) => ({
                Component: m.DeveloperGraphiqlPage,
              })),
          },
          {
            path: "notiser",
            lazy: () =>
              import("./pages/notification-list").then((m) => ({
                Component: m.NotificationListPage,
              })),
          },
          {
            path: "logga-in",
            lazy: () =>
              import("./pages/account-sign-in").then((m) => ({ Component: m.SignInPage })),
          },
          {
            path: "glomt-losenord",
            lazy: () =>
              import("./pages/account-forgot-password").then((m) => ({
                Component: m.ForgotPasswordPage,
              })),
          },
          {
            path: "losenord/:token",
            lazy: () =>
              import("./pages/account-reset-password").then((m) => ({
                Component: m.ResetPasswordPage,
              })),
          },
          {
            path: "inbjudan/:token",
            lazy: () =>
              import("./pages/account-invitation").then((m) => ({ Component: m.InvitationPage })),
          },
          {
            path: "api-nyckel",
            lazy: () =>
              import("./pages/api-key-request").then((m) => ({ Component: m.ApiKeyRequestPage })),
          },
          {
            path: "api-nyckel/:token",
            lazy: () =>
              import("./pages/api-key-confirm").then((m) => ({ Component: m.ApiKeyConfirmPage })),
          },
          {
            path: "profil",
            lazy: () =>
              import("./pages/account-profile").then((m) => ({ Component: m.ProfilePage })),
          },
          {
            path: "mina-organisationer",
            lazy: () =>
              import("./pages/account-organisations").then((m) => ({
                Component: m.MyOrganisationsPage,
              })),
          },
          {
            path: "om",
            lazy: () => import("./pages/about-mission").then((m) => ({ Component: m.AboutPage })),
          },
          {
            path: "kontakt",
            lazy: () => import("./pages/about-contact").then((m) => ({ Component: m.ContactPage })),
          },
          {
            path: "tillganglighet",
            lazy: () =>
              import("./pages/about-accessibility").then((m) => ({
                Component: m.AccessibilityStatementPage,
              })),
          },
          {
            path: "personuppgifter",
            lazy: () =>
              import("./pages/about-personal-data").then((m) => ({
                Component: m.PersonalDataPage,
              })),
          },
          {
            path: "admin",
            lazy: () =>
              import("./components/admin-layout").then((m) => ({ Component: m.AdminLayout })),
            children: [
              {
                index: true,
                lazy: () =>
                  import("./pages/admin-overview").then((m) => ({
                    Component: m.AdminOverviewPage,
                  })),
              },
              {
                path: "personer",
                lazy: () =>
                  import("./pages/admin-people").then((m) => ({ Component: m.AdminPeoplePage })),
              },
              {
                path: "organisationer",
                lazy: () =>
                  import("./pages/admin-organisations").then((m) => ({
                    Component: m.AdminOrganisationsPage,
                  })),
              },
              {
                path: "inbjudningar",
                lazy: () =>
                  import("./pages/admin-invitations").then((m) => ({
                    Component: m.AdminInvitationsPage,
                  })),
              },
              {
                path: "utkorg",
                lazy: () =>
                  import("./pages/admin-outbox").then((m) => ({ Component: m.AdminOutboxPage })),
              },
              {
                path: "logg",
                lazy: () =>
                  import("./pages/admin-log").then((m) => ({ Component: m.AdminLogPage })),
              },
              {
                path: "api-nycklar",
                lazy: () =>
                  import("./pages/admin-api-keys").then((m) => ({
                    Component: m.AdminApiKeysPage,
                  })),
              },
              {
                path: "blogg",
                lazy: () =>
                  import("./pages/admin-blog").then((m) => ({ Component: m.AdminBlogPage })),
              },
              {
                path: "moten",
                lazy: () =>
                  import("./pages/admin-meetings").then((m) => ({
                    Component: m.AdminMeetingsPage,
                  })),
              },
              {
                path: "moten/ny",
                lazy: () =>
                  import("./pages/admin-meeting-new").then((m) => ({
                    Component: m.AdminMeetingNewPage,
                  })),
              },
              {
                path: "moten/:slug",
                lazy: () =>
                  import("./pages/admin-meeting-edit").then((m) => ({
                    Component: m.AdminMeetingEditPage,
                  })),
              },
              {
                path: "besok",
                lazy: () =>
                  import("./pages/admin-visits").then((m) => ({ Component: m.AdminVisitsPage })),
              },
              {
                path: "besok/urval",
                lazy: () =>
                  import("./pages/admin-visit-selection").then((m) => ({
                    Component: m.AdminVisitSelectionPage,
                  })),
              },
              {
                path: "besok/:id",
                lazy: () =>
                  import("./pages/admin-visit-detail").then((m) => ({
                    Component: m.AdminVisitDetailPage,
                  })),
              },
              {
                path: "iakttagelser",
                lazy: () =>
                  import("./pages/admin-findings").then((m) => ({
                    Component: m.AdminFindingsPage,
                  })),
              },
              {
                path: "iakttagelser/ny",
                lazy: () =>
                  import("./pages/admin-finding-new").then((m) => ({
                    Component: m.AdminFindingNewPage,
                  })),
              },
              {
                path: "iakttagelser/:id",
                lazy: () =>
                  import("./pages/admin-finding-edit").then((m) => ({
                    Component: m.AdminFindingEditPage,
                  })),
              },
              {
                path: "rapporter",
                lazy: () =>
                  import("./pages/admin-reports").then((m) => ({ Component: m.AdminReportsPage })),
              },
              {
                path: "tidsmatning",
                lazy: () =>
                  import("./pages/admin-measurement").then((m) => ({
                    Component: m.AdminMeasurementPage,
                  })),
              },
            ],
          },
          {
            path: "moderering",
            lazy: () =>
              import("./components/moderation-layout").then((m) => ({
                Component: m.ModerationLayout,
              })),
            children: [
              {
                index: true,
                lazy: () =>
                  import("./pages/moderation-queue").then((m) => ({
                    Component: m.ModerationQueuePage,
                  })),
              },
              {
                path: "logg",
                lazy: () =>
                  import("./pages/moderation-log").then((m) => ({
                    Component: m.ModerationLogPage,
                  })),
              },
            ],
          },
          {
            path: "*",
            lazy: () =>
              import("./pages/error-not-found").then((m) => ({ Component: m.NotFoundPage })),
          },
        ],
      },
    ],
  },
];

/**
 * Rendered inside the frame's main while the first page's code loads: nothing, so that the header,
 * navigation and footer are drawn at once and stay where they are when the page arrives.
 */
function PagePending() {
  return null;
}
