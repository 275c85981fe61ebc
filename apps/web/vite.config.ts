import { fileURLToPath } from 'node:url';

import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

import { graphqlDocuments } from './build/graphql-documents.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The console is built into dist/web, which the API server serves at `/` (after `nest build`,
// which empties dist/). Element Plus components are imported on demand, so a page only ships
// what it uses (the whole library is ~500 KB gzipped, over the dashboard's budget).
export default defineConfig({
  root,
  base: '/',
  plugins: [
    graphqlDocuments(),
    vue(),
    AutoImport({ resolvers: [ElementPlusResolver()], dts: false }),
    Components({ resolvers: [ElementPlusResolver()], dts: false }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Hashed file names: the server lets browsers cache /assets/* for a year.
    assetsDir: 'assets',
    reportCompressedSize: false,
    // ECharts is one ~530 KB chunk (~180 KB gzipped), loaded after the figure cards; the budget that
    // matters is the dashboard's first load, measured by `npm run bench -- --only CONSOLE`.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npm run web:dev`: the console with hot reload, the API from a server started with `npm start`.
    proxy: Object.fromEntries(
      ['/graphql', '/health', '/imports', '/exports', '/templates', '/explorer'].map((path) => [path, 'http://127.0.0.1:3000']),
    ),
  },
});
