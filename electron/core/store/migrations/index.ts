import type { Migration } from '../migration';
import { migration001Audits } from './001-audits';
import { migration002SettingsAndCorrections } from './002-settings-and-corrections';
import { migration003Checklist } from './003-checklist';
import { migration004Fleet } from './004-fleet';

/** In order. Never edit a migration that has shipped: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Audits,
  migration002SettingsAndCorrections,
  migration003Checklist,
  migration004Fleet,
];
