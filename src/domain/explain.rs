//! What each pillar measures, what the SSI leaves out, and advice fitted to the user's data.
//! Written in our own words: LinkedIn publishes only short descriptions of its pillars.

use super::history::History;
use super::number::Precision;
use super::pillar::Pillar;

/// Plain-language guide to one pillar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PillarGuide {
    pub pillar: Pillar,
    /// What LinkedIn says the pillar reflects.
    pub measures: &'static str,
    /// Everyday behaviours that move it.
    pub behaviours: [&'static str; 3],
    /// One concrete thing to do this week.
    pub this_week: &'static str,
}

pub fn guide(pillar: Pillar) -> PillarGuide {
    match pillar {
        Pillar::Brand => PillarGuide {
            pillar,
            measures: "How complete and customer-focused your profile is, and whether you publish things people engage with.",
            behaviours: [
                "Fill in every profile section with your customers in mind, not your CV.",
                "Post or write an article regularly, even briefly.",
                "Earn reactions and comments on what you publish.",
            ],
            this_week: "Rewrite your headline and About section around the problem you solve, then publish one short post.",
        },
        Pillar::People => PillarGuide {
            pillar,
            measures: "How well you find and reach the right prospects, using search and the profiles you view.",
            behaviours: [
                "Search for people with filters (role, company, region) rather than browsing.",
                "View the profiles of people you could actually help.",
                "Save leads and accounts so you can follow them over time.",
            ],
            this_week: "Run three filtered searches for your ideal customer and view ten profiles that genuinely fit.",
        },
        Pillar::Insights => PillarGuide {
            pillar,
            measures: "Whether you find and share conversation-worthy content and take part in discussions.",
            behaviours: [
                "Share useful articles with a sentence of your own view.",
                "Comment thoughtfully on posts in your field.",
                "Reply to people who comment on your posts.",
            ],
            this_week: "Leave three substantial comments on posts by people in your market and share one article with your take.",
        },
        Pillar::Relationships => PillarGuide {
            pillar,
            measures: "How you grow and strengthen your network, especially with decision makers, and how many accept your invitations.",
            behaviours: [
                "Send personal connection requests to people you have a reason to know.",
                "Connect with decision makers and colleagues, not only peers.",
                "Keep in touch with your existing connections by message.",
            ],
            this_week: "Send five personalised invitations to people you met or could help, and message two existing contacts.",
        },
    }
}

/// Why the number is a mirror, not a goal.
pub const WHAT_SSI_MISSES: [&str; 4] = [
    "The SSI counts activity on LinkedIn: searching, posting, connecting, messaging. It does not measure influence, trust or expertise.",
    "It does not know whether any of that activity led to a conversation, a meeting or a sale. Those results are what matter.",
    "It is relative: LinkedIn recalculates it and compares you with a peer group that changes, so your score can move while you do nothing different.",
    "Treat it as a mirror of your habits, not a goal. Chasing points (mass invitations, empty comments) can raise the number and hurt your reputation.",
];

/// What a team's SSI can and cannot tell, for the Team screen.
pub const TEAM_CAVEAT: &str = "The team’s SSI shows how active people are on LinkedIn, not whether that activity turns into pipeline or sales: compare results too, not only scores.";

/// One pillar seen across a team: what it measures, and one thing to try together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamAdvice {
    pub pillar: Pillar,
    /// What the pillar measures, said of a team.
    pub measures: &'static str,
    /// One thing the team can try together, honest that it moves activity, not results.
    pub together: &'static str,
}

