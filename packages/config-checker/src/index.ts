// Plumbline's engine for configuration files: .env, YAML, JSON, TOML, INI, properties.
export { configEngine } from './engine.js';
export { CONFIG_RULES } from './rules/index.js';
export type { ConfigRule } from './config-rule.js';
export type { ConfigDocument, ConfigValue, ParseFailure, Position } from './document.js';
export { readDotenv } from './readers/dotenv.js';
export { readIni } from './readers/ini.js';
export { readJson } from './readers/json.js';
export { readProperties } from './readers/properties.js';
export { readToml } from './readers/toml.js';
export { readYaml } from './readers/yaml.js';
