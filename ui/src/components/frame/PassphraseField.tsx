import type { Ref } from "preact";

interface Props {
  /** The input's id and test id; its error and help are `${id}-error` and `${id}-help`. */
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Typed characters shown ("Show the passphrase") rather than dots. */
  shown?: boolean;
  autocomplete: "current-password" | "new-password";
  autoFocus?: boolean;
  disabled: boolean;
  /** What is wrong with it, announced; replaces the help while there. */
  error: string | null;
  help?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A passphrase input with its label and, under it, its error or else its help: the unlock
 * screen, the lock screen and the unlock-change dialog ask for passphrases the same way. */
export function PassphraseField({ id, label, value, onInput, shown, autocomplete, autoFocus, disabled, error, help, inputRef }: Props) {
  const described = error ? `${id}-error` : help ? `${id}-help` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        ref={inputRef}
        type={shown ? "text" : "password"}
        autocomplete={autocomplete}
        autoFocus={autoFocus}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error ? (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : (
        help && (
          <p class="help" id={`${id}-help`}>
            {help}
          </p>
        )
      )}
    </div>
  );
}
