import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development Vite serves the portal and hands the API's paths to the API on port 4000.
const api = "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": { target: api, ws: true },
      "/healthz": { target: api },
      "/meetings": { target: api },
      "/measurement": { target: api },
    },
  },
});
