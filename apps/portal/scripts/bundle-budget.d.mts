/** Bytes the start page's JavaScript may take, compressed with brotli. */
export const budgetBytes: number;
/** The start page's module, as routes.tsx loads it for `/`. */
export const startPageSource: string;
/** The JavaScript files (relative to dist) the start page loads: the entry's and the start page's. */
export function startPageScripts(dist: string): string[];
/** The size of `bytes` compressed with brotli at quality 11. */
export function brotliSize(bytes: Buffer): number;
