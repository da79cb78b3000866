use std::rc::Rc;

use yew::prelude::*;

use super::chapter::chapter_view;
use super::check::check_view;
use super::help::help_now;
use super::hooks::{use_browser_events, use_title_and_focus};
use super::nav::{chapter_list, footer_links, lang_confirm, lang_links, prev_next, progress};
use super::present::{on_key, present_button, presenter_bar, use_presenter};
use super::quick_exit::quick_exit;
use super::quiz::quiz_view;
use super::view::Shared;
use crate::assessment::flow::{self, Checks, Screen};
use crate::config::{Mode, Settings};
use crate::content::{bundle, fill};
use crate::layout::Layout;
use crate::platform;
use crate::quiz::{self, Quiz};
use crate::route::Route;

/// What changes while the guide is open. Every change returns a new state (yew's reducer style).
/// The self-checks' replies live here, in memory only, so moving to a chapter and back keeps them;
/// "Clear my answers" and the quick exit forget them.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub route: Route,
    pub checks: Checks,
    /// Presenter mode's step (from 0), or `None` when reading as usual. Only on a chapter.
    pub step: Option<usize>,
    /// The chapter's knowledge check, forgotten when the reader moves to another screen.
    pub quiz: Quiz,
}

pub enum Action {
    /// To a route, presenting a step of it or not (a hash change: a link, Back, Forward).
    Navigate(Route, Option<usize>),
    /// Into presenter mode at a step of this chapter, or out of it.
    Present(Option<usize>),
    /// A presenter key (`key`, Shift held, the chapter's steps), moving from the step held now.
    PresenterKey(String, bool, usize),
    Check(flow::Action),
    Quiz(quiz::Action),
}

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let (route, step) = match action {
            Action::Navigate(route, step) => (route, step),
            Action::Present(step) => (self.route, step),
            Action::PresenterKey(key, shift, total) => match self.step.and_then(|n| on_key(&key, shift, n, total)) {
                Some(step) => (self.route, step),
                None => return self,
            },
            Action::Check(a) => {
                let mut checks = self.checks.clone();
                checks.apply(a);
                return Rc::new(AppState { checks, ..(*self).clone() });
            }
            Action::Quiz(a) => {
                let mut quiz = self.quiz.clone();
                quiz.apply(a);
                return Rc::new(AppState { quiz, ..(*self).clone() });
            }
        };
        let step = step.filter(|_| matches!(route, Route::Chapter(_)));
        if (route, step) == (self.route, self.step) {
            return self;
        }
        let quiz = if route == self.route { self.quiz.clone() } else { Quiz::default() };
        Rc::new(AppState { route, step, checks: self.checks.clone(), quiz })
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    #[prop_or_default]
    pub settings: Settings,
    /// The route to show first (from the URL's hash).
    pub route: Route,
    /// The presenter-mode step the URL's hash names (`#/tolerance/3`), if any.
    #[prop_or_default]
    pub step: Option<usize>,
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
        // `mode=classroom` opens presenter mode, at the address's step or the first.
        let step = props.step.or((settings.mode == Mode::Classroom).then_some(0));
        let step = step.filter(|_| matches!(route, Route::Chapter(_)));
        move || AppState { route, checks: Checks::default(), step, quiz: Quiz::default() }
    });
    let (route, step) = (state.route, state.step);
    // The e2e layer's fallback test: a build whose app panics on opening the privacy page.
    #[cfg(feature = "test-panic")]
    if route == Route::Page("privacy") {
        panic!("test-panic build");
    }
    let send = {
        let state = state.clone();
        Callback::from(move |a: flow::Action| state.dispatch(Action::Check(a)))
    };
    let send_quiz = {
        let state = state.clone();
        Callback::from(move |a: quiz::Action| state.dispatch(Action::Quiz(a)))
    };

    let exit = {
        let url = settings.exit_url.clone();
        let onleave = props.onleave.clone();
        let send = send.clone();
        Callback::from(move |()| {
            // Forget the answers first: a page restored from the back-forward cache keeps memory.
            send.emit(flow::Action::Clear);
            platform::blank_page();
            onleave.emit(url.clone());
        })
    };

    // One question per screen when narrow, a group when wide; the receptor picture in one row of
    // slots or two. Follows the screen as it changes.
    let wide = use_state(platform::is_wide);
    let shared = Shared { settings: settings.clone(), layout: Layout::from_wide(*wide) };
    let v = shared.view();
    // The page's title, kept to give it back when a blanked page returns from the cache.
    let page_title = use_mut_ref(String::new);

    let navigate = {
        let state = state.clone();
        Callback::from(move |(route, step)| state.dispatch(Action::Navigate(route, step)))
    };
    let present = {
        let state = state.clone();
        Callback::from(move |step| state.dispatch(Action::Present(step)))
    };
    let presenter_key = {
        let state = state.clone();
        Callback::from(move |(key, shift, total)| state.dispatch(Action::PresenterKey(key, shift, total)))
    };
    use_presenter(t, route, step, present.clone(), presenter_key);
    use_browser_events(t, settings.clone(), navigate, exit.clone(), page_title.clone(), wide.clone());
    let screen = match route {
        Route::Check(c) => state.checks.screen(c),
        _ => Screen::Intro,
    };
    use_title_and_focus(t, route, screen, page_title);

    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        platform::focus("chapter-title");
    });
    let chapter = route.chapter(t);
    let before_title = progress(v, route);
    // Another language is another page: with answers held, the reader is told they will be
    // cleared before the link is followed.
    let asking = use_state(|| None);
    {
        let asking = asking.clone();
        use_effect_with(asking.is_some(), |&shown| {
            if shown {
                platform::focus("lang-confirm");
            }
        });
    }
    let here = route.hash_at(t, step);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |to| asking.set(Some(to)))
    };
    let languages = lang_links(v, &here, state.checks.holds_answers().then_some(&ask));
    // (Gone once no answer is held: cleared, or the check started again.)
    let confirm = (*asking).filter(|_| state.checks.holds_answers()).map(|to| {
        let clear = send.reform(|()| flow::Action::Clear);
        let asking = asking.clone();
        lang_confirm(v, to, &here, &clear, &Callback::from(move |()| asking.set(None)))
    });

    html! {
        <ContextProvider<Shared> context={shared.clone()}>
            <div class="shell" data-ready="" data-presenting={step.map(|n| if chapter.is_sim_step(n) { "sim" } else if n >= chapter.quiz_step() { "quiz" } else { "" })} lang={settings.lang.code()}>
                <a class="skip-link" href={route.hash(t)} onclick={skip}>{ tr!(t, "skip") }</a>
                // Presenter mode's controls, or the button that starts it on a chapter, share the
                // exit bar: a row the static page paints too, so nothing moves when the app starts.
                { quick_exit(v, &exit, match (route, step) {
                    (_, Some(n)) => presenter_bar(v, route, n, &present),
                    (Route::Chapter(_), None) => present_button(v, &present),
                    _ => Html::default(),
                }) }
                <header class="masthead">
                    <p class="masthead__title"><a href={settings.home().hash(t)}>{ tr!(t, "title") }</a></p>
                    { languages }
                    <p class="masthead__promise">{ tr!(t, "promise") }</p>
                    { confirm.unwrap_or_default() }
                    if let Some(name) = &settings.clinic.name {
                        <p class="masthead__clinic">
                            { fill(tr!(t, "help.offered_by"), &[("name", name)]) }
                            if let Some(href) = settings.clinic.url.clone() {
                                { " " }<a {href} rel="noreferrer" target="_blank">{ tr!(t, "help.find_us") }</a>
                            }
                        </p>
                    }
                </header>
                { help_now(v) }
                <div class="layout">
                    <main id="main" class="layout__main">
                        { match route {
                            Route::Check(c) => check_view(v, c, &state.checks, &send),
                            _ => chapter_view(chapter, before_title, super::sims::sim, quiz_view(v, chapter, &state.quiz, Some(&send_quiz), step), step),
                        } }
                        if step.is_none() {
                            { prev_next(v, route) }
                        }
                    </main>
                    <div class="layout__side">
                        { chapter_list(v, route) }
                    </div>
                </div>
                <footer class="footer">
                    <p>{ tr!(t, "footer.disclaimer") }</p>
                    if !matches!(route, Route::Check(_)) {
                        <p>{ fill(tr!(t, "footer.reviewed"), &[("date", chapter.reviewed_display)]) }</p>
                    }
                    { footer_links(t) }
                </footer>
            </div>
        </ContextProvider<Shared>>
    }
}
