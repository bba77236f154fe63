import { type ReactNode, useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { useFollowValue } from "../lib/follow-value";

interface SiteMenuProps {
  /** The button's name: "Meny". */
  label: string;
  /** What the button shows and hides on a phone: the account, the language and the navigation. */
  children: ReactNode;
}

/**
 * The header's menu on a narrow screen: a disclosure button that shows the panel over the page
 * (nothing below it moves). Escape closes it and returns to the button; choosing a link, a new
 * page or a press outside it close it too. On a wide screen the stylesheet shows the panel's contents in
 * the header and hides the button (styles/layout.css).
 */
export function SiteMenu({ label, children }: SiteMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();

  // A new page closes the menu, whichever way it was reached.
  useFollowValue(pathname, () => setOpen(false));

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (button.current?.contains(target) || panel.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen((was) => !was)}
      >
        <svg className="menu-button-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          {open ? <path d="M4 4l12 12M16 4 4 16" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        {label}
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the links inside are what is chosen, by any means */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the panel only listens for its links */}
      <div
        ref={panel}
        id="site-menu"
        className="site-menu"
        data-open={open ? "" : undefined}
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest("a")) setOpen(false);
        }}
      >
        {children}
      </div>
    </>
  );
}
