/**
 * Labelled form controls: a visible <label for>, an optional hint, and an inline error
 * wired with aria-invalid / aria-describedby so screen readers announce it with the field.
 *
 * `limit` (text fields): the field never cuts what is typed or pasted; it counts near the
 * limit and says by how much a text is over it (see textLimit.ts). The form refuses to save
 * while `checkLength(value, limit).over > 0`.
 */
import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { useTranslation } from 'react-i18next';
import { checkLength } from './textLimit.ts';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  className?: string;
  /** Shown at the end of the hint line (a length counter). */
  counter?: ReactNode;
  children: ReactNode;
}

export function FieldShell({ id, label, hint, error, className, counter, children }: FieldShellProps) {
  const message = error ? (
    <p className="field__error" id={`${id}-error`}>
      {error}
    </p>
  ) : hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
  return (
    <div className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {counter ? (
        <div className="field__foot">
          {message ?? <span />}
          {counter}
        </div>
      ) : (
        message
      )}
    </div>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown, counter = false) =>
  [error ? `${id}-error` : hint ? `${id}-hint` : '', counter ? `${id}-counter` : ''].filter(Boolean).join(' ') ||
  undefined;

type Common = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  fieldClassName?: string;
  /** The most characters the core takes (LIMITS in shared/schemas.ts): counted, never cut. */
  limit?: number;
};

/** The counter near the limit and the message over it, for a field with a `limit`. */
export function useLengthLimit(value: unknown, limit: number | undefined, id: string) {
  const { t, i18n } = useTranslation();
  const tooLong = useTooLong();
  if (limit === undefined || typeof value !== 'string') return { counter: null, overMessage: null };
  const check = checkLength(value, limit);
  if (!check.near) return { counter: null, overMessage: null };
  const number = new Intl.NumberFormat(i18n.language);
  const values = { length: number.format(check.length), max: number.format(limit) };
  return {
    counter: (
      <span className={`field__counter${check.over > 0 ? ' field__counter--over' : ''}`} id={`${id}-counter`}>
        <span aria-hidden="true">{t('field.counter', values)}</span>
        <span className="visually-hidden">{t('field.counterSpoken', values)}</span>
      </span>
    ),
    overMessage: tooLong(value, limit),
  };
}

/**
 * For a text edited where a field's counter has no room (a cell of an editable row): the message
 * for a text over its limit ("3 characters too many (at most 120). Nothing has been cut."), or
 * null when it fits. The row shows it and refuses to save; nothing is cut.
 */
export function useTooLong(): (value: string, limit: number) => string | null {
  const { t, i18n } = useTranslation();
  return (value, limit) => {
    const { over } = checkLength(value, limit);
    if (over === 0) return null;
    const number = new Intl.NumberFormat(i18n.language);
    return t('errors.tooLong', { count: over, n: number.format(over), max: number.format(limit) });
  };
}

export function TextField({
  label,
  hint,
  error,
  fieldClassName,
  limit,
  id: givenId,
  ref,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const generated = useId();
  const id = givenId ?? generated;
  const { counter, overMessage } = useLengthLimit(input.value, limit, id);
  const shown = error || overMessage;
  return (
    <FieldShell id={id} label={label} hint={hint} error={shown} className={fieldClassName} counter={counter}>
      <input
        ref={ref}
        id={id}
        className="input"
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, hint, shown, counter !== null)}
        {...input}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  fieldClassName,
  limit,
  id: givenId,
  ref,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const generated = useId();
  const id = givenId ?? generated;
  const { counter, overMessage } = useLengthLimit(input.value, limit, id);
  const shown = error || overMessage;
  return (
    <FieldShell id={id} label={label} hint={hint} error={shown} className={fieldClassName} counter={counter}>
      <textarea
        ref={ref}
        id={id}
        className="input textarea"
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, hint, shown, counter !== null)}
        {...input}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  error,
  fieldClassName,
  id: givenId,
  children,
  ref,
  ...select
}: Omit<Common, 'limit'> & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      <select
        ref={ref}
        id={id}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}
