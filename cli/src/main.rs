//! `steward`: the command line over the same core and the same data directory as the desktop app.
//! Every command takes `--json`. Exit codes: 0 ok, 1 the input was wrong, 2 anything else (3: a
//! valid signature by a key nobody pinned). One module per command group; `app` holds the tree.

mod app;
mod cases;
mod complaints;
mod directory;
mod enrol;
mod error;
mod evidence;
mod exposure;
mod help;
mod helpdesk;
mod input;
mod otp;
mod output;
mod phone;
mod profile;
mod share;

use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match app::parse() {
        Ok(cli) => cli,
        Err(exit) => return exit,
    };
    let json = cli.json;
    output::finish(json, app::run(cli))
}
