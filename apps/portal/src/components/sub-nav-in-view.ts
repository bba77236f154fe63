import { useEffect } from "react";
import { useLocation } from "react-router";
import { useViewer } from "../lib/viewer";

/**
 * On a phone a section's menu (`.sub-nav`) is one line that scrolls sideways: after every page
 * change, scroll that line (and only that line, never the page) so that the current page's tab is
 * in view. Once the viewer is known the menu is there, so that is a trigger too.
 */
export function useSubNavCurrentInView() {
  const { pathname } = useLocation();
  const { state: viewer } = useViewer();
  useEffect(() => {
    const current = document.querySelector<HTMLElement>('.sub-nav a[aria-current="page"]');
    const strip = current?.closest<HTMLElement>(".sub-nav");
    if (!current || !strip || strip.scrollWidth <= strip.clientWidth) return;
    const link = current.getBoundingClientRect();
    const visible = strip.getBoundingClientRect();
    if (link.left < visible.left) strip.scrollLeft -= visible.left - link.left;
    else if (link.right > visible.right) strip.scrollLeft += link.right - visible.right;
  }, [pathname, viewer.status]);
}
