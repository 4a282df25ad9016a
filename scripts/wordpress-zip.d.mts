/** The plugin's source folder (without assets/, which the build fills). */
export declare const PLUGIN_DIR: string;
/** Where the zip is written by default. */
export declare const ZIP_PATH: string;
/** The script-tag files of a dist/ folder that the plugin ships: politely*.js, nothing else. */
export declare function scriptTagFiles(dist?: string): string[];
/** Writes the plugin's zip; returns its path, size and file list (as in the zip). */
export declare function buildWordPressZip(options?: { dist?: string; out?: string }): { path: string; size: number; files: string[] };
