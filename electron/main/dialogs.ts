/**
 * File dialogs for handlers, from Electron's dialog module. The renderer never sees a path it did not
 * get from one of these dialogs (or from a drop the preload resolved), so it cannot ask for arbitrary files.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../core/api/services';

export function electronDialogs(window: () => BrowserWindow | undefined): Dialogs {
  return {
    async openFiles(options) {
      const properties: Array<'openFile' | 'openDirectory' | 'multiSelections'> = [options.directories ? 'openDirectory' : 'openFile'];
      if (options.multiple) properties.push('multiSelections');
      if (options.directories) properties.push('openFile');
      const owner = window();
      const result = owner
        ? await dialog.showOpenDialog(owner, { title: options.title, properties, filters: options.filters })
        : await dialog.showOpenDialog({ title: options.title, properties, filters: options.filters });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async confirmDroppedFiles(paths) {
      const owner = window();
      const shown = paths.slice(0, 20).join('\n') + (paths.length > 20 ? `\n… and ${paths.length - 20} more` : '');
      const settings = {
        type: 'question' as const, buttons: ['Import', 'Cancel'], defaultId: 0, cancelId: 1, noLink: true,
        message: `Import ${paths.length} dropped file${paths.length === 1 ? '' : 's'} into the fleet view?`, detail: shown,
      };
      const result = owner ? await dialog.showMessageBox(owner, settings) : await dialog.showMessageBox(settings);
      return result.response === 0;
    },
    async saveFile(options) {
      const owner = window();
      const settings = { title: options.title, defaultPath: options.defaultName, filters: options.filters };
      const result = owner ? await dialog.showSaveDialog(owner, settings) : await dialog.showSaveDialog(settings);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
