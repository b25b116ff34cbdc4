//! The binary body of a share link, one column per field so that deltas stay small.
//!
//! Scores are integers at a per-link scale (hundredths when every figure allows it, else
//! thousandths), pillars as deltas from the previous snapshot, the overall as its offset from
//! the rounded pillar sum (nearly always 0), dates as day gaps.
//!
//! Format 2 is format 1 followed by the sharer's goals (when they chose to share them): a
//! count, then per goal its metric, its target in thousandths and its date, if any. A link
//! without goals is still written in format 1, so every version reads it; a reader of format 1
//! refuses format 2 by its version byte, asking for a reload.

use chrono::NaiveDate;

use super::bytes::{Malformed, Reader, Writer};
use super::{ShareError, SharedHistory, MAX_SNAPSHOTS, MAX_TEXT_BYTES};
use crate::domain::goals::{GoalDates, Goals, Metric};
use crate::domain::history::History;
use crate::domain::people::visible_name;
use crate::domain::pillar::{Pillar, PillarScores};
use crate::domain::snapshot::Snapshot;

const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => panic!("a valid date"),
};
const MAX_TEXT: u64 = MAX_TEXT_BYTES as u64;
/// The mark column's value for the sharer's own data (see `write`).
const OWN_DATA: u8 = 2;

fn days(date: NaiveDate) -> i64 {
    (date - EPOCH).num_days()
}

fn date_at(days: i64) -> Result<NaiveDate, Malformed> {
    EPOCH
        .checked_add_signed(chrono::TimeDelta::try_days(days).ok_or(Malformed::DateOutOfRange)?)
        .ok_or(Malformed::DateOutOfRange)
}

/// Every score in the history, to choose the scale.
fn all_scores(s: &Snapshot) -> impl Iterator<Item = f64> + '_ {
    let peers = [s.industry_pillars, s.network_pillars];
    Pillar::ALL
        .into_iter()
        .map(|p| s.pillars.get(p))
        .chain([s.overall])
        .chain([s.industry_avg, s.network_avg].into_iter().flatten())
        .chain(
            peers
                .into_iter()
                .flatten()
                .flat_map(|ps| Pillar::ALL.map(|p| ps.get(p))),
        )
}

fn scaled(value: f64, scale: f64) -> i64 {
    (value * scale).round() as i64
}

pub fn write(shared: &SharedHistory) -> Vec<u8> {
    let snapshots = shared.history.snapshots();
    let hundredths = snapshots
        .iter()
        .flat_map(all_scores)
        .all(|v| ((v * 100.0).round() - v * 100.0).abs() < 1e-6);
    let scale = if hundredths { 100.0 } else { 1000.0 };

    let mut w = Writer::default();
    w.zigzag(days(shared.shared_on));
    optional_text(&mut w, shared.name.as_deref());
    w.varint(snapshots.len() as u64);
    w.byte(if hundredths { 2 } else { 3 });

    let mut previous_day = None;
    for s in snapshots {
        let day = days(s.date);
        match previous_day {
            None => w.zigzag(day),
            Some(p) => w.varint((day - p) as u64),
        }
        previous_day = Some(day);
    }
    for s in snapshots {
        w.zigzag(scaled(s.overall, scale) - scaled(s.pillars.sum().round(), scale));
    }
    for p in Pillar::ALL {
        delta_column(
            &mut w,
            snapshots.iter().map(|s| Some(s.pillars.get(p))),
            scale,
        );
    }
    delta_column(
        &mut w,
        snapshots.iter().map(|s| s.industry_rank.map(f64::from)),
        1.0,
    );
    delta_column(
        &mut w,
        snapshots.iter().map(|s| s.network_rank.map(f64::from)),
        1.0,
    );
    delta_column(&mut w, snapshots.iter().map(|s| s.industry_avg), scale);
    delta_column(&mut w, snapshots.iter().map(|s| s.network_avg), scale);
    for peers in [
        |s: &Snapshot| s.industry_pillars,
        |s: &Snapshot| s.network_pillars,
    ] {
        for p in Pillar::ALL {
            delta_column(
                &mut w,
                snapshots.iter().map(|s| peers(s).map(|ps| ps.get(p))),
                scale,
            );
        }
    }
    let mut previous_industry: Option<&str> = None;
    for s in snapshots {
        match s.industry.as_deref() {
            i if i == previous_industry => w.varint(0),
            None => w.varint(1),
            Some(text) => {
                w.varint(text.len() as u64 + 2);
                w.bytes(text.as_bytes());
            }
        }
        previous_industry = s.industry.as_deref();
    }
    for s in snapshots {
        optional_text(&mut w, s.note.as_deref());
    }
    // The column once carried the "sample data" mark (1). A link never carries it now:
    // snapshots moved from a link into one's own history are the user's, and "Remove sample
    // data" must not delete them. It now marks the sharer's own data: OWN_DATA on every
    // snapshot, else 0. Versions that read past the column, or took only 1 as "sample", read
    // such a link as an ordinary shared one, so links stay in format 1.
    let mark = if shared.own_data { OWN_DATA } else { 0 };
    for _ in snapshots {
        w.byte(mark);
    }
    let goals = shared.history.goals();
    if !goals.is_empty() {
        w.varint(goals.len() as u64);
        for (&metric, &target) in goals {
            w.byte(metric_index(metric));
            w.varint(scaled(target, 1000.0).max(0) as u64);
            match shared.history.goal_date(metric) {
                None => w.varint(0),
                Some(by) => w.varint(zigzag(days(by)) + 1),
            }
        }
    }
    w.buf
}

