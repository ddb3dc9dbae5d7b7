import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { Complaint } from "../../bindings/Complaint";
import type { Interaction } from "../../bindings/Interaction";
import type { UkRegion } from "../../bindings/UkRegion";
import { complaintsApi, type ComplaintStatus } from "../../complaintsApi";
import { CHANNEL_LABELS, formatDateTime, orNull } from "../../format";
import { t, type MessageKey } from "../../i18n";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { localDate } from "./complaintText";
import { ComplaintWhere } from "./ComplaintWhere";

/** The parts of the UK whose bank holidays differ (business days are counted over them). */
const UK_REGIONS: { value: UkRegion; label: MessageKey }[] = [
  { value: "england-and-wales", label: "complaintMark-region-england" },
  { value: "scotland", label: "complaintMark-region-scotland" },
  { value: "northern-ireland", label: "complaintMark-region-ni" },
];

interface Props {
  caseId: string;
  interactions: Interaction[];
  /** The complaint already marked (to change it), or null. */
  current: Complaint | null;
  onClose: () => void;
  onSaved: (status: ComplaintStatus) => void;
}

/** Mark a contact as the formal complaint: which one, where the company is and what it does,
 * the day it was received and the company's reference. Also changes or removes a mark. */
export function MarkComplaintDialog({ caseId, interactions, current, onClose, onSaved }: Props) {
  const newest = interactions.length > 0 ? [...interactions].sort((a, b) => Date.parse(a.started_at) - Date.parse(b.started_at)).pop() : undefined;
  const [contact, setContact] = useState(current?.contact_id ?? newest?.id ?? "");
  const [country, setCountry] = useState(current?.jurisdiction ?? "");
  const [sector, setSector] = useState(current?.sector ?? "");
  const startedOn = (id: string) => {
    const i = interactions.find((x) => x.id === id);
    return i ? localDate(i.started_at) : localDate(new Date().toISOString());
  };
  const [received, setReceived] = useState(current?.received_on ?? startedOn(contact));
  const [reference, setReference] = useState(current?.firm_reference ?? "");
  const [region, setRegion] = useState<UkRegion>(current?.region ?? "england-and-wales");
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!contact || !country || !sector) return;
    setError(null);
    setBusy(true);
    try {
      const status = await complaintsApi.mark(caseId, {
        contact_id: contact,
        jurisdiction: country,
        sector,
        received_on: received || null,
        firm_reference: orNull(reference),
        region: country === "GB" ? region : null,
      });
      onSaved(status);
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  const clear = async () => {
    setError(null);
    setBusy(true);
    try {
      onSaved(await complaintsApi.clear(caseId));
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  const byNewest = [...interactions].sort((a, b) => Date.parse(b.started_at) - Date.parse(a.started_at));

  return (
    <Dialog title={current ? t("complaintMark-titleChange") : t("complaintMark-title")} onClose={onClose} testId="complaint-mark-dialog">
      <form class="complaint-form" onSubmit={(e) => void save(e)} noValidate>
        <p class="muted">{t("complaintMark-help")}</p>
        <div class="field">
          <label for="complaint-contact">{t("complaintMark-contact")}</label>
          <select
            id="complaint-contact"
            data-testid="complaint-contact"
            value={contact}
            onChange={(e) => {
              const id = e.currentTarget.value;
              setContact(id);
              setReceived(startedOn(id));
            }}
          >
            {byNewest.map((i) => (
              <option key={i.id} value={i.id}>
                {formatDateTime(i.started_at)} · {CHANNEL_LABELS[i.channel]} · {i.summary.length > 60 ? `${i.summary.slice(0, 59)}…` : i.summary}
              </option>
            ))}
          </select>
        </div>
        <ComplaintWhere
          idPrefix="complaint"
          country={country}
          sector={sector}
          received={received}
          onCountry={setCountry}
          onSector={setSector}
        />
        {country === "GB" && (
          <div class="field">
            <label for="complaint-region">{t("complaintMark-region")}</label>
            <select
              id="complaint-region"
              data-testid="complaint-region"
              value={region}
              aria-describedby="complaint-region-help"
              onChange={(e) => setRegion(e.currentTarget.value as UkRegion)}
            >
              {UK_REGIONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {t(r.label)}
                </option>
              ))}
            </select>
            <p class="help" id="complaint-region-help">
              {t("complaintMark-regionHelp")}
            </p>
          </div>
        )}
        <div class="grid-2">
          <div class="field">
            <label for="complaint-received">{t("complaintMark-received")}</label>
            <input
              id="complaint-received"
              data-testid="complaint-received-on"
              type="date"
              value={received}
              aria-describedby="complaint-received-help"
              onInput={(e) => setReceived(e.currentTarget.value)}
            />
            <p class="help" id="complaint-received-help">
              {t("complaintMark-receivedHelp")}
            </p>
          </div>
          <div class="field">
            <label for="complaint-reference">{t("complaintMark-reference")}</label>
            <input
              id="complaint-reference"
              data-testid="complaint-reference"
              type="text"
              class="mono"
              spellcheck={false}
              value={reference}
              onInput={(e) => setReference(e.currentTarget.value)}
            />
          </div>
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          {current && (
            <button type="button" class="quiet" data-testid="complaint-clear" disabled={busy} onClick={() => void clear()}>
              {t("complaintMark-clear")}
            </button>
          )}
          <button type="button" onClick={onClose} disabled={busy}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="complaint-mark-save" disabled={busy || !contact || !country || !sector}>
            {current ? t("complaintMark-saveChange") : t("complaintMark-save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Which logged contact was the company's final response (or deadlock letter): its date starts
 * the customer's next clock. One not logged yet is logged from the Log form. */
export function FinalResponseDialog({
  interactions,
  complaintContact,
  onClose,
  onSaved,
}: {
  interactions: Interaction[];
  /** The complaint's own contact (not offered). */
  complaintContact: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const candidates = [...interactions]
    .filter((i) => i.id !== complaintContact)
    .sort((a, b) => Date.parse(b.started_at) - Date.parse(a.started_at));
  const [contact, setContact] = useState(candidates[0]?.id ?? "");
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!contact) return;
    setError(null);
    setBusy(true);
    try {
      await complaintsApi.setKind(contact, "final_response");
      onSaved();
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("complaintFinal-title")} onClose={onClose} testId="complaint-final-dialog">
      <form class="complaint-form" onSubmit={(e) => void save(e)} noValidate>
        <p class="muted">{t("complaintFinal-help")}</p>
        {candidates.length === 0 ? (
          <p data-testid="complaint-final-none">{t("complaintFinal-none")}</p>
        ) : (
          <div class="field">
            <label for="complaint-final-contact">{t("complaintFinal-contact")}</label>
            <select
              id="complaint-final-contact"
              data-testid="complaint-final-contact"
              value={contact}
              onChange={(e) => setContact(e.currentTarget.value)}
            >
              {candidates.map((i) => (
                <option key={i.id} value={i.id}>
                  {formatDateTime(i.started_at)} · {CHANNEL_LABELS[i.channel]} · {i.summary.length > 60 ? `${i.summary.slice(0, 59)}…` : i.summary}
                </option>
              ))}
            </select>
          </div>
        )}
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="complaint-final-save" disabled={busy || !contact}>
            {t("complaintFinal-save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
