import { createBrowserRouter, RouterProvider } from "react-router";
import { AdminLayout } from "./components/admin-layout";
import { Layout } from "./components/layout";
import { ModerationLayout } from "./components/moderation-layout";
import { ForgotPasswordPage } from "./pages/account-forgot-password";
import { InvitationPage } from "./pages/account-invitation";
import { MyOrganisationsPage } from "./pages/account-organisations";
import { ProfilePage } from "./pages/account-profile";
import { ResetPasswordPage } from "./pages/account-reset-password";
import { SignInPage } from "./pages/account-sign-in";
import { AdminBlogPage } from "./pages/admin-blog";
import { AdminFindingEditPage } from "./pages/admin-finding-edit";
import { AdminFindingNewPage } from "./pages/admin-finding-new";
import { AdminFindingsPage } from "./pages/admin-findings";
import { AdminInvitationsPage } from "./pages/admin-invitations";
import { AdminLogPage } from "./pages/admin-log";
import { AdminMeasurementPage } from "./pages/admin-measurement";
import { AdminMeetingEditPage } from "./pages/admin-meeting-edit";
import { AdminMeetingNewPage } from "./pages/admin-meeting-new";
import { AdminMeetingsPage } from "./pages/admin-meetings";
import { AdminOrganisationsPage } from "./pages/admin-organisations";
import { AdminOutboxPage } from "./pages/admin-outbox";
import { AdminOverviewPage } from "./pages/admin-overview";
import { AdminPeoplePage } from "./pages/admin-people";
import { AdminReportPrintPage } from "./pages/admin-report-print";
import { AdminReportsPage } from "./pages/admin-reports";
import { AdminVisitDetailPage } from "./pages/admin-visit-detail";
import { AdminVisitSelectionPage } from "./pages/admin-visit-selection";
import { AdminVisitsPage } from "./pages/admin-visits";
import { ApiKeyConfirmPage } from "./pages/api-key-confirm";
import { ApiKeyRequestPage } from "./pages/api-key-request";
import { BlogListPage } from "./pages/blog-list";
import { BlogPostPage } from "./pages/blog-post";
import { CommitmentPage } from "./pages/commitment-detail";
import { CommitmentListPage } from "./pages/commitment-list";
import { NotFoundPage } from "./pages/error-not-found";
import { RouteErrorPage } from "./pages/error-route";
import { FindingPage } from "./pages/finding-detail";
import { FindingOverviewPage } from "./pages/finding-overview";
import { MeasurementOverviewPage } from "./pages/measurement-overview";
import { MeetingPage } from "./pages/meeting-detail";
import { MeetingListPage } from "./pages/meeting-list";
import { MeetingProgrammePage } from "./pages/meeting-programme";
import { MeetingQuestionsPage } from "./pages/meeting-questions";
import { MeetingQuestionsControlPage } from "./pages/meeting-questions-control";
import { ModerationLogPage } from "./pages/moderation-log";
import { ModerationQueuePage } from "./pages/moderation-queue";
import { MunicipalityListPage } from "./pages/municipality-list";
import { MyMeetingsPage } from "./pages/my-meetings";
import { NotificationListPage } from "./pages/notification-list";
import { OrganisationPage } from "./pages/organisation-detail";
import { OrganisationListPage } from "./pages/organisation-list";
import { ProposalListPage } from "./pages/proposal-list";
import { SearchPage } from "./pages/search-results";
import { StartOverviewPage } from "./pages/start-overview";
import { ThemePage } from "./pages/theme-detail";
import { ThemeListPage } from "./pages/theme-list";

/**
 * Every page of the portal. Paths are Swedish in both languages, so a link works for everyone;
 * /inbjudan/:token, /losenord/:token and /api-nyckel/:token are the links the API puts in its e-mail.
 */
export const router = createBrowserRouter([
  // The printable report: a page of its own, without the portal's navigation.
  { path: "/admin/rapporter/:year/:quarter/utskrift", element: <AdminReportPrintPage /> },
  {
    path: "/",
    element: <Layout />,
    children: [
      {
        // A page that fails to render shows an error inside the layout, keeping the navigation.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartOverviewPage /> },
          { path: "teman", element: <ThemeListPage /> },
          { path: "teman/:slug", element: <ThemePage /> },
          { path: "kommuner", element: <MunicipalityListPage /> },
          { path: "iakttagelser", element: <FindingOverviewPage /> },
          { path: "iakttagelser/:id", element: <FindingPage /> },
          { path: "tidsmatning", element: <MeasurementOverviewPage /> },
          { path: "moten", element: <MeetingListPage /> },
          { path: "moten/:slug", element: <MeetingPage /> },
          { path: "moten/:slug/program", element: <MeetingProgrammePage /> },
          { path: "mina-moten", element: <MyMeetingsPage /> },
          { path: "moten/:slug/fragor", element: <MeetingQuestionsPage /> },
          { path: "moten/:slug/fragor/styr", element: <MeetingQuestionsControlPage /> },
          { path: "organisationer", element: <OrganisationListPage /> },
          { path: "organisationer/:slug", element: <OrganisationPage /> },
          { path: "forslag", element: <ProposalListPage /> },
          { path: "atagande", element: <CommitmentListPage /> },
          { path: "atagande/:slug", element: <CommitmentPage /> },
          { path: "sok", element: <SearchPage /> },
          { path: "blogg", element: <BlogListPage /> },
          { path: "blogg/:slug", element: <BlogPostPage /> },
          // Loaded when opened: GraphiQL's editor is large, and ordinary visitors never need it.
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
          { path: "notiser", element: <NotificationListPage /> },
          { path: "logga-in", element: <SignInPage /> },
          { path: "glomt-losenord", element: <ForgotPasswordPage /> },
          { path: "losenord/:token", element: <ResetPasswordPage /> },
          { path: "inbjudan/:token", element: <InvitationPage /> },
          { path: "api-nyckel", element: <ApiKeyRequestPage /> },
          { path: "api-nyckel/:token", element: <ApiKeyConfirmPage /> },
          { path: "profil", element: <ProfilePage /> },
          { path: "mina-organisationer", element: <MyOrganisationsPage /> },
          {
            path: "admin",
            element: <AdminLayout />,
            children: [
              { index: true, element: <AdminOverviewPage /> },
              { path: "personer", element: <AdminPeoplePage /> },
              { path: "organisationer", element: <AdminOrganisationsPage /> },
              { path: "inbjudningar", element: <AdminInvitationsPage /> },
              { path: "utkorg", element: <AdminOutboxPage /> },
              { path: "logg", element: <AdminLogPage /> },
              { path: "blogg", element: <AdminBlogPage /> },
              { path: "moten", element: <AdminMeetingsPage /> },
              { path: "moten/ny", element: <AdminMeetingNewPage /> },
              { path: "moten/:slug", element: <AdminMeetingEditPage /> },
              { path: "besok", element: <AdminVisitsPage /> },
              { path: "besok/urval", element: <AdminVisitSelectionPage /> },
              { path: "besok/:id", element: <AdminVisitDetailPage /> },
              { path: "iakttagelser", element: <AdminFindingsPage /> },
              { path: "iakttagelser/ny", element: <AdminFindingNewPage /> },
              { path: "iakttagelser/:id", element: <AdminFindingEditPage /> },
              { path: "rapporter", element: <AdminReportsPage /> },
              { path: "tidsmatning", element: <AdminMeasurementPage /> },
            ],
          },
          {
            path: "moderering",
            element: <ModerationLayout />,
            children: [
              { index: true, element: <ModerationQueuePage /> },
              { path: "logg", element: <ModerationLogPage /> },
            ],
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
