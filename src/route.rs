//! Where the reader is, as a hash: `#/what-are-opioids` (a chapter), `#/privacy` (a page) or
//! `#/check/signs` (a self-check; its answers are never in the URL).
//! Hash routing needs no server support and works inside a sandboxed iframe. An unknown or empty
//! hash is the first chapter: a reader following an old link never meets an error page.

use crate::assessment::flow::Check;
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
    pub fn parse(hash: &str, bundle: &Bundle) -> Route {
        let slug = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        if let Some((i, _)) = bundle.chapter(slug) {
            return Route::Chapter(i);
        }
        if let Some(check) = slug.strip_prefix("check/").and_then(Check::from_slug) {
            return Route::Check(check);
        }
        if let Some(page) = bundle.page(slug) {
            return Route::Page(page.slug);
        }
        Route::Chapter(0)
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

    /// "Chapter 2 of 9" for a chapter; `None` for a page.
    pub fn progress(self, bundle: &Bundle) -> Option<String> {
        let Route::Chapter(i) = self else { return None };
        let (n, total) = (fixed((i + 1) as f64, 0), fixed(bundle.chapters.len() as f64, 0));
        Some(fill(tr!(bundle, "nav.progress"), &[("n", &n), ("total", &total)]))
    }

    pub fn hash(self, bundle: &Bundle) -> String {
        match self {
            Route::Chapter(i) => format!("#/{}", bundle.chapters[i.min(bundle.chapters.len() - 1)].slug),
            Route::Page(slug) => format!("#/{slug}"),
            Route::Check(c) => format!("#/check/{}", c.slug()),
        }
    }
}
