//! The one outbound gate. Everything that leaves the profile — every export format, both
//! briefs, the escalation letter, helpdesk tickets and updates, `.eml` headers and attachments,
//! the PDF's embedded JSON, notifications, the clipboard brief — is rendered from a
//! [`RedactedCase`], and a `RedactedCase` can only be made here, by running every text field of
//! the case through the [`Redactor`]. Outbound renderers take a `RedactedCase`, never a case
//! from the store, so an outbound path that skips redaction does not compile.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::error::ShareError;
use super::model::{self, CaseExport};
use super::redact::{Flag, KnownSecret, RedactKind, Redactor, Segment};
use crate::cases::CaseStore;
use crate::i18n::{self, Lang};
use crate::t;

/// A case after the gate: every text redacted. Reads like the [`CaseExport`] it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct RedactedCase {
    export: CaseExport,
    /// Hand-off loops (A → B → A) with their team names redacted, for the escalation letter.
    bounces: Vec<RedactedBounce>,
    /// The language of its prose (masks, warnings) and of everything rendered from it.
    lang: Lang,
    /// The warnings' message ids, to say them again in the customer's own language.
    warning_ids: Vec<&'static str>,
    /// The complaint on the case, if one is marked: for letters and `.ics` deadlines.
    complaint: Option<RedactedComplaint>,
}

/// A case's complaint after the gate: its status on the day of the export (words in the
/// export's language, dates from the rules) with the firm's reference redacted, and which
/// contacts (numbered from 1) were the complaint and the final response.
#[derive(Debug, Clone, PartialEq)]
pub struct RedactedComplaint {
    pub status: crate::complaints::ComplaintStatus,
    pub contact: Option<u32>,
    pub final_response_contact: Option<u32>,
}

/// A hand-off loop, redacted.
#[derive(Debug, Clone, PartialEq)]
pub struct RedactedBounce {
    pub team: String,
    pub via: Vec<String>,
    pub at: DateTime<Utc>,
}

impl RedactedCase {
    pub fn export(&self) -> &CaseExport {
        &self.export
    }

    pub fn bounces(&self) -> &[RedactedBounce] {
        &self.bounces
    }

    /// The complaint marked on the case, redacted.
    pub fn complaint(&self) -> Option<&RedactedComplaint> {
        self.complaint.as_ref()
    }

    /// The language it was made in: briefs, letters and every format render in it.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The export's warnings in the current language (the customer's, where the export is in
    /// the reader's).
    pub fn warnings_here(&self) -> Vec<String> {
        self.warning_ids
            .iter()
            .map(|id| i18n::tr(id, &i18n::Args::new()))
            .collect()
    }
}

impl std::ops::Deref for RedactedCase {
    type Target = CaseExport;

    fn deref(&self) -> &CaseExport {
        &self.export
    }
}

/// One field whose text changes with redaction, for the preview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactPreviewItem")]
pub struct PreviewItem {
    /// Where it is ("title", "contact 2 summary", …).
    pub field: String,
    pub segments: Vec<Segment>,
}

/// Text left in the clear that looks sensitive, with where it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactPreviewFlag")]
pub struct PreviewFlag {
    /// Where it is ("title", "contact 2 summary", …).
    pub field: String,
    pub flag: Flag,
}

/// What would be masked, before anything leaves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactPreview")]
pub struct Preview {
    pub items: Vec<PreviewItem>,
    /// What looks sensitive but was left in the clear: the customer can mark it to mask it.
    pub flags: Vec<PreviewFlag>,
    /// Masks per kind.
    pub counts: Vec<(RedactKind, u32)>,
    pub unmasked: Vec<RedactKind>,
    pub warnings: Vec<String>,
}

/// Redacts every field while collecting the preview.
struct Collector<'r> {
    r: &'r Redactor,
    /// The export's language: masks are written in it.
    lang: Lang,
    items: Vec<PreviewItem>,
    flags: Vec<PreviewFlag>,
    counts: BTreeMap<RedactKind, u32>,
    /// Secrets found by their wording, to mask where they stand again without it.
    secrets: Vec<KnownSecret>,
    raw_has_last_four: bool,
    raw_has_address: bool,
}