/// The version byte a link with `shared` in it needs: 2 when it carries goals, else 1.
pub fn version(shared: &SharedHistory) -> u8 {
    if shared.history.goals().is_empty() {
        1
    } else {
        2
    }
}

fn metric_index(metric: Metric) -> u8 {
    Metric::ALL.iter().position(|&m| m == metric).unwrap_or(0) as u8
}

fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

/// Format 2's goals section: checked by the history's own rules once read.
fn read_goals(r: &mut Reader) -> Result<(Goals, GoalDates), Malformed> {
    let (mut goals, mut dates) = (Goals::new(), GoalDates::new());
    let count = r.varint()?;
    if count == 0 || count > Metric::ALL.len() as u64 {
        return Err(Malformed::GoalCount);
    }
    for _ in 0..count {
        let metric = *Metric::ALL
            .get(usize::from(r.byte()?))
            .ok_or(Malformed::GoalUnknown)?;
        let target = r.varint()?;
        if target > 1_000_000 || goals.insert(metric, target as f64 / 1000.0).is_some() {
            return Err(Malformed::GoalOutOfRange);
        }
        match r.varint()? {
            0 => {}
            day => {
                dates.insert(metric, date_at(unzigzag(day - 1))?);
            }
        }
    }
    Ok((goals, dates))
}

fn optional_text(w: &mut Writer, text: Option<&str>) {
    match text {
        None => w.varint(0),
        Some(t) => {
            w.varint(t.len() as u64 + 1);
            w.bytes(t.as_bytes());
        }
    }
}

/// 0 for a missing value, else 1 + the zig-zag delta from the previous present value.
fn delta_column(w: &mut Writer, values: impl Iterator<Item = Option<f64>>, scale: f64) {
    let mut previous = 0;
    for value in values {
        match value {
            None => w.varint(0),
            Some(v) => {
                let v = scaled(v, scale);
                let delta = v - previous;
                w.varint((((delta << 1) ^ (delta >> 63)) as u64) + 1);
                previous = v;
            }
        }
    }
}

fn read_delta_column(r: &mut Reader, n: usize, scale: f64) -> Result<Vec<Option<f64>>, Malformed> {
    let mut previous: i64 = 0;
    (0..n)
        .map(|_| {
            let v = r.varint()?;
            if v == 0 {
                return Ok(None);
            }
            let z = v - 1;
            let delta = ((z >> 1) as i64) ^ -((z & 1) as i64);
            previous = previous
                .checked_add(delta)
                .ok_or(Malformed::ScoreOutOfRange)?;
            Ok(Some(previous as f64 / scale))
        })
        .collect()
}

fn read_optional_text(r: &mut Reader) -> Result<Option<String>, Malformed> {
    match r.varint()? {
        0 => Ok(None),
        n if n - 1 > MAX_TEXT => Err(Malformed::TextTooLong),
        n => r.text((n - 1) as usize).map(Some),
    }
}

/// Reads a link's body written in format `version` (1 or 2).
pub fn read(raw: &[u8], version: u8) -> Result<SharedHistory, ShareError> {
    read_columns(raw, version).map_err(ShareError::Malformed)?
}

