interface EmptyStateProps {
  title: string;
  body: string;
  children?: React.ReactNode;
}

/** What a screen shows before it has data: what will appear here, and how to get it. */
export function EmptyState({ title, body, children }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <p>{body}</p>
      {children}
    </section>
  );
}
