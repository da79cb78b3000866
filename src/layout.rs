//! How much room the screen gives. From 48rem wide a self-check shows a group of questions on one
//! screen and the receptor picture has one row of slots; below that, one question per screen and
//! two staggered rows, each slot twice as big.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    #[default]
    Narrow,
    Wide,
}

impl Layout {
    pub fn from_wide(wide: bool) -> Layout {
        if wide {
            Layout::Wide
        } else {
            Layout::Narrow
        }
    }

    pub fn is_wide(self) -> bool {
        self == Layout::Wide
    }
}
