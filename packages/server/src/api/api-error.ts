// The API's errors: a status and a short fixed reason as JSON (docs/sync-api.md), never an echo of the input.
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'ApiError';
  }
}
