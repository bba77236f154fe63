import { useEffect, useRef, useState } from "react";

/**
 * The message to announce when `key` changes to something new after the first answer: not on
 * loading the page, and not when it goes away. `key` is undefined until there is data.
 */
export function useChangeAnnouncement(
  key: string | null | undefined,
  message: string | null,
): string {
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (key === undefined) return;
    if (previous.current !== undefined && key !== null && key !== previous.current && message)
      setAnnouncement(message);
    previous.current = key;
  }, [key, message]);
  return announcement;
}

/** A polite live region, present from the start so that screen readers hear what changes in it. */
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
