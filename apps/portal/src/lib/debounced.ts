import { useEffect, useState } from "react";

/**
 * The value once it has stayed the same for `delay` milliseconds: a search asks the API when the
 * person pauses in their typing, not at every letter.
 */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
