import type { ComponentProps } from 'react';
import { cn } from './cn';

const BASE =
  'inline-flex min-h-10 min-w-10 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60 print:hidden';

const VARIANTS = {
  primary: 'bg-brand text-white hover:bg-brand/90',
  secondary: 'border border-line bg-white text-ink hover:bg-brand-soft',
  danger: 'border border-fail bg-white text-fail hover:bg-fail-soft',
  link: 'min-h-6 min-w-6 px-0 py-0 text-brand underline underline-offset-2 hover:no-underline',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** A button's classes, for a link that looks like one. */
export function buttonVariants({ variant }: { readonly variant?: ButtonVariant | null } = {}) {
  return `${BASE} ${VARIANTS[variant ?? 'primary']}`;
}

export type ButtonProps = ComponentProps<'button'> & { readonly variant?: ButtonVariant | null };

export function Button({ className, variant, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={cn(buttonVariants({ variant }), className)} {...props} />;
}
