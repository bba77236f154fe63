import { type ReactNode, useEffect, useRef } from "react";

/**
 * What a finished form turns into: it replaces the form, so focus moves to it (instead of being lost
 * with the form's button) and a screen reader reads it.
 */
export function DonePanel({ children }: { children: ReactNode }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, []);
  return (
    <div ref={panel} className="notice notice-success done-panel" tabIndex={-1}>
      {children}
    </div>
  );
}
