// npm run screenshots:install: the pictures of the install sheet (the web app manifest's
// `screenshots`) into public/screenshots/: the home page and an article on a phone (narrow),
// and the home page on a desktop (wide). Like npm run screenshots, needs CJK fonts and a build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, newReaderContext, serveBuiltApp } from '../test/helpers/chromium';

const outDir = join(import.meta.dirname, '../public/screenshots');
mkdirSync(outDir, { recursive: true });

const shots = [
  { name: 'home-narrow', viewport: { width: 360, height: 740 }, hash: '' },
  { name: 'article-narrow', viewport: { width: 360, height: 740 }, hash: '#/article/fd32062a99bd' },
  { name: 'home-wide', viewport: { width: 1280, height: 800 }, hash: '' },
];

const app = await serveBuiltApp();
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const context = await newReaderContext(browser, { viewport: shot.viewport, colorScheme: 'light' });
    const page = await context.newPage();
    // The first visit saves the papers; the picture shows the app as a reader sees it afterwards.
    await page.goto(app.url);
    await page.getByRole('contentinfo').getByText('已可离线阅读').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '知道了' }).click(); // the toast that says so
    await page.goto(`${app.url}${shot.hash}`);
    await page.locator(shot.hash ? 'article h1' : 'main li a[href^="#/article/"]').first().waitFor();
    await page.waitForTimeout(300); // let fonts and the last liveQuery settle
    await page.screenshot({ path: join(outDir, `${shot.name}.png`) });
    console.log(`public/screenshots/${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
