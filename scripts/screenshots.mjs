#!/usr/bin/env node
// Screenshots of the demo's card for the README, light and dark:
//   node scripts/screenshots.mjs      (after `npm run build`) → docs/card-light.png, docs/card-dark.png
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, launch, serveDemo } from "../tests/e2e/helpers.mjs";

const server = await serveDemo();
const browser = await launch();
mkdirSync(join(ROOT, "docs"), { recursive: true });
for (const colorScheme of ["light", "dark"]) {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, colorScheme, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForSelector("fact-card[data-state=ready]");
  const card = page.locator("fact-card");
  await card.screenshot({ path: join(ROOT, `docs/card-${colorScheme}.png`) });
  console.log(`docs/card-${colorScheme}.png`);
  await page.close();
}
await browser.close();
await server.close();