fn read_columns(raw: &[u8], version: u8) -> Result<Result<SharedHistory, ShareError>, Malformed> {
    let mut r = Reader::new(raw);
    let shared_on = date_at(r.zigzag()?)?;
    // Shown as "Dana’s SSI": invisible, control and direction characters never reach it.
    let name = read_optional_text(&mut r)?
        .as_deref()
        .and_then(visible_name);
    let n = r.varint()?;
    // Every snapshot takes several bytes, so a count beyond the data is a lie.
    if n > MAX_SNAPSHOTS as u64 || n as usize > r.remaining() {
        return Err(Malformed::TooFewSnapshots);
    }
    let n = n as usize;
    let scale = match r.byte()? {
        2 => 100.0,
        3 => 1000.0,
        _ => return Err(Malformed::UnknownScale),
    };

    let mut dates = Vec::with_capacity(n);
    for i in 0..n {
        let day = if i == 0 {
            r.zigzag()?
        } else {
            let gap = r.varint()?;
            if gap == 0 || gap > 100_000 {
                return Err(Malformed::SameDay);
            }
            dates[i - 1] + gap as i64
        };
        dates.push(day);
    }
    let offsets: Vec<i64> = (0..n).map(|_| r.zigzag()).collect::<Result<_, _>>()?;
    let mut pillar_columns = Vec::with_capacity(4);
    for _ in Pillar::ALL {
        pillar_columns.push(read_delta_column(&mut r, n, scale)?);
    }
    let industry_ranks = read_delta_column(&mut r, n, 1.0)?;
    let network_ranks = read_delta_column(&mut r, n, 1.0)?;
    let industry_avg = read_delta_column(&mut r, n, scale)?;
    let network_avg = read_delta_column(&mut r, n, scale)?;
    let mut peer_columns = Vec::with_capacity(8);
    for _ in 0..8 {
        peer_columns.push(read_delta_column(&mut r, n, scale)?);
    }
    let mut industries = Vec::with_capacity(n);
    let mut previous: Option<String> = None;
    for _ in 0..n {
        let industry = match r.varint()? {
            0 => previous.clone(),
            1 => None,
            len if len - 2 > MAX_TEXT => return Err(Malformed::TextTooLong),
            len => Some(r.text((len - 2) as usize)?),
        };
        previous = industry.clone();
        industries.push(industry);
    }
    let notes: Vec<Option<String>> = (0..n)
        .map(|_| read_optional_text(&mut r))
        .collect::<Result<_, _>>()?;
    // The own-data mark (see `write`); an old link's "sample data" mark is never taken.
    let marks: Vec<u8> = (0..n).map(|_| r.byte()).collect::<Result<_, _>>()?;
    let own_data = n > 0 && marks.iter().all(|&m| m == OWN_DATA);
    let goals = if version >= 2 {
        Some(read_goals(&mut r)?)
    } else {
        None
    };
    if r.remaining() != 0 {
        return Err(Malformed::DataAfterEnd);
    }

    let peers = |first: usize, i: usize| -> Result<Option<PillarScores>, Malformed> {
        let values: Vec<Option<f64>> = (0..4).map(|k| peer_columns[first + k][i]).collect();
        match values.iter().flatten().count() {
            0 => Ok(None),
            4 => {
                let mut scores = PillarScores::default();
                for (p, v) in Pillar::ALL.into_iter().zip(values.into_iter().flatten()) {
                    scores.set(p, v);
                }
                Ok(Some(scores))
            }
            _ => Err(Malformed::PeersIncomplete),
        }
    };
    let mut snapshots = Vec::with_capacity(n);
    for i in 0..n {
        let mut pillars = PillarScores::default();
        for (p, column) in Pillar::ALL.into_iter().zip(&pillar_columns) {
            pillars.set(p, column[i].ok_or(Malformed::PillarMissing)?);
        }
        let overall_scaled = scaled(pillars.sum().round(), scale)
            .checked_add(offsets[i])
            .ok_or(Malformed::ScoreOutOfRange)?;
        // Out-of-range ranks become invalid ones, which the check below reports.
        let rank = |r: Option<f64>| r.map(|r| r.clamp(0.0, 255.0) as u8);
        let snapshot = Snapshot {
            date: date_at(dates[i])?,
            overall: overall_scaled as f64 / scale,
            pillars,
            industry_rank: rank(industry_ranks[i]),
            network_rank: rank(network_ranks[i]),
            industry_avg: industry_avg[i],
            network_avg: network_avg[i],
            industry: industries[i].clone(),
            note: notes[i].clone(),
            industry_pillars: peers(0, i)?,
            network_pillars: peers(4, i)?,
            outcomes: Default::default(),
            sample: false,
        };
        if let Err(errors) = snapshot.check() {
            let reasons: Vec<String> = errors.iter().map(ToString::to_string).collect();
            return Ok(Err(ShareError::Invalid(format!(
                "{}: {}",
                snapshot.date,
                reasons.join(" ")
            ))));
        }
        snapshots.push(snapshot);
    }
    let mut history = match History::from_snapshots(snapshots) {
        Ok(h) => h,
        Err(_) => return Err(Malformed::SameDay),
    };
    if let Some((goals, dates)) = goals {
        // The rules every goal obeys (range, a date only with its goal), as a load applies them.
        if let Err(e) = history.set_goals_with_dates(goals, dates) {
            return Ok(Err(ShareError::Invalid(e.to_string())));
        }
    }
    Ok(Ok(SharedHistory {
        name,
        own_data,
        shared_on,
        history,
    }))
}
