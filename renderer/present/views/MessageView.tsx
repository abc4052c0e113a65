/** A calm full-screen message: loading, no workshop yet, or the core cannot be reached. */
export function MessageView({ title, text }: { title: string; text?: string }) {
  return (
    <section className="message" aria-live="polite">
      <h1 className="message__title">{title}</h1>
      {text ? <p className="message__text">{text}</p> : null}
    </section>
  );
}
