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
    async saveFile(options) {
      const owner = window();
      const settings = { title: options.title, defaultPath: options.defaultName, filters: options.filters };
      const result = owner ? await dialog.showSaveDialog(owner, settings) : await dialog.showSaveDialog(settings);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
