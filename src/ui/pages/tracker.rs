//! The app once storage is readable: the state in context, header, notices and the screen the
//! address names. The user's own data saves itself (see `OwnData::keep`); a shared view has no
//! handle to it, so none of its screens can change it.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{ParamSegment, StaticSegment};

use crate::domain::address::Screen;

use super::{
    ComparePage, DashboardPage, EmptyLinkPage, HistoryPage, LearnPage, NotFoundPage,
    PersonOnScreen, PersonPage, PillarPage, ResultsPage, SharePage, SnapshotFormPage, TeamPage,
    WelcomePage,
};
use crate::domain::capture::{self, CaptureError};
use crate::domain::people::PersonId;
use crate::domain::share::SharedHistory;
use crate::domain::sync::Synced;
use crate::domain::{History, Pillar};
use crate::edges::storage::StorageError;
use crate::edges::{focus, links, location, service_worker};
use crate::markup::frame::footer;
use crate::markup::Whose;
use crate::ui::components::{
    Header, LanguageSwitch, LeaveDialog, NoticeArea, SharedBanner, ToastArea,
};
use crate::ui::pasting::{open_captured, open_shared, open_what_is_pasted};
use crate::ui::screen_changes::follow_screens;
use crate::ui::state::{
    HistoryView, Language, Navigation, Notices, OwnData, Preferences, Problem, YourData,
};

/// Whose history is on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// The user's own, from this browser's storage, as `synced` read it (empty when nothing
    /// is stored). `problem` is a storage issue found at start-up.
    Own {
        synced: Synced,
        problem: Option<StorageError>,
    },
    /// Someone's shared copy, read-only and never saved.
    Shared(SharedHistory),
}

/// Shell of the app, for the user's own history or a shared read-only copy. `captured` is
/// a page the capture bookmarklet brought in the address, opened in the snapshot form.
#[component]
pub fn Tracker(mode: Mode, captured: Option<Result<String, CaptureError>>) -> impl IntoView {
    let shared = matches!(mode, Mode::Shared(_));
    // A shared view's data is its fragment: every screen of the view keeps it.
    let navigation = Navigation::new(location::app_path(), shared.then(location::fragment));
    provide_context(navigation);
    provide_context(Preferences::read_stored());
    provide_context(PersonOnScreen::new());
    let (yours, banner) = match mode {
        Mode::Own { synced, problem } => {
            let notices = Notices::new(problem.map(Problem::Storage));
            provide_context(notices);
            let yours = YourData::new(synced.stored().clone());
            OwnData::new(synced, notices).keep(yours);
            provide_context(yours);
            provide_context(yours.view());
            (Some(yours), None)
        }
        Mode::Shared(SharedHistory {
            name,
            own_data,
            shared_on,
            history,
        }) => {
            let notices = Notices::new(None);
            provide_context(notices);
            // One's own data from another device reads as one's own ("Your Social Selling
            // Index"); it stays read-only until moved in.
            let whose = if own_data {
                Whose::Yours
            } else {
                Whose::Someones(name.clone())
            };
            provide_context(HistoryView::new(
                Signal::stored(history),
                Signal::stored(whose),
            ));
            // Saving this person, or moving the snapshots into one's own history, reads and
            // writes the user's own data through its one writer, on request.
            let own = OwnData::new(Synced::default(), notices);
            (
                None,
                Some(view! { <SharedBanner name own_data shared_on own /> }),
            )
        }
    };
    let notices = Notices::expect();
    service_worker::register_when_idle(move || notices.announce_update());
    if let Some(captured) = captured {
        open_captured(captured, navigation, notices);
    }
    // A page shared to the installed app opens like a capture, from the service worker's inbox.
    if yours.is_some() && capture::is_shared_fragment(&location::fragment()) {
        open_shared(navigation, notices);
    }
    open_what_is_pasted(yours.is_some(), navigation, notices);
    let view = HistoryView::expect();
    let welcome = Signal::derive(move || yours.is_some() && view.with(History::is_empty));
    follow_screens(navigation, welcome);
    let links = StoredValue::new_local(links::watch(move |path| navigation.follow_link(path)));
    let language = Language::expect();
    on_cleanup(move || {
        links.try_update_value(|l| drop(l.take()));
    });

    // Focus moves without touching the URL fragment, which may hold a share link.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        // Focus only: the main area may already be on screen.
        focus::focus("main");
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {crate::i18n::frame_skip_to_content(language.get())}
        </a>
        <Header />
        <main id="main" tabindex="-1">
            {banner}
            <NoticeArea />
            <Screens yours />
            // After the screen in reading and tab order, fixed at the bottom of the view.
            <ToastArea />
        </main>
        <footer class="footer">
            <p>{footer(yours.is_none(), language.get())}</p>
            <LanguageSwitch />
        </footer>
        <LeaveDialog />
    }
}

