/** The stylesheets of the fonts the deck's language draws with (the `deck:fonts` plugin of `setup/vite-plugins.ts`). */
declare module 'virtual:deck-fonts' {}
