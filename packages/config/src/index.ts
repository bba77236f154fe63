export {
  type Config,
  ConfigError,
  defaultContactEmail,
  loadConfig,
  type RateLimitSettings,
} from "./config";
export { defaultRetentionSettings, type RetentionSettings } from "./retention";
