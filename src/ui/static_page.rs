//! The guide as static HTML, written into `index.html` by the build (`cargo run -- static-page`,
//! from Trunk's post-build hook): every chapter, page and self-check the settings show, with the
//! help lines, readable with JavaScript off, and the first thing painted with it on.
//!
//! - Each screen is a `<div class="route" id="/slug">`: its id is the route's hash without `#`, so
//!   CSS shows the one the address names (`:target`), or the first screen when none is named, and
//!   the chapter list and Previous/Next links work without a script.
//! - It is rendered by the app's own views (yew's server renderer), so the first paint is what the
//!   app then shows. The app takes each run of chapter text from here (`content::Words`), then
//!   keeps the page in a `<template>`: a panic puts it back, with a reload link (`platform`).
//! - Simulations are a titled box saying they need JavaScript and WebAssembly; self-checks show
//!   their first screen with the same note. The note stays hidden for the first seconds (CSS), so
//!   a reader whose browser runs the app never sees it.
//!
//! Ids repeat from screen to screen (`chapter-title`, a chapter's sources heading): each screen's
//! own are made unique with a suffix, here, so the page stays valid and every label points home.

use yew::prelude::*;

use super::chapter::chapter_view;
use super::check::check_view;
use super::help::help_now;
use super::nav::{chapter_list, footer_links, lang_links, prev_next, progress};
use super::quiz::quiz_view;
use super::view::Shared;
use crate::assessment::flow::Checks;
use crate::config::Settings;
use crate::content::bundle;
use crate::layout::Layout;
use crate::route::Route;

#[derive(Properties, PartialEq)]
struct ScreenProps {
    shared: Shared,
    route: Route,
}

/// One screen's main column, as the app shows it on arrival.
#[component]
fn Screen(props: &ScreenProps) -> Html {
    let v = props.shared.view();
    let t = v.t;
    let route = props.route;
    let body = match route {
        Route::Check(c) => html! {
            <>
                { check_view(v, c, &Checks::default(), &Callback::noop()) }
                <p class="needs-js">{ tr!(t, "static.check_needs_js") }</p>
            </>
        },
        _ => {
            let c = route.chapter(t);
            let quiz = quiz_view(v, c, &Default::default(), None, None);
            chapter_view(c, progress(v, route), |which| super::sims::placeholder(t, which), quiz, None)
        }
    };
    html! {
        <ContextProvider<Shared> context={props.shared.clone()}>
            { body }
            { prev_next(v, route) }
        </ContextProvider<Shared>>
    }
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    shared: Shared,
}

/// Everything around the screens; `SCREENS` marks where they go.
#[component]
fn Frame(props: &FrameProps) -> Html {
    let v = props.shared.view();
    let (t, s) = (v.t, v.settings);
    html! {
        <div class="shell" data-static="" lang={s.lang.code()}>
            <div class="exit">
                <a class="exit__button" href={s.exit_url.clone()} rel="noreferrer">{ tr!(t, "exit.button") }</a>
                <span class="exit__hint">{ tr!(t, "exit.hint") }</span>
            </div>
            <header class="masthead">
                <p class="masthead__title"><a href={s.home().hash(t)}>{ tr!(t, "title") }</a></p>
                // Without a script the page cannot know its screen: the link opens the other
                // language's first screen.
                { lang_links(v, "", None) }
                <p class="masthead__promise">{ tr!(t, "promise") }</p>
            </header>
            { help_now(v) }
            <div class="layout">
                <main id="main" class="layout__main">
                    <div class="static-failed" role="alert" tabindex="-1" hidden=true>
                        <p>{ tr!(t, "static.failed") }</p>
                        <p><a href="">{ tr!(t, "static.reload") }</a></p>
                    </div>
                    { "SCREENS" }
                </main>
                <div class="layout__side">
                    // No screen is current here: the list is the same on every screen.
                    { chapter_list(v, Route::Page("")) }
                </div>
            </div>
            <footer class="footer">
                <p>{ tr!(t, "footer.disclaimer") }</p>
                { footer_links(t) }
            </footer>
        </div>
    }
}

async fn render<C: BaseComponent>(props: C::Properties) -> String {
    yew::LocalServerRenderer::<C>::with_props(props).hydratable(false).render().await
}

