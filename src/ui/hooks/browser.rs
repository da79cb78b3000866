use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::config::Settings;
use crate::content::Bundle;
use crate::platform;
use crate::quick_exit::ShiftCounter;
use crate::route::Route;

/// The browser's events, wired once for the app's life: hash changes (links, Back, Forward) call
/// `navigate`, Shift ×3 calls `exit`, a page coming back from the back-forward cache gets its
/// `page_title` back, and the screen turning wide or narrow sets `wide`.
#[hook]
pub fn use_browser_events(
    t: &'static Bundle,
    settings: Rc<Settings>,
    navigate: Callback<(Route, Option<usize>)>,
    exit: Callback<()>,
    page_title: Rc<RefCell<String>>,
    wide: UseStateHandle<bool>,
) {
    use_effect_with((), move |_| {
        let on_wide = platform::on_wide_change(move |w| wide.set(w));
        let on_hash = platform::on_hash_change(move || navigate.emit(platform::route(t, &settings)));
        let counter = RefCell::new(ShiftCounter::default());
        let on_key = platform::on_key_down(move |key, now| {
            if counter.borrow_mut().press(&key, now) {
                exit.emit(());
            }
        });
        let on_show = platform::on_page_show_unblank(move || platform::set_title(&page_title.borrow()));
        move || drop((on_hash, on_key, on_show, on_wide))
    });
}
