/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page
 * inert (the focus trap), Escape fires `cancel`, and the browser puts focus back on the
 * opener when it closes. The content mounts only while open, so forms start fresh each time.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from './Button.tsx';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Buttons shown at the bottom (right-aligned). */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  /** Wraps body and footer in a form so Enter submits and the footer's submit button works. */
  onSubmit?: () => void;
  testId?: string;
}

function restoreFocus(element: HTMLElement | null): void {
  if (element?.isConnected) element.focus();
}

export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  size = 'md',
  onSubmit,
  testId,
}: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  // Where focus was before opening: given back on close, even when the dialog unmounts
  // while open (the browser only restores focus itself on an explicit close()).
  const opener = useRef<HTMLElement | null>(null);
  const isOpen = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    isOpen.current = open;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // React's autoFocus runs before showModal, when nothing inside can take focus yet;
      // honour it here instead: [data-autofocus] first, else the first field.
      const target =
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>('.dialog__body input, .dialog__body select, .dialog__body textarea');
      target?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      restoreFocus(opener.current);
    }
  }, [open]);

  useEffect(
    () => () => {
      if (isOpen.current) restoreFocus(opener.current);
    },
    [],
  );

  const body = (
    <>
      <header className="dialog__header">
        <div>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="dialog__description">
              {description}
            </p>
          ) : null}
        </div>
        <IconButton icon="close" label={t('common.close')} onClick={onClose} />
      </header>
      <div className="dialog__body">{children}</div>
      {footer ? <footer className="dialog__footer">{footer}</footer> : null}
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      aria-modal="true"
      data-testid={testId}
      onCancel={(event) => {
        // Keep React state the source of truth: the parent decides to close.
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        onSubmit ? (
          <form
            className="dialog__form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit();
            }}
          >
            {body}
          </form>
        ) : (
          body
        )
      ) : null}
    </dialog>
  );
}