impl Collector<'_> {
    fn text(&mut self, field: impl Into<String>, s: &str) -> String {
        let field = field.into();
        let a = i18n::with_lang(self.lang, || self.r.analyse(s));
        for k in a.secrets {
            if !self.secrets.contains(&k) {
                self.secrets.push(k);
            }
        }
        self.flags
            .extend(a.flags.into_iter().map(|flag| PreviewFlag {
                field: field.clone(),
                flag,
            }));
        if a.kinds.contains(&RedactKind::Card) || a.kinds.contains(&RedactKind::Iban) {
            self.raw_has_last_four = true;
        }
        if a.kinds.contains(&RedactKind::Address) {
            self.raw_has_address = true;
        }
        let red = a.redacted;
        let mut any = false;
        for k in red.kinds() {
            *self.counts.entry(k).or_default() += 1;
            any = true;
        }
        let out = red.text();
        if any {
            self.items.push(PreviewItem {
                field,
                segments: red.segments,
            });
        }
        out
    }

    fn opt(&mut self, field: impl Into<String>, s: &Option<String>) -> Option<String> {
        s.as_ref().map(|s| self.text(field, s))
    }

    fn list(&mut self, field: &str, list: &[String]) -> Vec<String> {
        list.iter()
            .enumerate()
            .map(|(i, s)| self.text(format!("{field} {}", i + 1), s))
            .collect()
    }
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The newest event hash of the case's chain and how many events it has.
fn chain_head(conn: &rusqlite::Connection, case_id: Uuid) -> Result<(String, u32), ShareError> {
    let id = case_id.to_string();
    let head: Option<String> = conn
        .query_row(
            "SELECT hash FROM events WHERE case_id = ?1 ORDER BY seq DESC LIMIT 1",
            [&id],
            |r| r.get(0),
        )
        .optional()
        .map_err(|e| ShareError::Case(e.into()))?;
    let count: u32 = conn
        .query_row(
            "SELECT COUNT(*) FROM events WHERE case_id = ?1",
            [&id],
            |r| r.get(0),
        )
        .map_err(|e| ShareError::Case(e.into()))?;
    Ok((head.unwrap_or_else(|| "0".repeat(64)), count))
}

/// Builds the redacted export of one case and the preview of what was masked, in the current
/// language (see [`build_export_in`]).
pub fn build_export(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    now: DateTime<Utc>,
) -> Result<(RedactedCase, Preview), ShareError> {
    build_export_in(conn, case_id, redactor, now, i18n::current())
}

