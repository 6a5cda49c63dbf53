export * from './file.js';
export * from './match.js';
