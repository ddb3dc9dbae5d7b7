import type { ErrorInfo } from "../../api";
import { errorText } from "../../i18n";

interface Props {
  error: ErrorInfo;
  id?: string;
  /** Where it appears: "block" on its own, "inline" next to a field. */
  variant?: "block" | "inline";
}

/** An error as the core describes it: what happened, and what to do next — in the window's
 * language, rendered from the catalogue by the error's code and arguments. */
export function ErrorNotice({ error, id, variant = "block" }: Props) {
  const { message, hint } = errorText(error);
  return (
    <div class={`notice notice-error notice-${variant}`} role="alert" id={id} data-code={error.code}>
      <p class="notice-message">{message}</p>
      {hint && <p class="notice-hint">{hint}</p>}
    </div>
  );
}
