/** Resolves in a task of its own, after whatever the browser has waiting (input, a paint). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
