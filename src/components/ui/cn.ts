import { clsx, type ClassValue } from 'clsx';

/**
 * Joins class names. It does not resolve conflicts between Tailwind classes (that library would
 * cost the first page 9 KB): callers pass one class per property, choosing with a condition.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
