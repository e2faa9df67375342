// Test-only helpers other packages reuse (imports vitest, so it is kept out of the main entry).
export { recordBackendContract } from './store/record-backend-contract.ts';
