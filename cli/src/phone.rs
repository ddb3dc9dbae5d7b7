//! `steward phone check|refusal|regions`: phone numbers the way services read them, and what a
//! service's refusal message means. Needs no profile.

use clap::Subcommand;
use steward::error::{ErrorInfo, UserFacing};
use steward::phone;

use crate::output::print;

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
    let mut out = String::new();
    if let Some(n) = &c.number {
        let country = match (&n.region_name, &n.region) {
            (Some(name), Some(code)) => format!("{name} ({code}), +{}", n.country_code),
            _ => format!("+{}", n.country_code),
        };
        out.push_str(&format!("Number:   {}\n", n.international));
        out.push_str(&format!("E.164:    {}\n", n.e164));
        out.push_str(&format!("National: {}\n", n.national));
        out.push_str(&format!("Country:  {country}\n"));
        out.push_str(&format!(
            "Type:     {}\n",
            n.number_type.as_str().replace('_', " ")
        ));
        out.push_str(&format!(
            "Valid:    {}\n",
            if n.valid { "yes" } else { "no" }
        ));
    } else {
        out.push_str("Not readable as a phone number.\n");
    }
    out.push_str(&format!(
        "SMS:      {}\n",
        match c.sms {
            phone::SmsOutlook::Likely => "codes can reach it",
            phone::SmsOutlook::Uncertain => "codes may not reach it",
            phone::SmsOutlook::Unlikely => "codes are unlikely to reach it",
            phone::SmsOutlook::Impossible => "no code can reach it as typed",
        }
    ));
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
        out.push_str("This is not something you did wrong.\n");
    }
    for a in &r.advice {
        out.push_str(&format!("  → {}\n", a.text));
    }
    out.trim_end().to_string()
}
