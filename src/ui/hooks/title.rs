use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::flow::Screen;
use crate::assessment::report;
use crate::content::Bundle;
use crate::platform;
use crate::route::Route;

/// The page's title for the route, always (except on a page blanked by quick exit: clearing a
/// check re-renders it, and the tab must not show the title again while the next page loads), kept
/// in `page_title` for a page restored from the cache. Focus moves to the new heading when the
/// reader moves (not on first load): the page's title for a new route or a check's intro, else the
/// new question's or result's heading.
#[hook]
pub fn use_title_and_focus(t: &'static Bundle, route: Route, screen: Screen, page_title: Rc<RefCell<String>>) {
    let last = use_mut_ref(|| None);
    use_effect_with((route, screen), move |&(route, screen)| {
        let title = match route {
            Route::Check(c) => report::title(t, c),
            _ => route.chapter(t).title,
        };
        *page_title.borrow_mut() = format!("{title} – {}", tr!(t, "title"));
        if platform::page_is_blank() {
            return;
        }
        platform::set_title(&page_title.borrow());
        if let Some(before) = last.borrow_mut().replace(route) {
            platform::focus(if before == route && screen != Screen::Intro { "check-step" } else { "chapter-title" });
        }
    });
}
