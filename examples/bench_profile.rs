//! Fills a profile for `scripts/bench-desktop.sh`: 24 ordinary cases with a few contacts each and
//! one case with N interactions (default 1,000; promises, error texts, references), in the data
//! directory `STEWARD_DATA_DIR`, protected like the app would protect it (the OS keyring when
//! there is one). Prints the big case's number on the last line.
//!
//!   STEWARD_DATA_DIR=/tmp/p cargo run --release --example bench_profile -- 1000

use chrono::{TimeDelta, Utc};
use steward::cases::{Channel, Direction, NewCase, NewInteraction, NewPromise};
use steward::profile::{default_data_dir, Profile, Unlock};

const TEAMS: &[&str] = &["Publishing support", "Retail support", "Billing", "Tier 2"];
const SAID: &[&str] = &[
    "The agent could not see the notes from the previous contact and asked me to explain again",
    "I was put on hold twice while they checked with a supervisor",
    "They said the other team uses a different system and cannot see my ticket",
    "The refund was approved but they could not say when it would arrive",
    "Told the number is flagged by an automated risk check; no way around it on their side",
];

fn contact(n: usize, total: usize) -> NewInteraction {
    let started = Utc::now() - TimeDelta::minutes(((total - n) * 290 + 60) as i64);
    NewInteraction {
        started_at: Some(started),
        ended_at: Some(started + TimeDelta::minutes(5 + (n % 40) as i64)),
        wait_minutes: Some((n % 35) as u32),
        channel: Channel::ALL[n % Channel::ALL.len()],
        direction: if n.is_multiple_of(5) {
            Direction::Inbound
        } else {
            Direction::Outbound
        },
        team: Some(TEAMS[n % TEAMS.len()].to_string()),
        agent: Some(format!("Agent {}", 100 + n * 37 % 400)),
        references: vec![format!("CS-{:07}", n * 3)],
        summary: format!(
            "Contact {n}: {}. {}.",
            SAID[n % SAID.len()],
            SAID[(n * 3 + 1) % SAID.len()]
        ),
        error_texts: if n.is_multiple_of(3) {
            vec!["We detected unusual activity and are unable to verify your mobile number at this time".into()]
        } else {
            vec![]
        },
        quotes: vec!["Someone will call you back within 48 hours".into()],
        promises: if n.is_multiple_of(4) {
            vec![NewPromise {
                text: "Call back with an update".into(),
                due_at: Some(started + TimeDelta::days(2)),
            }]
        } else {
            vec![]
        },
        outcome: Some("No resolution yet".into()),
        identity_verified: Some(!n.is_multiple_of(7)),
        identity_method: None,
        steward_words: None,
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total: usize = match std::env::args().nth(1) {
        Some(n) => n.parse()?,
        None => 1000,
    };
    let profile = Profile::open(
        &default_data_dir(),
        &Unlock {
            passphrase: None,
            no_keyring: false,
        },
    )?;
    let store = profile.cases();
    let case = |title: String| {
        store.create_case(&NewCase {
            title,
            service: Some("Example Books".into()),
            desired_outcome: Some("Get the account unlocked".into()),
        })
    };
    let big = case("Locked out of the author account; royalties not paid".into())?;
    for n in 0..total {
        store.log_interaction(big.id, &contact(n, total))?;
    }
    for c in 0..24 {
        let small = case(format!("Case {c}: parcel, refund or password problem"))?;
        for n in 0..3 {
            store.log_interaction(small.id, &contact(n, 3))?;
        }
    }
    println!(
        "{:?} profile in {}",
        profile.status().state,
        profile.dir().display()
    );
    println!("{}", big.number);
    Ok(())
}
