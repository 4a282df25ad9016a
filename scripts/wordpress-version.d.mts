/** The repository's root. */
export declare const ROOT: string;
/** The versions the plugin states, by place. Throws if one is missing. */
export declare function wordPressVersions(root?: string): { header: string; constant: string; stableTag: string };
/** Sets the plugin's version in every place; returns the files it changed. */
export declare function setWordPressVersion(version: string, root?: string): string[];
