// Types for scripts/chromium.mjs (used by the Playwright config and the benchmarks).
export declare const chromiumArgs: string[];
export declare function chromiumPath(): string;
export declare function ensureChromium(): string;
