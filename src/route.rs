//! Where the reader is, as a hash: `#/what-are-opioids` (a chapter), `#/privacy` (a page) or
//! `#/check/signs` (a self-check; its answers are never in the URL).
//! Hash routing needs no server support and works inside a sandboxed iframe. An unknown or empty
//! hash, or one the page's settings hide, is the first screen (`start`, else the first chapter
//! shown): a reader following an old link never meets an error page.

use crate::assessment::flow::Check;
use crate::config::Settings;
use crate::content::{fill, fixed, Bundle, Chapter};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Index into the bundle's chapters.
    Chapter(usize),
    /// A free-standing page, by slug.
    Page(&'static str),
    Check(Check),
}

impl Route {
    /// The route a hash names, and the presenter-mode step it names, if any: `#/tolerance/3` is
    /// the third step of "Tolerance" (index 2). A step the chapter does not have gives the chapter
    /// itself, read as usual; a chapter the page hides gives the first screen.
    pub fn parse_step(hash: &str, bundle: &Bundle, settings: &Settings) -> (Route, Option<usize>) {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        if let Some((slug, n)) = path.rsplit_once('/') {
            // A number as the step: matched against the steps' own numbers, which needs no
            // number parser in the wasm.
            let numeric = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
            if let (Some((i, c)), true) = (bundle.chapter(slug), numeric) {
                let route = Route::Chapter(i);
                if !settings.shows(route) {
                    return (settings.home(), None);
                }
                return (route, (0..c.steps()).find(|&k| fixed((k + 1) as f64, 0) == n));
            }
        }
        (Route::parse(hash, bundle, settings), None)
    }

    /// The address of a presenter-mode step (`step` counted from 0), or of the route itself.
    pub fn hash_at(self, bundle: &Bundle, step: Option<usize>) -> String {
        match (self, step) {
            (Route::Chapter(_), Some(n)) => format!("{}/{}", self.hash(bundle), n + 1),
            _ => self.hash(bundle),
        }
    }

    pub fn parse(hash: &str, bundle: &Bundle, settings: &Settings) -> Route {
        let slug = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        let route = match (bundle.chapter(slug), slug.strip_prefix("check/").and_then(Check::from_slug)) {
            (Some((i, _)), _) => Some(Route::Chapter(i)),
            (_, Some(check)) => Some(Route::Check(check)),
            _ => bundle.page(slug).map(|page| Route::Page(page.slug)),
        };
        route.filter(|&r| settings.shows(r)).unwrap_or(settings.home())
    }

    /// The chapter or page this route shows (an unknown page slug, or a check, gives the first
    /// chapter: callers show checks before asking).
    pub fn chapter(self, bundle: &'static Bundle) -> &'static Chapter {
        match self {
            Route::Chapter(i) => &bundle.chapters[i.min(bundle.chapters.len() - 1)],
            Route::Page(slug) => bundle.page(slug).unwrap_or(&bundle.chapters[0]),
            Route::Check(_) => &bundle.chapters[0],
        }
    }

    /// "Chapter 2 of 5" for a chapter, counted among the chapters shown; `None` for anything else.
    pub fn progress(self, bundle: &Bundle, settings: &Settings) -> Option<String> {
        let n = settings.chapters.iter().position(|&c| Route::Chapter(c) == self)?;
        let (n, total) = (fixed((n + 1) as f64, 0), fixed(settings.chapters.len() as f64, 0));
        Some(fill(tr!(bundle, "nav.progress"), &[("n", &n), ("total", &total)]))
    }

    /// Every screen the settings show: the first screen, then the chapters, pages and checks in
    /// the bundle's order (the static page writes them all).
    pub fn shown(bundle: &Bundle, settings: &Settings) -> Vec<Route> {
        let home = settings.home();
        let chapters = (0..bundle.chapters.len()).map(Route::Chapter);
        let pages = bundle.pages.iter().map(|p| Route::Page(p.slug));
        let checks = crate::assessment::flow::CHECKS.iter().map(|&c| Route::Check(c));
        std::iter::once(home)
            .chain(chapters.chain(pages).chain(checks).filter(|&r| r != home && settings.shows(r)))
            .collect()
    }

    pub fn hash(self, bundle: &Bundle) -> String {
        match self {
            Route::Chapter(i) => format!("#/{}", bundle.chapters[i.min(bundle.chapters.len() - 1)].slug),
            Route::Page(slug) => format!("#/{slug}"),
            Route::Check(c) => format!("#/check/{}", c.slug()),
        }
    }
}
