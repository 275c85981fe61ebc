import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('../src/generated/graphql.ts', import.meta.url));
const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const GRAPHQL_IMPORT = /^import \{ graphql \} from '[^']*generated';\n/m;
/** One generated document per line: `export const XDocument = {…} as unknown as DocumentNode<…>;`. */
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * Replaces each `graphql(`…`)` call of the console's operation files by the typed document the
 * code generator made for it (`ConsoleLoginDocument`, `…FragmentDoc`), written into the file that
 * uses it. Without it, the client preset's `graphql()` finds documents in one map holding every
 * operation of the console, so the dashboard would ship the workbench's and the administrators'
 * operations too (about 50 KB gzipped); importing them from generated/graphql.ts instead would
 * still make one chunk of them all. The same job as the code generator's Babel optimizer,
 * without running Babel in the build.
 */
export function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'rural-graphql-documents',
    enforce: 'pre',
    buildStart() {
      const generated = readFileSync(GENERATED, 'utf8');
      documents = new Map([...generated.matchAll(GENERATED_DOCUMENT)].map((match) => [match[1], match[2]]));
      this.addWatchFile(GENERATED);
    },
    transform(code, id) {
      if (!id.endsWith('.ts') || id.includes('/generated/') || !code.includes('graphql(`')) return null;
      let changed = false;
      const replaced = code.replace(CALL, (_call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) throw new Error(`${id}: a graphql() call without a named operation or fragment`);
        const name = definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`;
        const document = documents.get(name);
        if (!document) throw new Error(`${id}: no generated ${name}: run npm run codegen`);
        changed = true;
        return `(${document})`;
      });
      return changed ? { code: replaced.replace(GRAPHQL_IMPORT, ''), map: null } : null;
    },
  };
}
