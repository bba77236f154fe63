import { createBrowserRouter } from "react-router";
// The DOM's RouterProvider, not react-router's own: only it can apply a navigation's `flushSync`
// (a filter's choice drawn in the same frame as its click); react-router's own ignores the option.
import { RouterProvider } from "react-router/dom";
import { routes } from "./routes";

export const router = createBrowserRouter(routes);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