/// The Team screen's advice for `pillar` (usually the team's weakest).
pub fn team_advice(pillar: Pillar) -> TeamAdvice {
    let (measures, together) = match pillar {
        Pillar::Brand => (
            "How complete and customer-focused the team’s profiles are, and whether people publish things others engage with.",
            "Hold a half-hour session where everyone rewrites their headline around the problem the team solves, then each publishes one short post that week. It raises activity; whether it brings conversations is what to watch.",
        ),
        Pillar::People => (
            "How well the team finds and reaches the right prospects, through search and the profiles they view.",
            "Agree on the filters that describe your ideal customer and have everyone run them once a week, sharing the best finds. It makes the searching more deliberate; the meetings it leads to are the real measure.",
        ),
        Pillar::Insights => (
            "Whether the team finds and shares content worth talking about, and takes part in discussions.",
            "Each week, one person picks an article for the team to comment on with a view of their own. It builds the habit of engaging; count the replies and conversations, not only the points.",
        ),
        Pillar::Relationships => (
            "How the team grows and keeps up its networks, especially with decision makers, and how many accept their invitations.",
            "Set a shared habit of a few personal invitations and follow-up messages a week, to people each of you has a reason to know. Mass invitations raise the number and hurt trust; track which contacts become conversations.",
        ),
    };
    TeamAdvice {
        pillar,
        measures,
        together,
    }
}

/// Advice made specific to the latest snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    pub focus: Pillar,
    pub headline: String,
    pub detail: String,
}

/// Points the user at the weakest pillar, in light of how it moved recently.
pub fn advice(history: &History) -> Option<Advice> {
    let focus = history.weakest_pillar()?;
    let advice = pillar_advice(history, focus)?;
    Some(Advice {
        headline: format!("Focus on {}", advice.headline),
        ..advice
    })
}

/// Advice for `pillar` from the latest snapshot: its room to 25, this week's step, and how it
/// moved since the snapshot before.
pub fn pillar_advice(history: &History, pillar: Pillar) -> Option<Advice> {
    let latest = history.latest()?;
    let score = latest.pillars.get(pillar);
    // From the score as shown, so the two numbers add up to 25 on screen.
    let headroom = Precision::Hundredth.difference(score, Pillar::MAX);
    let moved = history
        .change_since_previous()
        .map(|c| c.pillars.get(pillar));
    // The same rounding as the change table beside it, so the words agree with the numbers.
    let trend = match moved {
        Some(d) if Precision::Hundredth.is_flat(d) => {
            " It didn’t change since your last snapshot.".to_string()
        }
        Some(d) if d > 0.0 => format!(
            " It rose {} since your last snapshot: keep going.",
            Precision::Hundredth.format(d)
        ),
        Some(d) => format!(
            " It fell {} since your last snapshot, so it needs attention now.",
            Precision::Hundredth.format(d.abs())
        ),
        None => String::new(),
    };
    Some(Advice {
        focus: pillar,
        headline: format!(
            "{}: {} of 25, with {} points of room.",
            pillar.short_label(),
            Precision::Hundredth.format(score),
            Precision::Hundredth.format(headroom)
        ),
        detail: format!("{}{}", guide(pillar).this_week, trend),
    })
}

/// The goal to work on now, and this week's step towards it.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalPlan {
    pub metric: super::goals::Metric,
    pub target: f64,
    /// Points still to gain.
    pub gap: f64,
    pub projection: super::stats::Projection,
    /// The pillar whose guide gives this week's action.
    pub pillar: Pillar,
    pub this_week: &'static str,
}

/// Picks the unmet goal furthest from its target (relative to its scale) and ties it to a
/// concrete action: the goal's own pillar, or the weakest pillar for an overall goal.
pub fn goal_plan(history: &History, snapshots: &[super::Snapshot]) -> Option<GoalPlan> {
    let latest = history.latest()?;
    let (metric, target, gap) = history
        .goals()
        .iter()
        .map(|(&m, &t)| (m, t, m.gap(t, m.value(latest))))
        .filter(|(_, _, gap)| *gap > 0.0)
        .max_by(|a, b| (a.2 / a.0.ceiling()).total_cmp(&(b.2 / b.0.ceiling())))?;
    let pillar = metric.pillar().unwrap_or_else(|| latest.pillars.weakest());
    Some(GoalPlan {
        metric,
        target,
        gap,
        projection: super::stats::project(snapshots, metric, target),
        pillar,
        this_week: guide(pillar).this_week,
    })
}
