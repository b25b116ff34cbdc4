//! A realistic year of weekly snapshots, so a first-time visitor can see the app at work: with
//! the results they might track (Results) and two made-up colleagues (Compare). Every part is
//! marked as sample data, so "Remove sample data" takes exactly these away
//! ([`Stored::without_sample`]).

use chrono::{Days, NaiveDate};

use super::history::History;
use super::ids::IdSeed;
use super::outcomes::{Outcome, OutcomeId};
use super::people::{Person, PersonId};
use super::pillar::PillarScores;
use super::snapshot::Snapshot;
use super::stored::Stored;

/// The sample's texts, stored as its data as if the user had written them, so in the user's
/// language (`i18n::start::sample_words`). Sample data is recognised by its mark, never by
/// these words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleWords<'a> {
    /// The names of the two results it tracks.
    pub results: [&'a str; 2],
    /// The two colleagues' names, saying they are made up.
    pub colleagues: [&'a str; 2],
    /// The industry LinkedIn compares with.
    pub industry: &'a str,
    /// Two notes on what the user did, at weeks 10 and 30.
    pub notes: [&'a str; 2],
}

impl SampleWords<'static> {
    /// The English words (the catalog's: tests/i18n_start.rs compares), for the long
    /// histories of tests and benchmarks.
    pub const ENGLISH: SampleWords<'static> = SampleWords {
        results: ["Conversations started", "Meetings booked"],
        colleagues: ["Priya (sample)", "Marco (sample)"],
        industry: "Software Development",
        notes: [
            "Started posting twice a week",
            "Rewrote headline and About section",
        ],
    };
}

/// 52 weekly snapshots ending on `today`, all marked as sample data.
/// Deterministic, so screenshots and tests are stable.
pub fn sample_history(today: NaiveDate) -> History {
    sample_weeks(today, 52)
}

/// `weeks` weekly snapshots ending on `today` (tests and benchmarks use long histories).
pub fn sample_weeks(today: NaiveDate, weeks: u64) -> History {
    let snapshots = Profile::YOURS.weeks(&SampleWords::ENGLISH, today, weeks, 0x5eed_1234);
    // Weekly dates are distinct by construction.
    History::from_snapshots(snapshots).unwrap_or_default()
}

/// How each result the sample tracks ([`SampleWords::results`]) grows with the score over the
/// year: a count at the start, what the year adds, and the week-to-week wobble.
const SAMPLE_RESULTS: [(f64, f64, f64); 2] = [(3.0, 7.0, 2.0), (0.4, 2.6, 1.0)];

/// The sample's colleagues ([`SampleWords::colleagues`]), as if saved from their share links.
const COLLEAGUES: [(Profile, u64); 2] = [
    (Profile::STEADY, 0xc011_ea91),
    (Profile::STARTING, 0xc011_ea92),
];

/// "Try with sample data": `mine` with the sample year, its results and its colleagues added.
/// Nothing of the user's is replaced: a sample day the user has a snapshot for, a result name
/// they track already, or a colleague past the people limit is left out. Ids come from `seed`;
/// the texts from `words`.
pub fn with_sample(
    mine: &Stored,
    words: &SampleWords,
    today: NaiveDate,
    seed: &mut IdSeed,
) -> Stored {
    let (mut history, mut people) = mine.clone().into_parts();
    let mut results: Vec<(OutcomeId, f64, f64, f64)> = Vec::new();
    for (name, (start, gain, wobble)) in words.results.into_iter().zip(SAMPLE_RESULTS) {
        let id = seed.next_id(|id| history.outcome(id).is_some());
        let adopted = Outcome::sample(id, name).and_then(|o| history.adopt_outcome(o));
        if adopted.is_ok() {
            results.push((id, start, gain, wobble));
        }
    }
    let mut noise = Noise(0x0dd_5eed);
    let weeks = Profile::YOURS.weeks(words, today, 52, 0x5eed_1234);
    let last = weeks.len().saturating_sub(1).max(1) as f64;
    for (week, mut snapshot) in weeks.into_iter().enumerate() {
        let t = week as f64 / last;
        for &(id, start, gain, wobble) in &results {
            let count = (start + gain * t + noise.next(wobble)).round().max(0.0);
            snapshot.outcomes.insert(id, count);
        }
        // A day the user recorded already keeps theirs.
        let _ = history.add(snapshot);
    }
    let colleagues = words
        .colleagues
        .into_iter()
        .zip(COLLEAGUES)
        .filter_map(|(name, (profile, wobble_seed))| {
            let id = PersonId::draw(seed, |id| people.get(id).is_some());
            let mut snapshots = profile.weeks(words, today, 52, wobble_seed);
            for s in &mut snapshots {
                s.sample = false; // The person is marked; their copy is like a link's.
            }
            Person::sample(id, name, today, snapshots).ok()
        })
        .collect();
    people.add_sample(colleagues);
    Stored::new(history, people)
}

