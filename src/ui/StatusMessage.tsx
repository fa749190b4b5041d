import type { ComponentChildren } from 'preact';

type StatusMessageProps = {
  kind: 'loading' | 'info' | 'error';
  title: string;
  children?: ComponentChildren;
};

/** Loading, empty and error states, announced to screen readers. */
export function StatusMessage({ kind, title, children }: StatusMessageProps) {
  return (
    <section class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-busy={kind === 'loading'}>
      <h2 class="status-title">{title}</h2>
      {children}
    </section>
  );
}
