//! A realistic year of weekly snapshots, so a first-time visitor can see the app at work.

use chrono::{Days, NaiveDate};

use super::history::History;
use super::pillar::PillarScores;
use super::snapshot::Snapshot;

/// 52 weekly snapshots ending on `today`, all marked as sample data.
/// Deterministic, so screenshots and tests are stable.
pub fn sample_history(today: NaiveDate) -> History {
    sample_weeks(today, 52)
}

/// `weeks` weekly snapshots ending on `today` (tests and benchmarks use long histories).
pub fn sample_weeks(today: NaiveDate, weeks: u64) -> History {
    let mut noise = Noise(0x5eed_1234);
    let last = weeks.saturating_sub(1).max(1);
    let snapshots = (0..weeks)
        .map(|week| {
            let date = today
                .checked_sub_days(Days::new(7 * (weeks - 1 - week)))
                .unwrap_or(NaiveDate::MIN);
            // Progress through each year of the history, so long histories keep realistic values.
            let t = (week % 52) as f64 / 51.0_f64.min(last as f64);
            let pillars = PillarScores {
                brand: clamp(11.0 + 6.5 * t + noise.next(0.6)),
                people: clamp(7.5 + 3.0 * t + noise.next(0.8)),
                insights: clamp(3.0 + 5.5 * t * t + noise.next(0.5)),
                relationships: clamp(13.0 + 2.0 * t + noise.next(0.4)),
            };
            let mut snapshot = Snapshot::new(date, pillars);
            snapshot.industry_rank = Some((60.0 - 42.0 * t).round() as u8);
            snapshot.network_rank = Some((55.0 - 35.0 * t).round() as u8);
            snapshot.industry_avg = Some(31.0);
            snapshot.network_avg = Some(34.0);
            snapshot.industry = Some("Software Development".into());
            snapshot.note = match week {
                10 => Some("Started posting twice a week".into()),
                30 => Some("Rewrote headline and About section".into()),
                _ => None,
            };
            snapshot.sample = true;
            snapshot
        })
        .collect();
    // Weekly dates are distinct by construction.
    History::from_snapshots(snapshots).unwrap_or_default()
}

fn clamp(value: f64) -> f64 {
    ((value.clamp(0.0, 25.0)) * 100.0).round() / 100.0
}

/// A tiny linear congruential generator: enough wobble for demo data, no extra crate.
struct Noise(u64);

impl Noise {
    fn next(&mut self, amplitude: f64) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let unit = (self.0 >> 11) as f64 / (1u64 << 53) as f64;
        (unit * 2.0 - 1.0) * amplitude
    }
}
