//! What the first paint draws before the app has loaded: the dashboard's top and its trend
//! chart, for a share link or for the history stored in this browser. Decided here, purely,
//! from what the page can read at once (its address, the stored text, the chosen range), by
//! the same domain functions the app uses; `src/bin/first_paint.rs` only reads the browser
//! and places the result. It draws nothing the app would not show at that address: anywhere
//! else (another screen, a capture, a broken link, nothing stored) it leaves the page to the
//! app.

pub mod record;

use chrono::NaiveDate;

use crate::domain::address::Screen;
use crate::domain::backup::backup_due_for;
use crate::domain::charts::{trend_chart, ChartStyle};
use crate::domain::share::{self, SharedHistory};
use crate::domain::stats::{drop_alerts, Range};
use crate::domain::week::week_facts;
use crate::domain::{capture, History};
use crate::i18n::Lang;
use crate::markup::{self, DashboardTop, DateWords, Whose};

/// The id of the first paint's chart element, which the app takes over.
pub const CHART_ID: &str = "first-chart";

/// The attribute on which the first paint notes what it drew the chart for.
pub const DRAWN_FOR: &str = "data-drawn-for";

/// What a chart's options depend on besides the data: its element's size and the colour
/// scheme. The app takes the first paint's chart over as drawn only where these are the same.
pub fn drawn_for(dark: bool, width_px: u32, height_px: u32) -> String {
    format!("{width_px}x{height_px}{}", if dark { " dark" } else { "" })
}

/// The dashboard the app will show, and whose it is.
pub struct FirstScreen {
    whose: Whose,
    history: History,
    /// A share link's date: the shared view's banner says it.
    shared_on: Option<NaiveDate>,
    range: Range,
    backup_due: bool,
    /// The history holds sample data (a notice says so).
    sample: bool,
    /// People are kept beside one's own history (the Team tab shows).
    has_people: bool,
    /// A shared view's fragment, which its in-app links keep (empty for one's own).
    fragment: String,
}

/// What the page knows before any of the app has run.
pub struct Arrival<'a> {
    /// The address below the app's folder (`/`, `/history`).
    pub path: &'a str,
    /// The address' fragment, with or without its `#`.
    pub fragment: &'a str,
    /// What is stored under the history's key, if anything, and the first paint's copy of it
    /// ([`record`]).
    pub stored: Option<&'a str>,
    pub record: Option<&'a str>,
    /// The chosen range's key, if one is stored.
    pub range: Option<&'a str>,
    /// When the user last exported a backup, and last put off the reminder to.
    pub last_export: Option<NaiveDate>,
    pub reminder_dismissed: Option<NaiveDate>,
    /// The last fall the user dismissed.
    pub drops_seen: Option<NaiveDate>,
}

impl FirstScreen {
    /// The dashboard to draw at once, or `None` where the app shows something else first.
    pub fn at(arrival: &Arrival, today: NaiveDate) -> Option<FirstScreen> {
        if Screen::parse(arrival.path) != Some(Screen::Dashboard) {
            return None;
        }
        let range = Range::stored_or_default(arrival.range);
        let (mut samples, mut people) = (0, 0);
        let (whose, history, shared_on) = if share::is_share_fragment(arrival.fragment) {
            let SharedHistory {
                name,
                own_data,
                shared_on,
                history,
            } = share::decode(arrival.fragment).ok()?;
            // One's own data opens on "Move into my history", which only the app draws.
            if own_data {
                return None;
            }
            (Whose::Someones(name), history, Some(shared_on))
        } else if capture::is_capture_fragment(arrival.fragment) {
            return None;
        } else {
            let copy = record::read(arrival.record?, arrival.stored?)?;
            samples = copy.sample_snapshots;
            people = copy.people;
            (Whose::Yours, copy.history, None)
        };
        // A fall the app would tell about sits between the cards and the trend: not drawn here
        // (yet), so the page is left to the app rather than shifted when it arrives.
        let seen = shared_on.is_none().then_some(arrival.drops_seen).flatten();
        if !drop_alerts(range.of(&history), today, seen).is_empty() {
            return None;
        }
        // As the app decides it: only real snapshots are worth a backup.
        let real = history.len().saturating_sub(samples);
        let backup_due = shared_on.is_none()
            && backup_due_for(real, arrival.last_export, arrival.reminder_dismissed, today);
        (!history.is_empty()).then_some(FirstScreen {
            whose,
            history,
            shared_on,
            range,
            backup_due,
            sample: samples > 0,
            has_people: people > 0,
            fragment: shared_on
                .map(|_| format!("#{}", arrival.fragment.trim_start_matches('#')))
                .unwrap_or_default(),
        })
    }

    /// The dashboard's heading.
    pub fn title(&self, lang: Lang) -> String {
        markup::dashboard_title(lang, &self.whose)
    }

    /// The HTML above the trend card, worded in `lang`.
    pub fn top(&self, lang: Lang, today: NaiveDate, date: DateWords) -> String {
        let Some(latest) = self.history.latest() else {
            return String::new();
        };
        let change = self
            .history
            .change_since_previous()
            .zip(self.history.previous().map(|s| s.date));
        let top = DashboardTop {
            whose: &self.whose,
            latest,
            change,
            links: &self.fragment,
        };
        // In the app's order: the shared view's banner and the notices above the screen,
        // then the screen's heading, the line about the last snapshot (one's own) and the cards.
        let (banner, notices, last) = match (&self.whose, self.shared_on) {
            (Whose::Someones(name), Some(shared_on)) => (
                markup::dashboard::shared_banner(lang, name.as_deref(), shared_on, date),
                markup::frame::notices(lang, false, false),
                String::new(),
            ),
            _ => (
                String::new(),
                markup::frame::notices(lang, self.sample, self.backup_due),
                week_facts(&self.history, today)
                    .map(|facts| markup::week::week_line(lang, &facts, date))
                    .unwrap_or_default()
                    + &markup::dashboard::last_snapshot(lang, latest.date, today, date),
            ),
        };
        format!(
            r#"{banner}{notices}<h1 class="page-title">{}</h1>{last}<div class="dashboard-grid">{}{}</div>"#,
            html_escape::encode_text(&self.title(lang)),
            markup::overall_card(lang, &top, date),
            markup::pillars_card(lang, &top),
        )
    }

    /// The app bar's tabs, named in `lang`, and its main action (one's own history only).
    pub fn app_bar(&self, lang: Lang) -> (String, String) {
        let shared = self.shared_on.is_some();
        let action = if shared {
            String::new()
        } else {
            markup::frame::add_button(lang)
        };
        (markup::frame::tabs(shared, self.has_people, lang), action)
    }

    /// The trend card's head: its heading and the range buttons.
    pub fn trend_head(&self, lang: Lang) -> String {
        format!(
            r#"<div class="card-head"><h2 id="trend-title">{}</h2>{}</div>"#,
            html_escape::encode_text(crate::i18n::start_trend(lang)),
            markup::range_picker(lang, self.range)
        )
    }

    /// The trend chart's options for an element of this style, named in `lang`: the app's own.
    pub fn chart(&self, style: &ChartStyle, lang: Lang) -> charming::Chart {
        trend_chart(
            self.range.of(&self.history),
            self.history.goals(),
            style,
            lang,
        )
    }
}
