/**
 * `npm run screenshots`: starts the server on a fresh data folder and saves the README's screenshots of the main
 * pages into docs/screenshots/, taken in Debian's Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../e2e/browser.ts';
import { root, runCli, startServer, tempDataDir } from '../e2e/server.ts';

const shots = [
  { name: 'home', path: '/fr' },
  { name: 'scheme', path: '/en/schemes/dasc' },
  { name: 'timeline', path: '/nl/timeline' },
  { name: 'municipalities', path: '/fr/municipalities' },
  { name: 'sign-up', path: '/nl/sign-up' },
  { name: 'figures-dashboard', path: '/fr/figures' },
  { name: 'figures-map', path: '/nl/figures/map/disadvantaged-first-secondary#map' },
];

const data = tempDataDir();
// The map shows the real boundaries when the shared data folder is there (read at run time, never copied).
const boundaries = path.resolve(root, '..', 'shared', 'data', 'brussels-municipalities.geojson');
if (fs.existsSync(boundaries))
  await runCli(['geo', 'import', boundaries, '--credit', 'Statbel'], { DATA_DIR: data.dir });
else console.log(`${boundaries} is absent: the map screenshot shows the tile grid.`);
const server = await startServer({ DATA_DIR: data.dir });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const shot of shots) {
    await page.goto(`${server.url}${shot.path}`);
    const file = path.join(root, 'docs/screenshots', `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    console.log(`${shot.path} -> ${path.relative(root, file)}`);
  }
} finally {
  await browser.close();
  await server.stop();
  data.remove();
}