/// The whole static page (what goes inside `<div id="app">`).
pub async fn static_page(settings: Settings) -> String {
    let t = bundle(settings.lang);
    let routes = Route::shown(t, &settings);
    // The wide layout: checks show their first screen, which is the same in both.
    let shared = Shared { settings: settings.into(), layout: Layout::from_wide(true) };
    let mut screens = String::new();
    for (n, route) in routes.into_iter().enumerate() {
        let html = render::<Screen>(ScreenProps { shared: shared.clone(), route }).await;
        let id = &route.hash(t)[1..];
        screens.push_str(&format!("<div class=\"route\" id=\"{id}\">{}</div>", unique_ids(&html, n)));
    }
    let frame = render::<Frame>(FrameProps { shared }).await;
    runs_in_order(&frame.replacen("SCREENS", &screens, 1))
}

/// A run numbered one past the run before it in the page carries no number (`data-w=""`), so most
/// of the page's run numbers are not written at all (they cost the words budget about 900 B
/// brotli); `content::run_number` reads an empty one back as the number before it, plus one.
pub fn runs_in_order(html: &str) -> String {
    const MARK: &str = " data-w=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut next = 0;
    while let Some(at) = rest.find(MARK) {
        let (before, after) = rest.split_at(at + MARK.len());
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        match after[..end].parse::<usize>() {
            Ok(n) if n == next => next = n + 1,
            Ok(n) => {
                out.push_str(&after[..end]);
                next = n + 1;
            }
            Err(_) => out.push_str(&after[..end]),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// `id="x"` becomes `id="x-n"` in one screen's HTML, and so does every reference to it.
fn unique_ids(html: &str, n: usize) -> String {
    let ids: Vec<&str> = html.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    let mut out = html.to_string();
    for id in ids {
        for attr in ["id", "aria-labelledby", "aria-describedby", "aria-controls", "for"] {
            out = out.replace(&format!(" {attr}=\"{id}\""), &format!(" {attr}=\"{id}-{n}\""));
        }
    }
    out
}

/// What the page's `<head>` says in its language (in place of `STATIC_HEAD`): its title, its
/// description, and where the same guide is in every language (`hreflang`, relative: the host is
/// not known at build time). `<html lang>` is set by the build beside it.
pub fn head(lang: crate::content::Lang) -> String {
    use crate::content::Lang;
    let t = bundle(lang);
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let mut head = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">",
        attr(tr!(t, "title")),
        attr(tr!(t, "static.description"))
    );
    for &to in Lang::ALL {
        let href = crate::config::lang_href("", "", lang, to, "");
        head.push_str(&format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\">", to.code()));
    }
    head.push_str(&lang_move(lang));
    head
}

/// A `lang` in the address naming another built language moves the page there before anything
/// else loads (not this build's page painted, then its wasm fetched only to leave): to the address
/// `config::lang_href` makes, the other settings and the screen kept, no history entry added. Any
/// other `lang` is left to the app, which warns about it; the app also moves for a `lang` built
/// in from `clinic.toml`. It reads the address and writes nothing into the page. The build allows
/// it by its hash, like the loader.
pub fn lang_move(lang: crate::content::Lang) -> String {
    use crate::content::Lang;
    let all: Vec<String> = Lang::ALL.iter().map(|l| format!("\"{}\"", l.code())).collect();
    format!(
        concat!(
            "<script>(()=>{{const all=[{all}],here=\"{here}\",m=/[?&]lang=([^&#]*)/.exec(location.search);",
            "if(!m||m[1]===here||!all.includes(m[1]))return;",
            "const to=m[1],p=location.pathname,f=p.slice(p.lastIndexOf(\"/\")+1),o=\"{offline}\",",
            "q=location.search.slice(1).split(\"&\").filter(s=>s&&!s.startsWith(\"lang=\")),",
            "place=f.startsWith(o)&&f.endsWith(\".html\")?o+to+\".html\":(here===all[0]?\"\":\"../\")+(to===all[0]?\"\":to+\"/\");",
            "location.replace((place||\"./\")+(q.length?\"?\"+q.join(\"&\"):\"\")+location.hash)}})()</script>"
        ),
        all = all.join(","),
        here = lang.code(),
        offline = crate::config::OFFLINE_FILE,
    )
}
