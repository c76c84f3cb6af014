/**
 * Joins class names, leaving out those whose condition is false. It does not resolve conflicts
 * between Tailwind classes: callers pass one class per property, choosing with a condition.
 */
export function cn(...classes: readonly (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}
