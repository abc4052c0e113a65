/**
 * A time of day typed as text and always shown on the 24-hour clock ('HH:MM'), whatever the
 * machine's locale: a native <input type="time"> shows "05:30 PM" on an en-US machine.
 *
 * Accepts "9:00", "900", "9h30", "9 h 30", "17.30"… (shared/domain/timeInput.ts) and
 * normalises on blur and Enter; a complete 'HH:MM' is passed on as it is typed. ArrowUp and
 * ArrowDown move by 5 minutes. Text that is not a time marks the field invalid and is never
 * passed to the parent: `onChange` only ever receives 'HH:MM', or '' when the field is cleared.
 */
import {
  type FocusEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isCompleteTime, parseTimeInput, stepTime } from '../../../shared/domain/timeInput.ts';
import { FieldShell } from './Field.tsx';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'defaultValue' | 'onChange' | 'inputMode' | 'autoComplete' | 'placeholder'
>;

export interface TimeFieldProps extends InputProps {
  /** 'HH:MM', or '' for no time yet. */
  value: string;
  /** Receives a valid 'HH:MM' (or '' when cleared); never text that is not a time. */
  onChange: (value: string) => void;
  /** After blur or Enter, with the normalised value, once the text is valid. */
  onCommit?: (value: string) => void;
  /** Tells the parent when the text in the field is not a time (its last valid value is stale). */
  onInvalidChange?: (invalid: boolean) => void;
  /** A visible label above the field (like TextField); without it, pass `aria-label`. */
  label?: ReactNode;
  hint?: ReactNode;
  /** The parent's own message for this field (e.g. "The day must end after it starts"). */
  error?: string | null;
  fieldClassName?: string;
  /** Extra classes for the <input> ("input--inline" in table rows). */
  inputClassName?: string;
  /** The <input> itself (to move the focus to it). */
  ref?: Ref<HTMLInputElement>;
}

export function TimeField({
  value,
  onChange,
  onCommit,
  onInvalidChange,
  label,
  hint,
  error,
  fieldClassName,
  inputClassName,
  id: givenId,
  onBlur,
  onKeyDown,
  'aria-describedby': parentDescribedBy,
  ref,
  ...input
}: TimeFieldProps) {
  const { t } = useTranslation();
  const generated = useId();
  const id = givenId ?? generated;
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The parent changed the value (a save, a reset, a new row): show it.
    setSeen(value);
    setText(value);
    setInvalid(false);
  }

  // The parent hears "invalid" while it lasts, and "valid again" when it ends or the field goes.
  const report = useRef(onInvalidChange);
  useEffect(() => {
    report.current = onInvalidChange;
  });
  useEffect(() => {
    if (!invalid) return;
    report.current?.(true);
    return () => report.current?.(false);
  }, [invalid]);

  /** Normalises the text; returns the value to commit, or null when the text is not a time. */
  const settle = (): string | null => {
    if (text.trim() === '') {
      setText('');
      setInvalid(false);
      if (value !== '') onChange('');
      return '';
    }
    const parsed = parseTimeInput(text);
    if (parsed === null) {
      setInvalid(true);
      return null;
    }
    setText(parsed);
    setInvalid(false);
    if (parsed !== value) onChange(parsed);
    return parsed;
  };

  const handleChange = (next: string) => {
    setText(next);
    if (isCompleteTime(next)) {
      setInvalid(false);
      if (next !== value) onChange(next);
    } else if (/^\d{2}:\d{2}$/.test(next)) {
      setInvalid(true); // "25:00": complete, and not a time
    } else if (invalid && parseTimeInput(next) !== null) {
      setInvalid(false); // being corrected: stop shouting, the value is passed on at blur
    }
  };

  const handleBlur = (e: FocusEvent<HTMLInputElement>) => {
    const settled = settle();
    if (settled !== null) onCommit?.(settled);
    onBlur?.(e);
  };

  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      const settled = settle();
      if (settled === null) {
        e.preventDefault(); // no form submission with a time that is not one
        return;
      }
      onCommit?.(settled);
    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && !e.altKey && !e.metaKey && !e.ctrlKey) {
      const stepped = stepTime(text, e.key === 'ArrowUp' ? 1 : -1);
      if (stepped !== null) {
        e.preventDefault();
        setText(stepped);
        setInvalid(false);
        if (stepped !== value) onChange(stepped);
      }
    } else if (e.key === 'Escape') {
      setText(value);
      setInvalid(false);
    }
    onKeyDown?.(e);
  };

  const ownError = invalid ? t('timeField.invalid') : null;
  const shown = ownError ?? error ?? null;
  const ownErrorId = `${id}-time-error`;

  const field = (
    <input
      ref={ref}
      id={id}
      {...input}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder={t('timeField.placeholder')}
      maxLength={8}
      className={['input', 'input--time', inputClassName].filter(Boolean).join(' ')}
      value={text}
      onChange={(e) => handleChange(e.target.value)}
      onBlur={handleBlur}
      onKeyDown={handleKeyDown}
      aria-invalid={shown ? true : undefined}
      aria-describedby={
        label === undefined
          ? [ownError ? ownErrorId : null, parentDescribedBy].filter(Boolean).join(' ') || undefined
          : shown
            ? `${id}-error`
            : hint
              ? `${id}-hint`
              : undefined
      }
    />
  );

  if (label !== undefined) {
    return (
      <FieldShell id={id} label={label} hint={hint} error={shown} className={fieldClassName}>
        {field}
      </FieldShell>
    );
  }
  return (
    <span className={['time-field', fieldClassName].filter(Boolean).join(' ')}>
      {field}
      {ownError ? (
        <span className="time-field__error field__error" id={ownErrorId}>
          {ownError}
        </span>
      ) : null}
    </span>
  );
}
