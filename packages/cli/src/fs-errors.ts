/** Whether an error came from the file system (it has an errno code such as ENOENT or EACCES). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
