import type { ServiceBadge } from "../bindings/ServiceBadge";
import "./ServiceIcon.css";

interface Props {
  /** From the core (`otp::icons::badge`): the matched brand icon, and the monogram always. */
  badge: ServiceBadge;
}

/**
 * A service's brand icon (simple-icons, vendored under /icons/, loaded only when shown) or,
 * when none matched, its monogram. Decorative: the service's name is always in the text beside
 * it, so it is hidden from assistive technology.
 *
 * The icon is the SVG used as a mask over a colour: the brand colour on the card when it has
 * 3:1 contrast there (`on_light` / `on_dark`, decided in the core), else the text colour. The
 * colours go in through custom properties set with CSSOM (allowed by the window's CSP).
 */
export function ServiceIcon({ badge }: Props) {
  const icon = badge.icon;
  if (icon) {
    const cls = ["service-icon", icon.on_light ? "si-light" : "", icon.on_dark ? "si-dark" : ""].filter(Boolean).join(" ");
    return (
      <span
        class={cls}
        aria-hidden="true"
        data-testid="service-icon"
        data-slug={icon.slug}
        style={{ "--si-colour": icon.hex, "--si-mask": `url("/icons/${encodeURIComponent(icon.slug)}.svg")` }}
      />
    );
  }
  // The letters are drawn by CSS (`content: attr(data-letters)`), not as text: the name beside
  // it stays the element's only text (what tests, copy and find-in-page read).
  const m = badge.monogram;
  return (
    <span
      class="service-monogram"
      aria-hidden="true"
      data-testid="service-monogram"
      data-letters={m.letters}
      style={{ "--mono-bg": m.background, "--mono-text": m.text }}
    />
  );
}
