import { useCallback, useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n";

/** How long new comments are gathered before one announcement says them all. */
const gatherMs = 1500;

/**
 * What the thread's polite live region says about comments by others that arrive live: "Ny
 * kommentar av Omar Nilsson", or "3 nya kommentarer" for a burst, gathered so that a burst is one
 * announcement. `arrived` takes the author's name (null for a former participant).
 */
export function useNewCommentAnnouncement(): {
  announcement: string;
  arrived: (authorName: string | null) => void;
} {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState("");
  const gathered = useRef<(string | null)[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const texts = useRef(t);
  texts.current = t;

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const arrived = useCallback((authorName: string | null) => {
    gathered.current.push(authorName);
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      const names = gathered.current;
      gathered.current = [];
      const tr = texts.current;
      const [only] = names;
      setAnnouncement(
        names.length === 1
          ? tr("thread.newComment", { name: only ?? tr("comment.formerParticipant") })
          : tr("thread.newComments", { count: names.length }),
      );
    }, gatherMs);
  }, []);

  return { announcement, arrived };
}
