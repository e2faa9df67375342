// Fails when any language's built app exceeds a size budget of docs QUALITY (P1–P3), naming the budget and the figures.
// Reads the existing build (run after `npm run build`); takes well under a second and needs no browser.
import { builtLanguages, bundleSizes, sizeBudgets } from '../bench/bundle-size.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
let over = false;
for (const language of builtLanguages) {
  const sizes = bundleSizes(language);
  for (const [figure, budget] of Object.entries(sizeBudgets)) {
    const size = sizes[figure];
    const line = `${budget.name} (${language}): ${kb(size)} gzip, budget ${kb(budget.bytes)} (${size} of ${budget.bytes} bytes)`;
    if (size > budget.bytes) {
      over = true;
      console.error(`OVER BUDGET ${line}: ${size - budget.bytes} bytes too many`);
    } else console.log(`within budget ${line}`);
  }
}
if (over) {
  console.error('Load new code when its screen opens (a dynamic import), or make it smaller; budgets: docs QUALITY.');
  process.exit(1);
}
