import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** A file inside an installed package; the bundles are not in the packages' `exports`, so found from their package.json. */
function packageFile(packageName: string, file: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), file);
}

/**
 * Every file the explorer page loads, by the name it is served under (`/explorer/assets/<name>`).
 * GraphiQL 4 and React 18 ship ready browser bundles (UMD) inside their npm packages, so the
 * page needs no CDN and no bundler: the server hands out the installed files as they are.
 */
export const EXPLORER_ASSETS: Readonly<Record<string, string>> = {
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  // Our own script and styles: the sign-in form and GraphiQL's fetcher with the token.
  'explorer.browser.js': fileURLToPath(new URL('./explorer.browser.js', import.meta.url)),
  'explorer.css': fileURLToPath(new URL('./explorer.css', import.meta.url)),
};
