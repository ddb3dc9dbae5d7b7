//! The window's app lock, the parts that need no window: when idleness means "lock now", which
//! idle timeouts a user can choose, and what the page is told about the lock. The desktop shell
//! (src-tauri/src/lock.rs) owns the clock, the triggers and the profile handles; this module is
//! pure, so its rules are tested with an injected clock.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The idle timeouts Settings offers, in minutes; 0 is "never".
pub const IDLE_CHOICES_MINUTES: [u32; 5] = [0, 1, 5, 15, 30];

/// The idle timeout of a profile that never chose one.
pub const DEFAULT_IDLE_MINUTES: u32 = 15;

/// The idle timeout for a saved choice: one of [`IDLE_CHOICES_MINUTES`] (0 = never), anything
/// else (a hand-edited prefs file, an older version's value) is the default.
pub fn idle_timeout(minutes: Option<u64>) -> Option<Duration> {
    let minutes = match minutes {
        Some(m) if IDLE_CHOICES_MINUTES.iter().any(|c| u64::from(*c) == m) => m,
        _ => u64::from(DEFAULT_IDLE_MINUTES),
    };
    (minutes > 0).then(|| Duration::from_secs(minutes * 60))
}

/// A moment on two clocks: `mono` (monotonic: never goes back, but on Linux stands still while
/// the machine sleeps) and `wall` (the system clock in ms: counts the sleep, but can be set back).
/// Idleness is the longer of the two, so a laptop closed for an hour is idle for an hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant2 {
    pub mono: Duration,
    pub wall_ms: i64,
}

/// When the user last did something in the window, and whether that is long enough ago.
#[derive(Debug, Clone, Copy)]
pub struct IdleTimer {
    last_input: Instant2,
}

impl IdleTimer {
    /// A timer whose last input is `now` (the moment of unlocking).
    pub fn new(now: Instant2) -> Self {
        IdleTimer { last_input: now }
    }

    /// The user did something at `at`. A report older than the last one (they can cross on the
    /// way) changes nothing.
    pub fn input(&mut self, at: Instant2) {
        if at.mono > self.last_input.mono {
            self.last_input = at;
        }
    }

    /// How long nothing has happened, as of `now`: the longer of the two clocks' readings (a
    /// clock that went back counts as zero).
    pub fn idle(&self, now: Instant2) -> Duration {
        let mono = now.mono.saturating_sub(self.last_input.mono);
        let wall = u64::try_from(now.wall_ms.saturating_sub(self.last_input.wall_ms))
            .map(Duration::from_millis)
            .unwrap_or_default();
        mono.max(wall)
    }

    /// Whether the app should lock at `now` with `timeout` (`None`: never for idleness).
    pub fn due(&self, now: Instant2, timeout: Option<Duration>) -> bool {
        timeout.is_some_and(|t| self.idle(now) >= t)
    }
}

/// Why the app locked, shown on the lock screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LockReason {
    /// Not unlocked yet since the app started.
    Start,
    /// No input in the window for the chosen time.
    Idle,
    /// The desktop session was locked (or the machine went to sleep).
    Session,
    /// The window was minimised.
    Minimised,
    /// The user asked: Lock now (button, tray menu, Ctrl+Shift+L).
    Manual,
}

/// What the page learns about the lock (command `lock_status`, event `app-locked`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LockStatus {
    pub locked: bool,
    pub reason: LockReason,
    /// Wrong passphrases (or refused OS checks) since the app locked; nothing is deleted or
    /// blocked for them, the count is only shown.
    pub failed_attempts: u32,
    /// What Settings offers ([`IDLE_CHOICES_MINUTES`]) and the default, so the page keeps no
    /// copy of the rule.
    pub idle_choices_minutes: Vec<u32>,
    pub default_idle_minutes: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A fake clock: seconds since an arbitrary start on both clocks, the wall one shifted.
    fn at(mono_s: u64, wall_s: i64) -> Instant2 {
        Instant2 {
            mono: Duration::from_secs(mono_s),
            wall_ms: 1_700_000_000_000 + wall_s * 1000,
        }
    }

    const FIVE_MIN: Option<Duration> = Some(Duration::from_secs(300));

    #[test]
    fn locks_after_the_timeout_without_input_and_not_before() {
        let t = IdleTimer::new(at(0, 0));
        assert!(!t.due(at(299, 299), FIVE_MIN));
        assert!(t.due(at(300, 300), FIVE_MIN));
    }

    #[test]
    fn input_restarts_the_wait() {
        let mut t = IdleTimer::new(at(0, 0));
        t.input(at(200, 200));
        assert!(!t.due(at(400, 400), FIVE_MIN));
        assert!(t.due(at(500, 500), FIVE_MIN));
    }

    #[test]
    fn a_late_report_of_older_input_does_not_move_the_time_back() {
        let mut t = IdleTimer::new(at(0, 0));
        t.input(at(250, 250));
        t.input(at(100, 100));
        assert_eq!(t.idle(at(300, 300)), Duration::from_secs(50));
    }

    #[test]
    fn never_means_never() {
        let t = IdleTimer::new(at(0, 0));
        assert!(!t.due(at(1_000_000, 1_000_000), None));
    }

    #[test]
    fn sleep_counts_through_the_wall_clock() {
        // The machine slept 40 minutes: the monotonic clock moved 10 s, the wall clock 40 min.
        let t = IdleTimer::new(at(0, 0));
        assert!(t.due(at(10, 2400), FIVE_MIN));
    }

    #[test]
    fn a_wall_clock_set_back_still_locks_by_the_monotonic_one() {
        let t = IdleTimer::new(at(0, 0));
        assert!(t.due(at(300, -3600), FIVE_MIN));
    }

    #[test]
    fn saved_choices_are_read_and_anything_else_is_the_default() {
        assert_eq!(idle_timeout(Some(0)), None);
        assert_eq!(idle_timeout(Some(1)), Some(Duration::from_secs(60)));
        assert_eq!(idle_timeout(Some(30)), Some(Duration::from_secs(1800)));
        let default = Some(Duration::from_secs(u64::from(DEFAULT_IDLE_MINUTES) * 60));
        assert_eq!(idle_timeout(None), default);
        assert_eq!(idle_timeout(Some(7)), default);
        assert_eq!(idle_timeout(Some(u64::MAX)), default);
    }

    proptest! {
        /// Whatever the order of the input reports, the timer locks exactly when the newest
        /// input is `timeout` old on the monotonic clock (wall clock in step).
        #[test]
        fn due_exactly_when_the_newest_input_is_old_enough(
            inputs in proptest::collection::vec(0u64..10_000, 0..20),
            now in 0u64..20_000,
            minutes in proptest::sample::select(IDLE_CHOICES_MINUTES.to_vec()),
        ) {
            let mut t = IdleTimer::new(at(0, 0));
            for i in &inputs {
                t.input(at(*i, *i as i64));
            }
            let newest = inputs.iter().copied().max().unwrap_or(0);
            let now = now.max(newest);
            let timeout = idle_timeout(Some(u64::from(minutes)));
            let expected = timeout.is_some_and(|d| now - newest >= d.as_secs());
            prop_assert_eq!(t.due(at(now, now as i64), timeout), expected);
        }
    }
}
