export { type Config, ConfigError, loadConfig, type RateLimitSettings } from "./config";
