// Secret detection shared by every engine: what a value is (provider format, placeholder,
// entropy) and what a name means. Engines find the site; this module decides.

export type { SecretDetector, SecretMatch, SecretSite } from './types.js';
export { secretDetector, isChecksumName, MIN_STRONG_LENGTH, MIN_GENERIC_LENGTH, MIN_PASSED_LENGTH } from './detector.js';
export { SECRET_PATTERNS, type SecretPattern } from './patterns.js';
export { nameStrength, type NameStrength } from './names.js';
export { isPlaceholder, isStandIn, isTemplate, isNotASecret, isNotACredential } from './values.js';
export { splitWords, shannonEntropy } from './words.js';
