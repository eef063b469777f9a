/** Bad input the user can fix: reported as one clear line, never as a stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
