// The deck's own fonts, so Chinese and Japanese render the same on any machine, offline.
// A face's files are fetched only when text in its deck's language uses it (theme.css).
import '@fontsource/noto-sans-jp/400.css'
import '@fontsource/noto-sans-jp/700.css'
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/jetbrains-mono/400.css'
import '@fontsource/jetbrains-mono/700.css'
import '@slidev/client/styles/layouts-base.css'
import '@slidev/theme-default/styles/layouts.css'
import './theme.css'
import './print.css'
import './diagrams.css'
