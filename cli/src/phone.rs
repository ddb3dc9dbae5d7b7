//! `steward phone check|refusal|regions`: phone numbers the way services read them, and what a
//! service's refusal message means. Needs no profile.

use clap::Subcommand;
use steward::error::{ErrorInfo, UserFacing};
use steward::phone;

use steward::t;

use crate::output::{padded, print};

#[derive(Subcommand)]
pub enum PhoneCommand {
    /// Check a phone number: validity, type, formats, and whether SMS codes can reach it.
    Check {
        /// The number as you would type it: "0912 345 678", "+84 912 345 678", "0084…".
        #[arg(allow_hyphen_values = true)]
        number: String,
        /// The country for numbers typed without a country code (two letters: VN, GB, US).
        #[arg(long)]
        region: Option<String>,
        /// The error text a service showed when it refused this number.
        #[arg(long = "refused")]
        refused: Option<String>,
    },
    /// Explain an error text a service showed when verifying a phone number or sending a code.
    Refusal {
        /// The exact text, in quotes.
        #[arg(allow_hyphen_values = true)]
        text: String,
    },
    /// List the countries, with calling codes and an example mobile number.
    Regions,
}

pub fn run(json: bool, command: &PhoneCommand) -> Result<(), ErrorInfo> {
    match command {
        PhoneCommand::Check {
            number,
            region,
            refused,
        } => {
            let check = phone::check(number, region.as_deref(), refused.as_deref())
                .map_err(|e| e.info())?;
            print(json, &check, || render_phone_check(&check))
        }
        PhoneCommand::Refusal { text } => {
            let refusal = phone::classify_refusal(text).map_err(|e| e.info())?;
            print(json, &refusal, || render_refusal(&refusal))
        }
        PhoneCommand::Regions => {
            let regions = phone::regions();
            print(json, &regions, || {
                regions
                    .iter()
                    .map(|r| {
                        format!(
                            "{}  {:<5} {:<40} {}",
                            r.code,
                            format!("+{}", r.calling_code),
                            r.name,
                            r.example_mobile.as_deref().unwrap_or("")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
    }
}

fn render_phone_check(c: &phone::PhoneCheck) -> String {
    let [number, e164, national, country_label, kind, valid, sms] = padded([
        t!("cli-phone-number"),
        t!("cli-phone-e164"),
        t!("cli-phone-national"),
        t!("cli-phone-country"),
        t!("cli-phone-type"),
        t!("cli-phone-valid"),
        t!("cli-phone-sms"),
    ]);
    let mut out = String::new();
    if let Some(n) = &c.number {
        let country = match (&n.region_name, &n.region) {
            (Some(name), Some(code)) => format!("{name} ({code}), +{}", n.country_code),
            _ => format!("+{}", n.country_code),
        };
        out.push_str(&format!("{number}{}\n", n.international));
        out.push_str(&format!("{e164}{}\n", n.e164));
        out.push_str(&format!("{national}{}\n", n.national));
        out.push_str(&format!("{country_label}{country}\n"));
        out.push_str(&format!(
            "{kind}{}\n",
            t!("cli-phone-type-name", type = n.number_type.as_str())
        ));
        out.push_str(&format!(
            "{valid}{}\n",
            if n.valid { t!("cli-yes") } else { t!("cli-no") }
        ));
    } else {
        out.push_str(&format!("{}\n", t!("cli-phone-unreadable")));
    }
    out.push_str(&format!("{sms}{}\n", c.sms.text()));
    for f in &c.findings {
        let mark = match f.severity {
            phone::Severity::Problem => "✗",
            phone::Severity::Warning => "!",
            phone::Severity::Info => "·",
            phone::Severity::Ok => "✓",
        };
        out.push_str(&format!("\n{mark} {}\n", f.message));
        if let Some(action) = &f.action {
            out.push_str(&format!("  → {action}\n"));
        }
    }
    if let Some(r) = &c.refusal {
        out.push('\n');
        out.push_str(&render_refusal(r));
    }
    out.trim_end().to_string()
}

fn render_refusal(r: &phone::Refusal) -> String {
    let mut out = format!("{}\n{}\n", r.title, r.explanation);
    if !r.customer_fault {
        out.push_str(&format!("{}\n", t!("cli-phone-not-your-fault")));
    }
    for a in &r.advice {
        out.push_str(&format!("  → {}\n", a.text));
    }
    out.trim_end().to_string()
}
