/** Types of `command-bundle.mjs` (plain JavaScript, run before any TypeScript loader). */

/** Where bundles are kept, under the project. */
export declare const BUNDLE_DIR: string

/**
 * The bundle of a command's module: kept from an earlier run when no file in it changed,
 * otherwise made now; throws when it cannot be made or written.
 */
export declare function commandBundle(root: string, entry: string, dir?: string): Promise<string>
