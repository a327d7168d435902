/** IPC channel names. Only electron/main/ipc.ts and electron/preload/index.ts use them. */
export const IPC_INVOKE = 'switchyard:invoke';
export const IPC_CANCEL = 'switchyard:cancel';
export const IPC_PROGRESS = 'switchyard:progress';
