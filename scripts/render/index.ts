export type { ImageResolver } from './block-markdown'
export { renderSlidev } from './render-slidev'
export type { RenderOptions } from './render-slidev'
