// Before the tests: the API as the start command runs it, compiled to dist/main.js (about a second).
import { buildApi } from "../scripts/build.mjs";

export default async function setup() {
  await buildApi();
}
