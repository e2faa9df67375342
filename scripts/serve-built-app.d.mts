// Types for scripts/serve-built-app.mjs.
export declare function serveBuiltApp(options?: { webRoot?: string }): Promise<{ url: string; stop: () => void }>;
