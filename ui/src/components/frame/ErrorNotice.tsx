import type { ErrorInfo } from "../../api";

interface Props {
  error: ErrorInfo;
  id?: string;
  /** Where it appears: "block" on its own, "inline" next to a field. */
  variant?: "block" | "inline";
}

/** An error as the core describes it: what happened, and what to do next. */
export function ErrorNotice({ error, id, variant = "block" }: Props) {
  return (
    <div class={`notice notice-error notice-${variant}`} role="alert" id={id} data-code={error.code}>
      <p class="notice-message">{error.message}</p>
      {error.hint && <p class="notice-hint">{error.hint}</p>}
    </div>
  );
}
