// @ts-check
/**
 * Loaded by `npm run deck` with `node --import` before the TypeScript loader: loads the
 * packages the deck command uses under plain Node, where they load in two thirds of the
 * time and with 60 MB less than through the loader; our own modules then find them
 * loaded. A package left out of the list is loaded later all the same, only slower.
 */
const PACKAGES = [
  'playwright-chromium',
  'pdf-lib',
  'pptxgenjs',
  'jszip',
  'yaml',
  'zod',
  '@slidev/parser',
  'htmlparser2',
  'domhandler',
  'dom-serializer',
  'unified',
  'remark-parse',
  'remark-gfm',
  'remark-math',
  'remark-frontmatter',
  'remark-cjk-friendly',
  'mdast-util-to-string',
  'unist-util-visit',
  'shiki',
  'sirv',
  'file-type',
  'ipaddr.js',
  '@node-rs/jieba',
  '@node-rs/jieba/dict.js',
  'd3-hierarchy',
  'd3-scale',
  'd3-shape',
  '@dagrejs/dagre',
]

await Promise.all(PACKAGES.map(name => import(name).catch(() => {})))
