// The installable, offline app: web app manifest, icons and the Workbox service worker that
// vite-plugin-pwa writes at build time. The page registers the worker itself (src/pwa/), with no
// inline script, and asks the reader before a new version takes over.
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The paper colour of the light theme (src/styles/app.css --background), and the app's red. */
const paper = '#fbf8f1';
const red = '#a01c1c';

/**
 * The largest file the service worker precaches: Workbox's default, 2 MiB, set here so that it is
 * a decision. The biggest file is the opencc-js 简→繁 converter chunk (its dictionaries), 1.05 MiB
 * (1,098,157 bytes, 474 kB gzipped). vite-plugin-pwa fails the build when a file outgrows the limit,
 * so no feature can silently go uncached and need the network.
 */
export const maximumPrecachedFileBytes = 2 * 1024 * 1024;

export function pwaOptions(): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    // src/pwa/registerServiceWorker.ts registers it through workbox-window: no inline script to allow in the CSP.
    injectRegister: false,
    strategies: 'generateSW',
    manifest: {
      name: '读报',
      short_name: '读报',
      description: '离线阅读地方报纸',
      lang: 'zh-CN',
      dir: 'ltr',
      // Relative to the manifest, so the app installs from whatever folder it is served from.
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: paper,
      background_color: paper,
      categories: ['news', 'books'],
      shortcuts: [
        { name: '搜索', short_name: '搜索', description: '搜索报纸', url: './#/search' },
        { name: '收藏', short_name: '收藏', description: '我收藏的文章', url: './#/bookmarks' },
      ],
      screenshots: [
        { src: 'screenshots/home-narrow.png', sizes: '360x740', type: 'image/png', form_factor: 'narrow', label: '按报纸和日期浏览' },
        { src: 'screenshots/article-narrow.png', sizes: '360x740', type: 'image/png', form_factor: 'narrow', label: '阅读文章' },
        { src: 'screenshots/home-wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: '按报纸和日期浏览' },
      ],
    },
    // Every icon is rendered from public/favicon.svg at build time (no icon files in the repository).
    pwaAssets: {
      image: 'public/favicon.svg',
      preset: {
        transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
        // Full-bleed red behind the page, so a round or squircle mask never shows a white rim; at
        // 10 % padding the page's corners stay inside the maskable safe zone (a circle of 80 %).
        maskable: { sizes: [192, 512], padding: 0.1, resizeOptions: { background: red } },
        apple: { sizes: [180], padding: 0.1, resizeOptions: { background: red } },
      },
      overrideManifestIcons: true,
      // index.html has its own theme-color tags, one for light and one for dark.
      injectThemeColor: false,
    },
    workbox: {
      // The app shell: every chunk (the lazy ones too: 简繁 converter, search engine, worker), styles,
      // icons and the corpus manifest. The corpus packs are not: the ingest worker stores them in
      // IndexedDB once, and keeping a second copy here would double a year of a paper (>100 MB).
      globPatterns: ['**/*.{html,js,css,svg,png,ico}', 'corpus/manifest.json'],
      // The manifest's screenshots are for the install sheet, fetched by the browser when it shows one.
      globIgnores: ['screenshots/**'],
      maximumFileSizeToCacheInBytes: maximumPrecachedFileBytes,
      // Vite's file names carry a content hash: no cache-busting query needed for them.
      dontCacheBustURLsMatching: /-[\w-]{8}\.(js|css)$/,
      // Deep links (#/article/…, ?query) open offline: every navigation gets the app shell.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  };
}
