//! The JSON the SSI page loads for itself (`salesApiSsi`), as copied from the browser's tools.

use serde_json::Value;

use super::ParsedPage;
use crate::domain::pillar::{Pillar, PillarScores};

fn pillar_named(name: &str) -> Option<Pillar> {
    match name {
        "PROFESSIONAL_BRAND" => Some(Pillar::Brand),
        "FIND_RIGHT_PEOPLE" => Some(Pillar::People),
        "INSIGHT_ENGAGEMENT" => Some(Pillar::Insights),
        "STRONG_RELATIONSHIP" => Some(Pillar::Relationships),
        _ => None,
    }
}

/// The four sub-scores of a score object, if all four are there and in range.
fn sub_scores(score: &Value) -> Option<PillarScores> {
    let mut scores = PillarScores::default();
    let mut seen = 0;
    for sub in score.get("subScores")?.as_array()? {
        let pillar = pillar_named(sub.get("pillar")?.as_str()?)?;
        let value = sub.get("score")?.as_f64()?;
        if !(0.0..=Pillar::MAX).contains(&value) {
            return None;
        }
        scores.set(pillar, value);
        seen += 1;
    }
    (seen == 4).then_some(scores)
}

fn in_range(value: Option<f64>, max: f64) -> Option<f64> {
    value.filter(|v| (0.0..=max).contains(v))
}

/// `None` when the text is not that JSON; the caller then reads it as page text.
pub fn parse(text: &str) -> Option<ParsedPage> {
    let json: Value = serde_json::from_str(text).ok()?;
    let member = json.get("memberScore")?;
    let mut page = ParsedPage {
        overall: in_range(member.get("overall").and_then(Value::as_f64), 100.0),
        pillars: sub_scores(member)?,
        ..ParsedPage::default()
    };
    for group in json
        .get("groupScore")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let rank = group
            .get("rank")
            .and_then(Value::as_u64)
            .filter(|r| (1..=100).contains(r))
            .map(|r| r as u8);
        let score = group.get("score");
        let average = in_range(
            score.and_then(|s| s.get("overall")).and_then(Value::as_f64),
            100.0,
        );
        let pillars = score.and_then(sub_scores);
        match group.get("groupType").and_then(Value::as_str) {
            Some("INDUSTRY") => {
                page.industry_rank = rank;
                page.industry_avg = average;
                page.industry_pillars = pillars;
            }
            Some("NETWORK") => {
                page.network_rank = rank;
                page.network_avg = average;
                page.network_pillars = pillars;
            }
            _ => {}
        }
    }
    Some(page)
}