/// The screen at the address, by the router. Every path comes from [`Screen`]'s own mapping
/// (tested natively); a screen a shared view doesn't have is not found there, and the screens
/// about the history welcome the user while it is empty.
#[component]
fn Screens(yours: Option<YourData>) -> impl IntoView {
    let view = HistoryView::expect();
    let navigation = Navigation::expect();
    let empty = Memo::new(move |_| view.with(History::is_empty));
    // The date and the person come from `Screen::parse`, like every other address.
    let edit = move |_: Option<YourData>| match navigation.screen() {
        Some(Screen::Edit(date)) if view.with_untracked(|h| h.get(date).is_some()) => {
            view! { <SnapshotFormPage editing=Some(date) pasted=None /> }.into_any()
        }
        _ => view! { <NotFoundPage /> }.into_any(),
    };
    let person = move |_: Option<YourData>| match navigation.screen() {
        Some(Screen::Person(id)) => view! { <PersonPage id /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    };
    let pillar = move |yours: Option<YourData>| match navigation.screen() {
        Some(Screen::Pillar(pillar)) => view! { <PillarPage pillar yours /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    };
    let segment = |screen: Screen| StaticSegment(screen.segment());
    let at = Guard { yours, empty };
    let dashboard = |yours| view! { <DashboardPage yours /> }.into_any();
    view! {
        <Routes fallback=|| view! { <NotFoundPage /> }>
            <Route path=StaticSegment("") view=at.page(Screen::Dashboard, dashboard) />
            <Route path=StaticSegment("index.html") view=at.page(Screen::Dashboard, dashboard) />
            <Route
                path=segment(Screen::History)
                view=at.page(Screen::History, |yours| view! { <HistoryPage yours /> }.into_any())
            />
            <Route
                path=segment(Screen::Results)
                view=at.page(Screen::Results, |_| view! { <ResultsPage /> }.into_any())
            />
            <Route
                path=segment(Screen::Share)
                view=at.page(Screen::Share, |_| view! { <SharePage /> }.into_any())
            />
            // The team, comparing shared links and reading about the pillars need no history of
            // one's own.
            <Route
                path=segment(Screen::Team)
                view=at.page(Screen::Team, |_| view! { <TeamPage /> }.into_any())
            />
            <Route
                path=segment(Screen::Compare)
                view=at.page(Screen::Compare, |_| view! { <ComparePage /> }.into_any())
            />
            <Route
                path=segment(Screen::Learn)
                view=at.page(Screen::Learn, |_| view! { <LearnPage /> }.into_any())
            />
            <Route
                path=segment(Screen::Add)
                view=at
                    .page(
                        Screen::Add,
                        |_| {
                            view! {
                                <SnapshotFormPage
                                    editing=None
                                    pasted=Navigation::expect().pasted()
                                />
                            }
                                .into_any()
                        },
                    )
            />
            <Route
                path=segment(Screen::QuickAdd)
                view=at
                    .page(
                        Screen::QuickAdd,
                        |_| {
                            view! { <SnapshotFormPage editing=None pasted=None quick=true /> }
                                .into_any()
                        },
                    )
            />
            <Route
                path=(segment(Screen::Edit(NaiveDate::MIN)), ParamSegment("date"))
                view=at.page(Screen::Edit(NaiveDate::MIN), edit)
            />
            <Route
                path=(segment(Screen::Person(PersonId::from(0))), ParamSegment("id"))
                view=at.page(Screen::Person(PersonId::from(0)), person)
            />
            <Route
                path=(segment(Screen::Pillar(Pillar::Brand)), ParamSegment("pillar"))
                view=at.page(Screen::Pillar(Pillar::Brand), pillar)
            />
        </Routes>
    }
}

/// What decides whether a screen's page shows: the user's own data (none in a shared view)
/// and whether the history on show is empty.
#[derive(Clone, Copy)]
struct Guard {
    yours: Option<YourData>,
    empty: Memo<bool>,
}

impl Guard {
    /// `page` for `screen`, where this view has it: not found where a shared view has no such
    /// screen, and the welcome on the screens about the history while it is empty.
    fn page(
        self,
        screen: Screen,
        page: impl Fn(Option<YourData>) -> AnyView + Clone + Send + Sync + 'static,
    ) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
        let Guard { yours, empty } = self;
        move || {
            if yours.is_none() && !screen.in_shared_view() {
                return view! { <NotFoundPage /> }.into_any();
            }
            let page = page.clone();
            // Arriving at a screen about a history the user doesn't have yet (a deep link) moves
            // to the app's own address, which is the welcome's. A history emptied here (the last
            // snapshot deleted, with its Undo in focus) leaves the user where they are.
            let arrived_empty = empty.get_untracked();
            if arrived_empty
                && yours.is_some()
                && screen.shows_history()
                && screen != Screen::Dashboard
            {
                let navigation = Navigation::expect();
                request_animation_frame(move || navigation.replace(Screen::Dashboard, None));
            }
            view! {
                {move || match (screen.shows_history() && empty.get(), yours) {
                    (false, _) => page(yours),
                    (true, Some(_)) => view! { <WelcomePage /> }.into_any(),
                    (true, None) => view! { <EmptyLinkPage /> }.into_any(),
                }}
            }
            .into_any()
        }
    }
}
