/**
 * Keeps an AbortController per running task so a cancel message (by task id) reaches the handler.
 * Owned by the process that runs handlers (main process, or the e2e harness).
 */
export class TaskRegistry {
  private readonly controllers = new Map<string, AbortController>();

  start(taskId: string | undefined): AbortController {
    const controller = new AbortController();
    if (taskId) {
      this.controllers.get(taskId)?.abort();
      this.controllers.set(taskId, controller);
    }
    return controller;
  }

  finish(taskId: string | undefined, controller: AbortController): void {
    if (taskId && this.controllers.get(taskId) === controller) this.controllers.delete(taskId);
  }

  cancel(taskId: string): boolean {
    const controller = this.controllers.get(taskId);
    if (!controller) return false;
    controller.abort();
    this.controllers.delete(taskId);
    return true;
  }

  cancelAll(): void {
    for (const controller of this.controllers.values()) controller.abort();
    this.controllers.clear();
  }
}
