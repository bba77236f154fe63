import { useState } from "react";

/**
 * Runs `adjust` while rendering, whenever `value` differs from the last render's (never at the
 * first): for state that follows a value from outside, such as the address, and that the person
 * may also change. An effect would do the same a moment after the render that showed the page;
 * when a click or a key comes in that moment, the effect lands after it and undoes what the
 * person just chose. Adjusted during the render, the state never waits.
 */
export function useFollowValue(value: string, adjust: () => void): void {
  const [followed, setFollowed] = useState(value);
  if (followed !== value) {
    setFollowed(value);
    adjust();
  }
}
