export { scan, type ScanOptions, type ScanOutcome } from './scan.js';
export { checkFile, type FileOutcome } from './check-file.js';
export { walk } from './walk.js';
export { readSource } from './read-source.js';
export { main, createProgram } from './main.js';
