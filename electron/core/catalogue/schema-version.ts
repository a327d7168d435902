/**
 * The public schema version of catalogue.sqlite, stored in PRAGMA user_version by the build and checked by the app.
 * Bump it whenever a table or column documented in data/SCHEMA.md changes, so an app never reads a catalogue it does
 * not understand.
 */
export const CATALOGUE_SCHEMA_VERSION = 1;

/** The licence of the catalogue data (not of the code); see data/LICENSE. */
export const CATALOGUE_DATA_LICENCE = 'CC-BY-4.0';
