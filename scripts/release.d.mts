/** The version after `current` for a bump (`patch`, `minor`, `major`) or an exact `x.y.z`. */
export declare function nextVersion(current: string, bump: string): string;
/** CHANGELOG.md with "Unreleased" dated as `version`, and a new empty "Unreleased" above it. */
export declare function datedChangelog(text: string, version: string, date: string): string;
/** The README with its exact-version examples moved from `from` to `to`. */
export declare function readmeAt(text: string, from: string, to: string): string;
