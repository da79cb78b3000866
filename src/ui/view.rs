//! What every view needs, in one value: the reader's text, the settings and the layout. Plain view
//! functions take a [`View`]; `SimView`, a component, reads the same from [`Shared`] by context.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Settings;
use crate::content::{bundle, Bundle};
use crate::layout::Layout;

#[derive(Clone, Copy)]
pub struct View<'a> {
    pub t: &'static Bundle,
    pub settings: &'a Settings,
    pub layout: Layout,
}

/// The app-wide context [`App`](super::App) provides: settings and layout.
#[derive(Clone, Debug, Default)]
pub struct Shared {
    pub settings: Rc<Settings>,
    pub layout: Layout,
}

/// The settings are made once, when the app mounts, and never change: the same `Rc` is the same
/// settings (and comparing them field by field would cost bytes in every build).
impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.settings, &other.settings) && self.layout == other.layout
    }
}

impl Shared {
    pub fn view(&self) -> View<'_> {
        View { t: bundle(self.settings.lang), settings: &self.settings, layout: self.layout }
    }
}

/// The app-wide context; defaults outside an [`App`] (tests that render one piece).
#[hook]
pub fn use_shared() -> Shared {
    use_context::<Shared>().unwrap_or_default()
}
