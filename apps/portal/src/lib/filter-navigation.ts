import type { NavigateOptions } from "react-router";

/**
 * How a filter control writes its choice to the address: in place of the current entry, so the
 * back button leaves the page rather than undoing each click, and at once, so a radio button,
 * checkbox or select shows the choice when clicked rather than springing back until the route's
 * next render (the router otherwise renders its new location as a transition).
 */
export const FILTER_NAVIGATION = { replace: true, flushSync: true } satisfies NavigateOptions;
