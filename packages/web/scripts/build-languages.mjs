// Builds Ebb once per language: English into dist/, each other language into dist/<language>/, so every
// language's first screen carries its own words only. English goes first: its build empties dist/.
import { spawnSync } from 'node:child_process';

const languages = ['en', 'es', 'fr'];

for (const language of languages) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, EBB_LANGUAGE: language } });
  if (built.status !== 0) {
    console.error(`The ${language} build failed.`);
    process.exit(built.status ?? 1);
  }
}
