export {
  type Config,
  ConfigError,
  defaultContactEmail,
  loadConfig,
  type RateLimitSettings,
} from "./config";
