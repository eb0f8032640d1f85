// The deck's own fonts, so Latin, Chinese and Japanese text render the same on any machine, offline:
// the @fontsource stylesheets of the faces its language draws with (setup/vite-plugins.ts), so a
// Chinese or English deck carries no Japanese font. A face's files are fetched only when text uses it (theme.css).
import 'virtual:deck-fonts'
// The deck's colour emoji font, declared for every page when the deck has emoji (setup/vite-plugins.ts).
import 'virtual:deck-emoji'
import '@slidev/client/styles/layouts-base.css'
import '@slidev/theme-default/styles/layouts.css'
import './theme.css'
import './print.css'
import './diagrams.css'
import './callout.css'
