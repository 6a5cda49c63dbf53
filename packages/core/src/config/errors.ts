/** A configuration or usage problem the user must fix; the CLI exits 2 with its message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** @param file the config file, when the problem is in one
   *  @param path the JSON path of the bad value, e.g. `rules.max-file-lines.options.max` */
  constructor(message: string, readonly file?: string, readonly path?: string) {
    super(message);
  }

  /** The message with file and JSON path, as printed to the user. */
  describe(): string {
    const where = [this.file, this.path ? `at ${this.path}` : undefined].filter(Boolean).join(' ');
    return where ? `${where}: ${this.message}` : this.message;
  }
}
