import { createBrowserRouter, RouterProvider } from "react-router";
import { Layout } from "./components/layout";
import { NotFoundPage } from "./pages/error-not-found";
import { RouteErrorPage } from "./pages/error-route";
import { MunicipalityListPage } from "./pages/municipality-list";
import { OrganisationListPage } from "./pages/organisation-list";
import { ProposalListPage } from "./pages/proposal-list";
import { StartOverviewPage } from "./pages/start-overview";

/** Every page of the portal. Paths are Swedish in both languages, so a link works for everyone. */
export const router = createBrowserRouter([
  {
    path: "/",
    element: <Layout />,
    children: [
      {
        // A page that fails to render shows an error inside the layout, keeping the navigation.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartOverviewPage /> },
          { path: "kommuner", element: <MunicipalityListPage /> },
          { path: "organisationer", element: <OrganisationListPage /> },
          { path: "forslag", element: <ProposalListPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
