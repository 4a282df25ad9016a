/** One translatable string of the plugin. */
export interface PotEntry {
  msgid: string;
  msgctxt?: string;
  comments: string[];
  refs: string[];
}
/** The plugin's folder. */
export declare const PLUGIN: string;
/** The template's path. */
export declare const POT: string;
/** Every PHP file of the plugin, relative to its folder, sorted. */
export declare function phpFiles(dir?: string): string[];
/** The translatable strings of PHP sources (file name → text), in order of first use. */
export declare function extractStrings(sources: Record<string, string>): PotEntry[];
/** The plugin header's fields that WordPress translates. */
export declare function headerStrings(mainFile: string): Record<string, string>;
/** The template for a plugin folder. */
export declare function potText(dir?: string): string;
