import type { Component } from 'vue'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'

/** Renders a component with props to HTML, as the server would: no browser needed. */
export function renderComponent(component: Component, props: Record<string, unknown>): Promise<string> {
  return renderToString(createSSRApp({ render: () => h(component, props) }))
}

/** The text of every SVG `<text>` element in rendered HTML, tspans joined per element. */
export function svgTexts(html: string): string[] {
  return [...html.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map(match => decode(match[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()))
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')
}
