import { useEffect, useRef, useState } from "react";

export type PlotModule = typeof import("@observablehq/plot");

let plotModule: Promise<PlotModule> | undefined;
/** Plot comes with the first chart drawn, so that pages without charts do not load it. */
export function loadPlot(): Promise<PlotModule> {
  plotModule ??= import("@observablehq/plot").catch((error: unknown) => {
    // A failed load is tried again by the next drawing.
    plotModule = undefined;
    throw error;
  });
  return plotModule;
}

let measure: CanvasRenderingContext2D | null | undefined;
/** The text's width in pixels in the font. */
export function textWidth(text: string, font: string): number {
  measure ??= document.createElement("canvas").getContext("2d");
  if (!measure) return text.length * 8;
  measure.font = font;
  return measure.measureText(text).width;
}

/**
 * A figure element drawn by `draw` whenever its width or the drawing changes; the drawing gets the
 * width and the element's font. Without Plot, the figure stays empty and the table says the same.
 */
export function usePlotFigure(
  draw: ((Plot: PlotModule, width: number, fontFamily: string) => Element) | null,
) {
  const figure = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = figure.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = figure.current;
    if (!element || width === 0 || !draw) return;
    let current = true;
    let svg: Element | undefined;
    loadPlot().then(
      (Plot) => {
        if (!current) return;
        svg = draw(Plot, width, getComputedStyle(element).fontFamily);
        element.replaceChildren(svg);
      },
      () => undefined,
    );
    return () => {
      current = false;
      svg?.remove();
    };
  }, [draw, width]);

  return figure;
}
