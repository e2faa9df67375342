// Types for scripts/postgres.mjs (used by the test script and the server's storage tests).
export declare function postgresBin(): string | undefined;
export declare const postgresMissing: string;
export declare function ensurePostgres(): string;
