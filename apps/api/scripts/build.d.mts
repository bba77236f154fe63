/** Builds dist/main.js, as the build script does. */
export function buildApi(): Promise<void>;
