use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::chapter::chapter_view;
use super::help::help_now;
use super::nav::{chapter_list, prev_next, progress};
use super::quick_exit::quick_exit;
use crate::config::Settings;
use crate::content::{bundle, fill};
use crate::platform;
use crate::quick_exit::ShiftCounter;
use crate::route::Route;

/// What changes while the guide is open. Every change returns a new state (yew's reducer style).
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub route: Route,
}

pub enum Action {
    Navigate(Route),
}

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Navigate(route) if route != self.route => Rc::new(AppState { route }),
            Action::Navigate(_) => self,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    #[prop_or_default]
    pub settings: Settings,
    /// The route to show first (from the URL's hash).
    pub route: Route,
    /// Sends the reader away after the page is blanked; defaults to [`platform::leave`].
    /// Tests pass their own so the test page stays put.
    #[prop_or(Callback::from(|url: String| platform::leave(&url)))]
    pub onleave: Callback<String>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let settings = use_memo((), {
        let s = props.settings.clone();
        move |_| s
    });
    let t = bundle(settings.lang);
    let state = use_reducer({
        let route = props.route;
        move || AppState { route }
    });
    let route = state.route;

    let exit = {
        let url = settings.exit_url.clone();
        let onleave = props.onleave.clone();
        Callback::from(move |()| {
            platform::blank_page();
            onleave.emit(url.clone());
        })
    };

    // Browser wiring: hash changes (links, Back, Forward), Shift ×3, coming back from the cache.
    {
        let state = state.clone();
        let exit = exit.clone();
        use_effect_with((), move |_| {
            let on_hash = platform::on_hash_change(move || state.dispatch(Action::Navigate(Route::parse(&platform::hash(), t))));
            let counter = RefCell::new(ShiftCounter::default());
            let on_key = platform::on_key_down(move |key, now| {
                if counter.borrow_mut().press(&key, now) {
                    exit.emit(());
                }
            });
            let on_show = platform::on_page_show_unblank();
            move || drop((on_hash, on_key, on_show))
        });
    }

    // Title always; focus to the new heading when the reader moves (not on first load).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(route, move |route| {
            platform::set_title(&format!("{} – {}", route.chapter(t).title, tr!(t, "title")));
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::focus("chapter-title");
            }
        });
    }

    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        platform::focus("chapter-title");
    });
    let chapter = route.chapter(t);
    let before_title = progress(t, route);

    html! {
        <ContextProvider<Rc<Settings>> context={settings.clone()}>
            <div class="shell" data-ready="" lang={settings.lang.code()}>
                <a class="skip-link" href={route.hash(t)} onclick={skip}>{ tr!(t, "skip") }</a>
                { quick_exit(t, &exit) }
                <header class="masthead">
                    <p class="masthead__title"><a href={Route::Chapter(0).hash(t)}>{ tr!(t, "title") }</a></p>
                    <p class="masthead__promise">{ tr!(t, "promise") }</p>
                </header>
                { help_now(t) }
                <div class="layout">
                    <main id="main" class="layout__main">
                        { chapter_view(chapter, before_title) }
                        { prev_next(t, route) }
                    </main>
                    <div class="layout__side">
                        { chapter_list(t, route) }
                    </div>
                </div>
                <footer class="footer">
                    <p>{ tr!(t, "footer.disclaimer") }</p>
                    <p>{ fill(tr!(t, "footer.reviewed"), &[("date", chapter.reviewed_display)]) }</p>
                    <p><a href={Route::Page("privacy").hash(t)}>{ tr!(t, "footer.privacy") }</a></p>
                </footer>
            </div>
        </ContextProvider<Rc<Settings>>>
    }
}