/// Builds the redacted export of one case for a reader of `lang`: its prose (masks, warnings)
/// is in `lang` and so is everything rendered from it (brief, letter, every format); the
/// preview, which the customer reads, is in the current language.
pub fn build_export_in(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<(RedactedCase, Preview), ShareError> {
    // The case is read once; redaction may run twice over what was read. Attachments are
    // described in the reader's language.
    let loaded = i18n::with_lang(lang, || load(conn, case_id, now))?;
    let (x, preview, secrets) = redact_case(&loaded, redactor, now, lang);
    // A secret found by its wording in one field is masked wherever else it stands in the case
    // (a password given with "password:" in one contact and bare in a later quote).
    let json = serde_json::to_string(&x.export).map_err(|e| ShareError::Internal(e.to_string()))?;
    let bounce_text: String = x
        .bounces
        .iter()
        .map(|b| format!("{} {:?}", b.team, b.via))
        .collect();
    if secrets
        .iter()
        .any(|k| json.contains(k.text.as_str()) || bounce_text.contains(k.text.as_str()))
    {
        let (x, preview, _) = redact_case(&loaded, &redactor.with_known(secrets), now, lang);
        return Ok((x, preview));
    }
    Ok((x, preview))
}

/// Everything an export is made from, read from the store once (before any redaction).
struct Loaded {
    detail: crate::cases::CaseDetail,
    insights: crate::cases::CaseInsights,
    /// Each attachment with what it says (`cases::describe_attachment`), unredacted.
    attachments: Vec<(crate::cases::Attachment, Option<String>)>,
    facts: crate::cases::BriefFacts,
    alerts: Vec<crate::cases::Alert>,
    /// The impostor incidents on the case's account, in every case: of which kind and when,
    /// oldest first.
    account_alerts: Vec<(crate::cases::AlertKind, DateTime<Utc>)>,
    head: String,
    events: u32,
    chain_intact: bool,
    /// The complaint's status at the export's time, in its language.
    complaint: Option<crate::complaints::ComplaintStatus>,
}

fn load(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Loaded, ShareError> {
    let store = CaseStore::new(conn);
    let detail = store.case_detail(case_id)?;
    let insights = crate::cases::compute_insights(&detail, now);
    let attachments = store
        .attachments(case_id)?
        .into_iter()
        .map(|a| {
            let about = store
                .attachment_bytes(a.id)
                .map(|(_, bytes)| crate::cases::describe_attachment(&a, &bytes))
                .ok();
            (a, about)
        })
        .collect();
    let (head, events) = chain_head(conn, case_id)?;
    let case_id = case_id.to_string();
    let chain_intact = crate::cases::verify_chain(conn)?
        .iter()
        .all(|b| b.case_id.as_deref() != Some(case_id.as_str()));
    let complaint = match store.complaint_status(detail.case.id, now) {
        Ok(s) if s.complaint.is_some() => Some(s),
        Ok(_) => None,
        Err(crate::complaints::ComplaintError::Case(e)) => return Err(e.into()),
        Err(e) => return Err(ShareError::Internal(e.to_string())),
    };
    let account_alerts = match &detail.case.account {
        Some(a) => impostor_times(&store, a.id)?,
        None => Vec::new(),
    };
    Ok(Loaded {
        complaint,
        account_alerts,
        facts: store.brief_facts(detail.case.id)?,
        alerts: store.alerts(detail.case.id)?,
        detail,
        insights,
        attachments,
        head,
        events,
        chain_intact,
    })
}

/// Each time someone posed as the customer or the company at an account (one per incident,
/// [`crate::cases::impostor_incidents`]): its kind and when it happened (the earliest of its
/// alerts'), oldest first.
pub(crate) fn impostor_times(
    store: &CaseStore,
    account: Uuid,
) -> Result<Vec<(crate::cases::AlertKind, DateTime<Utc>)>, ShareError> {
    let alerts = store.account_alerts(account)?;
    let mut out = Vec::new();
    for incident in crate::cases::impostor_incidents(&alerts) {
        let mut at: Option<DateTime<Utc>> = None;
        for a in alerts
            .iter()
            .filter(|a| incident.alerts.contains(&a.number))
        {
            let t = store.alert_happened_at(a)?;
            at = Some(at.map_or(t, |at| at.min(t)));
        }
        if let Some(at) = at {
            out.push((incident.kind, at));
        }
    }
    out.sort_by_key(|(_, at)| *at);
    Ok(out)
}

/// Runs every text of `l` through `redactor`: the redacted case, the preview, and the secrets
/// found by their wording.
fn redact_case(
    l: &Loaded,
    redactor: &Redactor,
    now: DateTime<Utc>,
    lang: Lang,
) -> (RedactedCase, Preview, Vec<KnownSecret>) {
    let Loaded {
        detail,
        insights,
        attachments,
        facts,
        alerts,
        account_alerts,
        head,
        events,
        chain_intact,
        complaint,
    } = l;
    let mut c = Collector {
        r: redactor,
        lang,
        items: Vec::new(),
        flags: Vec::new(),
        counts: Default::default(),
        secrets: Vec::new(),
        raw_has_last_four: false,
        raw_has_address: false,
    };
    let case = &detail.case;
    let export_case = model::ExportCase {
        id: case.id.to_string(),
        number: case.number,
        title: c.text(field("title"), &case.title),
        service: case
            .account
            .as_ref()
            .map(|a| c.text(field("service"), &a.service)),
        account: case
            .account
            .as_ref()
            .and_then(|a| a.identifier.as_deref())
            .map(crate::cases::mask_identifier),
        status: case.status.as_str().into(),
        desired_outcome: c.opt(field("desired-outcome"), &case.desired_outcome),
        opened_at: ts(case.opened_at),
        closed_at: case.closed_at.map(ts),
        resolution: c.opt(field("resolution"), &case.resolution),
        request: c.opt(field("request"), &facts.request),
        request_by: facts.request_by.map(ts),
        still_happening: facts.still_happening,
        still_happening_at: facts.still_happening_at.map(ts),
        access: facts.access.map(|a| a.as_str().to_string()),
        owner_team: c.opt(field("owner-team"), &facts.owner_team),
        alerts: alerts
            .iter()
            .map(|a| model::ExportAlert {
                kind: a.kind.as_str().into(),
                summary: c.text(t!("share-field-alert", n = a.number), &a.summary),
                contact: a.interaction_id.and_then(|id| {
                    detail
                        .interactions
                        .iter()
                        .position(|i| i.id == id)
                        .and_then(|p| u32::try_from(p + 1).ok())
                }),
                raised_at: ts(a.created_at),
                resolved: a.resolved_at.is_some(),
            })
            .collect(),
        account_impostor_alerts: account_alerts
            .iter()
            .map(|(kind, at)| model::ExportAccountAlert {
                kind: kind.as_str().into(),
                happened_at: ts(*at),
            })
            .collect(),
        // Filled once the complaint has been through the gate (below).
        complaint: None,
    };
    let mut contacts = Vec::new();
    // Contacts where support showed someone else's data: that person's details are described,
    // never quoted, and masked whatever the customer chose to unmask for their own data.
    let exposed: Vec<Uuid> = alerts
        .iter()
        .filter(|a| a.kind == crate::cases::AlertKind::DataExposed)
        .filter_map(|a| a.interaction_id)
        .collect();
    let strict = redactor.unmasking_nothing();
    for (i, it) in detail.interactions.iter().enumerate() {
        let n = i + 1;
        let f = |what: &str| t!("share-field-contact", n = n, field = field(what));
        let third_party = exposed.contains(&it.id);
        let saved = c.r;
        if third_party {
            c.r = &strict;
        }
        let quotes = if third_party && !it.quotes.is_empty() {
            vec![i18n::with_lang(lang, || {
                t!("share-quotes-withheld", n = it.quotes.len())
            })]
        } else {
            c.list(&f("quote"), &it.quotes)
        };
        contacts.push(model::ExportContact {
            number: u32::try_from(n).unwrap_or(u32::MAX),
            started_at: ts(it.started_at),
            ended_at: it.ended_at.map(ts),
            wait_minutes: it.wait_minutes,
            channel: it.channel.as_str().into(),
            direction: it.direction.as_str().into(),
            team: c.opt(f("team"), &it.team),
            agent: c.opt(f("agent"), &it.agent),
            references: c.list(&f("reference"), &it.references),
            summary: c.text(f("summary"), &it.summary),
            error_texts: c.list(&f("error"), &it.error_texts),
            quotes,
            promises: it
                .promises
                .iter()
                .enumerate()
                .map(|(j, p)| model::ExportPromise {
                    text: c.text(format!("{} {}", f("promise"), j + 1), &p.text),
                    due_at: p.due_at.map(ts),
                    status: p.status.as_str().into(),
                    overdue: p.is_overdue(now),
                })
                .collect(),
            outcome: c.opt(f("outcome"), &it.outcome),
            identity_verified: it.identity_verified,
            identity_method: c.opt(f("identity-method"), &it.identity_method),
        });
        c.r = saved;
    }
    let mut export_attachments = Vec::new();
    for (a, about) in attachments {
        export_attachments.push(model::ExportAttachment {
            number: a.number,
            file_name: c.text(
                t!(
                    "share-field-attachment",
                    n = a.number,
                    field = field("name")
                ),
                &a.file_name,
            ),
            media_type: a.media_type.clone(),
            size: a.size,
            sha256: a.sha256.clone(),
            kind: Some(a.kind.as_str().to_string()),
            about: c.opt(
                t!(
                    "share-field-attachment",
                    n = a.number,
                    field = field("description")
                ),
                about,
            ),
        });
    }
    let attachments = export_attachments;

    let mut warning_ids: Vec<&'static str> = Vec::new();
    let address_out = c.raw_has_address && !redactor.masks(RedactKind::Address);
    let last_four_out = c.raw_has_last_four;
    if address_out && last_four_out {
        warning_ids.push("share-warning-last-four-and-address");
    }
    // The export's warnings are the reader's language; the preview's the customer's.
    let warnings: Vec<String> = i18n::with_lang(lang, || {
        warning_ids
            .iter()
            .map(|id| i18n::tr(id, &i18n::Args::new()))
            .collect()
    });
    let preview_warnings: Vec<String> = warning_ids
        .iter()
        .map(|id| i18n::tr(id, &i18n::Args::new()))
        .collect();
    let unmasked: Vec<RedactKind> = RedactKind::ALL
        .into_iter()
        .filter(|k| !redactor.masks(*k))
        .collect();
    let masked: Vec<RedactKind> = RedactKind::ALL
        .into_iter()
        .filter(|k| redactor.masks(*k))
        .collect();
    let counts: Vec<(RedactKind, u32)> = c.counts.iter().map(|(k, v)| (*k, *v)).collect();
    let mut export = CaseExport {
        version: model::EXPORT_VERSION,
        lang: Some(lang.code().to_string()),
        generator: format!("Steward {}", env!("CARGO_PKG_VERSION")),
        generated_at: ts(now),
        case: export_case,
        contacts,
        attachments,
        summary: model::ExportSummary {
            contacts: insights.contacts,
            teams: c.list(&field("team"), &insights.teams),
            handoffs: insights.handoffs,
            days_open: insights.days_open,
            hold_minutes: insights.hold_minutes,
            promises_made: insights.promises_made,
            promises_kept: insights.promises_kept,
            promises_broken: insights.promises_broken,
            promises_overdue: insights.promises_overdue,
            verified_contacts: insights.verified_contacts,
            unverified_contacts: insights.unverified_contacts,
            unsolicited_contacts: insights.unsolicited_contacts,
        },
        redaction: model::ExportRedaction {
            masked,
            unmasked: unmasked.clone(),
            masks_applied: c.counts.values().sum(),
            warnings: warnings.clone(),
        },
        integrity: model::ExportIntegrity {
            chain_head: head.clone(),
            chain_events: *events,
            chain_intact: *chain_intact,
        },
    };
    let bounces = insights
        .bounces
        .iter()
        .map(|b| RedactedBounce {
            team: c.text(field("team"), &b.team),
            via: c.list(&field("team"), &b.via),
            at: b.at,
        })
        .collect();
    let number_of = |id: Uuid| {
        detail
            .interactions
            .iter()
            .position(|i| i.id == id)
            .and_then(|p| u32::try_from(p + 1).ok())
    };
    let complaint = complaint.as_ref().map(|status| {
        let mut status = status.clone();
        let contact = status
            .complaint
            .as_ref()
            .and_then(|k| number_of(k.contact_id));
        if let Some(k) = status.complaint.as_mut() {
            k.firm_reference = c.opt(field("reference"), &k.firm_reference);
        }
        let final_response_contact = detail
            .interactions
            .iter()
            .find(|i| i.kind == crate::complaints::ContactKind::FinalResponse)
            .and_then(|i| number_of(i.id));
        RedactedComplaint {
            status,
            contact,
            final_response_contact,
        }
    });
    export.case.complaint = complaint.as_ref().map(export_complaint);
    let preview = Preview {
        items: c.items,
        flags: c.flags,
        counts,
        unmasked,
        warnings: preview_warnings,
    };
    (
        RedactedCase {
            export,
            bounces,
            lang,
            warning_ids,
            complaint,
        },
        preview,
        c.secrets,
    )
}

/// The complaint as the export carries it (its reference already masked by the gate).
fn export_complaint(rc: &RedactedComplaint) -> model::ExportComplaint {
    let s = &rc.status;
    let word = |v: serde_json::Result<serde_json::Value>| {
        v.ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    model::ExportComplaint {
        contact: rc.contact,
        received_on: s
            .complaint
            .as_ref()
            .map(|k| day(k.received_on))
            .unwrap_or_default(),
        firm_reference: s.complaint.as_ref().and_then(|k| k.firm_reference.clone()),
        rule: s.rule.as_ref().map(|r| r.title.clone()),
        law: s.rule.as_ref().map(|r| r.law.clone()),
        phase: word(serde_json::to_value(s.phase)),
        final_response_contact: rc.final_response_contact,
        final_response_on: s.final_response_on.map(day),
        deadlines: s
            .steps
            .iter()
            .filter_map(|step| {
                Some(model::ExportComplaintDeadline {
                    label: step.label.clone(),
                    date: day(step.date?),
                    state: word(serde_json::to_value(step.state)),
                    check: step.check,
                    main: s.main_step.as_deref() == Some(step.id.as_str()),
                })
            })
            .collect(),
    }
}

/// Where a text of the case is, as the preview names it ("title", "summary"), in the current
/// language.
fn field(name: &str) -> String {
    t!("share-field", field = name)
}

/// Builds the redacted exports of several cases (in the order given, each case once) with one
/// preview for all of them, in the current language (see [`build_exports_in`]).
pub fn build_exports(
    conn: &rusqlite::Connection,
    case_ids: &[Uuid],
    redactor: &Redactor,
    now: DateTime<Utc>,
) -> Result<(Vec<RedactedCase>, Preview), ShareError> {
    build_exports_in(conn, case_ids, redactor, now, i18n::current())
}

/// [`build_exports`] for a reader of `lang` (see [`build_export_in`]). For one case this is
/// [`build_export_in`] exactly.
pub fn build_exports_in(
    conn: &rusqlite::Connection,
    case_ids: &[Uuid],
    redactor: &Redactor,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<(Vec<RedactedCase>, Preview), ShareError> {
    let mut ids: Vec<Uuid> = Vec::new();
    for id in case_ids {
        if !ids.contains(id) {
            ids.push(*id);
        }
    }
    if let [one] = ids.as_slice() {
        let (x, p) = build_export_in(conn, *one, redactor, now, lang)?;
        return Ok((vec![x], p));
    }
    let mut exports = Vec::new();
    let mut items = Vec::new();
    let mut flags = Vec::new();
    let mut counts: BTreeMap<RedactKind, u32> = Default::default();
    let mut warnings: Vec<String> = Vec::new();
    let mut unmasked = Vec::new();
    for id in ids {
        let (x, p) = build_export_in(conn, id, redactor, now, lang)?;
        let n = x.case.number;
        items.extend(p.items.into_iter().map(|mut i| {
            i.field = t!("share-field-case", n = n, field = i.field);
            i
        }));
        flags.extend(p.flags.into_iter().map(|mut f| {
            f.field = t!("share-field-case", n = n, field = f.field);
            f
        }));
        for (k, c) in p.counts {
            *counts.entry(k).or_default() += c;
        }
        for w in p.warnings {
            let w = t!("share-case-warning", n = n, warning = w);
            if !warnings.contains(&w) {
                warnings.push(w);
            }
        }
        unmasked = p.unmasked;
        exports.push(x);
    }
    Ok((
        exports,
        Preview {
            items,
            flags,
            counts: counts.into_iter().collect(),
            unmasked,
            warnings,
        },
    ))
}
