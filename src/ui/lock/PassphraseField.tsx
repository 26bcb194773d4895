/*
 * One passphrase box: a visible label, a hint and an error tied to it for
 * screen readers (all in the caller's words), pasting and password managers allowed (WCAG 2.2, 3.3.8),
 * and the characters shown when the person asks for it.
 */
import { useId, type Ref } from 'react';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'current-password' to open, 'new-password' to choose one: password managers fill or offer accordingly. */
  autoComplete: 'current-password' | 'new-password';
  shown: boolean;
  hint?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
};

export function PassphraseField({ label, value, onChange, autoComplete, shown, hint, error, inputRef }: Props) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="muted">{hint}</p>}
      <input
        id={id}
        ref={inputRef}
        className="passphrase"
        type={shown ? 'text' : 'password'}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}

/** "Show what I type": the characters in plain view, for people who can't see what they type well. */
export function ShowPassphrase({ shown, onChange, label }: { shown: boolean; onChange: (shown: boolean) => void; label: string }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={shown} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}