/// How a made-up person's pillars start and grow over a year.
#[derive(Clone, Copy)]
struct Profile {
    /// Pillar scores at the start of the year.
    start: PillarScores,
    /// What the year adds to each.
    gain: PillarScores,
    /// Industry and network rank at the start (Top N%), and what the year takes off them.
    ranks: (f64, f64, f64, f64),
    notes: bool,
}

impl Profile {
    const YOURS: Profile = Profile {
        start: PillarScores {
            brand: 11.0,
            people: 7.5,
            insights: 3.0,
            relationships: 13.0,
        },
        gain: PillarScores {
            brand: 6.5,
            people: 3.0,
            insights: 5.5,
            relationships: 2.0,
        },
        ranks: (60.0, 42.0, 55.0, 35.0),
        notes: true,
    };
    const STEADY: Profile = Profile {
        start: PillarScores {
            brand: 16.0,
            people: 12.0,
            insights: 9.0,
            relationships: 15.0,
        },
        gain: PillarScores {
            brand: 2.0,
            people: 1.5,
            insights: 2.5,
            relationships: 1.0,
        },
        ranks: (25.0, 10.0, 22.0, 8.0),
        notes: false,
    };
    const STARTING: Profile = Profile {
        start: PillarScores {
            brand: 6.0,
            people: 5.0,
            insights: 2.0,
            relationships: 8.0,
        },
        gain: PillarScores {
            brand: 4.0,
            people: 5.0,
            insights: 3.0,
            relationships: 5.0,
        },
        ranks: (80.0, 30.0, 75.0, 28.0),
        notes: false,
    };

    /// `weeks` weekly snapshots ending on `today`, marked as sample data; `seed` sets the
    /// wobble.
    fn weeks(self, words: &SampleWords, today: NaiveDate, weeks: u64, seed: u64) -> Vec<Snapshot> {
        let mut noise = Noise(seed);
        let last = weeks.saturating_sub(1).max(1);
        let (start, gain) = (self.start, self.gain);
        (0..weeks)
            .map(|week| {
                let date = today
                    .checked_sub_days(Days::new(7 * (weeks - 1 - week)))
                    .unwrap_or(NaiveDate::MIN);
                // Progress through each year of the history, so long histories keep realistic
                // values.
                let t = (week % 52) as f64 / 51.0_f64.min(last as f64);
                let pillars = PillarScores {
                    brand: clamp(start.brand + gain.brand * t + noise.next(0.6)),
                    people: clamp(start.people + gain.people * t + noise.next(0.8)),
                    insights: clamp(start.insights + gain.insights * t * t + noise.next(0.5)),
                    relationships: clamp(
                        start.relationships + gain.relationships * t + noise.next(0.4),
                    ),
                };
                let (industry, industry_gain, network, network_gain) = self.ranks;
                let mut snapshot = Snapshot::new(date, pillars);
                snapshot.industry_rank = Some((industry - industry_gain * t).round() as u8);
                snapshot.network_rank = Some((network - network_gain * t).round() as u8);
                snapshot.industry_avg = Some(31.0);
                snapshot.network_avg = Some(34.0);
                snapshot.industry = Some(words.industry.into());
                snapshot.note = match week {
                    10 if self.notes => Some(words.notes[0].into()),
                    30 if self.notes => Some(words.notes[1].into()),
                    _ => None,
                };
                snapshot.sample = true;
                snapshot
            })
            .collect()
    }
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
