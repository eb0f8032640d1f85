/** The stylesheets of the fonts the deck's language draws with (the `deck:fonts` plugin of `setup/vite-plugins.ts`). */
declare module 'virtual:deck-fonts' {}

/** The stylesheet of the deck's emoji font, when the deck has emoji (the `deck:emoji` plugin of `setup/vite-plugins.ts`). */
declare module 'virtual:deck-emoji' {}
