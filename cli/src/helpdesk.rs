//! `steward share helpdesk set|show|test|forget`: the helpdesk this profile sends cases to, the
//! same settings the window's Share dialog saves (`steward::share::connection`). The token is
//! read from a file or standard input (`--token-file -`), never from the command line, and is
//! only ever shown masked.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use steward::error::{ErrorInfo, UserFacing};
use steward::profile::Profile;
use steward::share::helpdesk::Field;
use steward::share::{HelpdeskInput, HelpdeskKind, HelpdeskView, TokenHome};
use steward::t;

use crate::output::print;

#[derive(Subcommand)]
pub enum HelpdeskCommand {
    /// Save the helpdesk (what is left out keeps its saved value).
    Set(SetArgs),
    /// Show the saved helpdesk (the token masked).
    Show,
    /// Check the saved helpdesk with one harmless signed-in request.
    Test,
    /// Remove the saved helpdesk and its token.
    Forget,
}

#[derive(Args)]
pub struct SetArgs {
    /// rt, zendesk, redmine or django-helpdesk (--kind is the same).
    #[arg(long, alias = "kind", value_name = "KIND", value_parser = kind_arg)]
    to: Option<HelpdeskKind>,
    /// The helpdesk's address (https://rt.example.com, https://example.zendesk.com).
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// Where tickets go: RT's queue, Redmine's project identifier (--project is the same),
    /// django-helpdesk's queue number.
    #[arg(long, visible_alias = "project")]
    queue: Option<String>,
    /// Your e-mail address in RT (the ticket's requestor).
    #[arg(long, value_name = "EMAIL")]
    requestor: Option<String>,
    /// A file holding your token (`-`: read it from standard input).
    #[arg(long, value_name = "FILE")]
    token_file: Option<PathBuf>,
}

/// A helpdesk's id as saved (`rt`, `django_helpdesk`), with `-` for `_` as people type it.
fn kind_arg(s: &str) -> Result<HelpdeskKind, String> {
    HelpdeskKind::parse(&s.trim().to_ascii_lowercase().replace('-', "_")).ok_or_else(|| {
        HelpdeskKind::ALL
            .iter()
            .map(|k| k.as_str().replace('_', "-"))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

fn info(e: impl UserFacing) -> ErrorInfo {
    e.info()
}

pub fn run(json: bool, profile: &Profile, command: HelpdeskCommand) -> Result<(), ErrorInfo> {
    let sharing = profile.share();
    let settings = sharing.helpdesk();
    match command {
        HelpdeskCommand::Set(args) => {
            let saved = settings.view().map_err(info)?;
            let kind = args
                .to
                .unwrap_or_else(|| saved.as_ref().map_or(HelpdeskKind::Rt, |s| s.kind));
            let keep = |given: Option<String>, pick: fn(&HelpdeskView) -> &String| {
                given
                    .or_else(|| saved.as_ref().map(|s| pick(s).clone()))
                    .unwrap_or_default()
            };
            let token = match &args.token_file {
                Some(path) => Some(crate::share::read_token(Some(path)).map_err(ErrorInfo::from)?),
                None => None,
            };
            let input = HelpdeskInput {
                kind,
                address: keep(args.url, |s| &s.address),
                queue: if kind.spec().fields.contains(&Field::Queue)
                    || kind.spec().fields.contains(&Field::Project)
                {
                    let q = keep(args.queue, |s| &s.queue);
                    if q.is_empty() && kind == HelpdeskKind::Rt {
                        "General".into()
                    } else {
                        q
                    }
                } else {
                    String::new()
                },
                requestor: keep(args.requestor, |s| &s.requestor),
                token,
            };
            let view = settings.save(&input, chrono::Utc::now()).map_err(info)?;
            print(json, &view, || {
                format!("{}\n{}", t!("cli-helpdesk-saved"), describe(&view))
            })
        }
        HelpdeskCommand::Show => {
            let view = settings.view().map_err(info)?;
            print(json, &view, || match &view {
                Some(v) => describe(v),
                None => format!("{}\n{}", t!("cli-helpdesk-none"), t!("cli-helpdesk-how")),
            })
        }
        HelpdeskCommand::Test => {
            let connection = settings.connection().map_err(info)?;
            let check = connection.check().map_err(info)?;
            print(json, &check, || match (&check.version, &check.queue) {
                _ if check.kind == HelpdeskKind::Redmine => t!(
                    "cli-helpdesk-ok-redmine",
                    address = &check.address,
                    account = check.account.as_deref().unwrap_or(""),
                    project = check.queue.as_deref().unwrap_or("")
                ),
                _ if check.kind == HelpdeskKind::DjangoHelpdesk => t!(
                    "cli-helpdesk-ok-django",
                    address = &check.address,
                    queue = check.queue.as_deref().unwrap_or(""),
                    requestor = check.account.as_deref().unwrap_or("")
                ),
                (Some(version), Some(queue)) => t!(
                    "cli-helpdesk-ok-rt",
                    address = &check.address,
                    version = version,
                    queue = queue
                ),
                _ => t!(
                    "cli-helpdesk-ok-zendesk",
                    address = &check.address,
                    account = check.account.as_deref().unwrap_or("")
                ),
            })
        }
        HelpdeskCommand::Forget => {
            let removed = settings.forget().map_err(info)?;
            #[derive(serde::Serialize)]
            struct Forgot {
                removed: bool,
            }
            print(json, &Forgot { removed }, || {
                if removed {
                    t!("cli-helpdesk-forgotten")
                } else {
                    t!("cli-helpdesk-none")
                }
            })
        }
    }
}

/// The saved helpdesk in lines, the token masked and where it is kept.
fn describe(v: &HelpdeskView) -> String {
    let mut lines = vec![t!(
        "cli-helpdesk-show",
        system = v.kind.name(),
        address = &v.address
    )];
    if v.kind.spec().fields.contains(&Field::Queue) {
        lines.push(t!(
            "cli-helpdesk-show-rt",
            queue = &v.queue,
            requestor = &v.requestor
        ));
    }
    if v.kind.spec().fields.contains(&Field::Project) {
        lines.push(t!("cli-helpdesk-show-project", project = &v.queue));
    }
    let home = match v.token_home {
        TokenHome::Keyring => "keyring",
        TokenHome::Database => "database",
    };
    lines.push(match &v.token {
        Some(masked) => t!("cli-helpdesk-token", token = masked, home = home),
        None => t!("cli-helpdesk-no-token"),
    });
    lines.join("\n")
}
