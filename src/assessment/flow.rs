//! Where the reader is in each check, and their replies: plain data in memory, changed only by
//! [`Action`]s (the app's reducer applies them). Nothing here is ever written to the URL, the
//! history or storage; "Clear my answers" and the quick exit reset it to [`Checks::default`].
//!
//! One question per screen on narrow screens; on wide ones the questions of a group share a
//! screen. Moving back and forth keeps every reply; choosing a reply never moves on by itself.

use super::{safer, signs, Answer};
pub use crate::layout::Layout;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// "Signs to talk about with a clinician": question 0 is "only as prescribed?", 1–11 the signs.
    Signs,
    /// "Staying safer": the six risk factors (the last asked the other way round: "is naloxone at hand?").
    Safer,
    /// "Where are you now": the importance and confidence rulers.
    Ready,
}

pub const CHECKS: [Check; 3] = [Check::Signs, Check::Safer, Check::Ready];

/// The most questions any check has.
const MAX: usize = 12;

impl Check {
    pub fn slug(self) -> &'static str {
        match self {
            Check::Signs => "signs",
            Check::Safer => "safer",
            Check::Ready => "ready",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Check> {
        CHECKS.into_iter().find(|c| c.slug() == slug)
    }

    fn index(self) -> usize {
        self as usize
    }

    pub fn questions(self) -> usize {
        match self {
            Check::Signs => 1 + signs::SIGNS,
            Check::Safer => safer::FACTORS.len(),
            Check::Ready => 2,
        }
    }

    /// Answered on a 0–10 ruler rather than yes or no.
    pub fn rulers(self) -> bool {
        self == Check::Ready
    }

    /// Where each group of questions shown together on a wide screen starts (each runs to the next
    /// start). Signs: the prescribed question alone (it changes how two signs count), then control
    /// and craving, daily life and harm, the body.
    fn group_starts(self) -> &'static [usize] {
        match self {
            Check::Signs => &[0, 1, 5, 10],
            Check::Safer => &[0, 3],
            Check::Ready => &[0],
        }
    }

    /// The questions shown on the screen that holds question `q`.
    pub fn page(self, q: usize, layout: Layout) -> (usize, usize) {
        let n = self.questions();
        let q = q.min(n - 1);
        if !layout.is_wide() {
            return (q, q + 1);
        }
        let starts = self.group_starts();
        let g = starts.iter().rposition(|&s| s <= q).unwrap_or(0);
        (starts[g], starts.get(g + 1).copied().unwrap_or(n))
    }

    /// (this screen's number, how many screens) counting from 1: "Question 3 of 12", "Part 2 of 4".
    pub fn progress(self, q: usize, layout: Layout) -> (usize, usize) {
        if layout.is_wide() {
            let starts = self.group_starts();
            let (start, _) = self.page(q, Layout::Wide);
            (starts.iter().position(|&s| s == start).unwrap_or(0) + 1, starts.len())
        } else {
            (q.min(self.questions() - 1) + 1, self.questions())
        }
    }
}

/// One reply. Every question starts as `Skipped` and may be left so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reply {
    #[default]
    Skipped,
    Yes,
    No,
    /// A ruler's value, 0–10.
    Scale(u8),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// What the check is, before it starts.
    #[default]
    Intro,
    /// The screen holding this question.
    Question(usize),
    Result,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Start(Check),
    Reply(Check, usize, Reply),
    /// To the next screen (the layout says whether a group of questions shares a screen).
    Next(Check, Layout),
    Back(Check, Layout),
    /// Marks the questions on this screen as skipped and moves on.
    Skip(Check, Layout),
    /// Forgets every reply of every check and returns them all to their intros.
    Clear,
}

/// Every check's replies and screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checks {
    replies: [[Reply; MAX]; 3],
    screens: [Screen; 3],
    /// Set by `Clear`, so the intro can say the answers are gone; unset by `Start`.
    pub cleared: bool,
}

impl Checks {
    pub fn screen(&self, c: Check) -> Screen {
        self.screens[c.index()]
    }

    pub fn reply(&self, c: Check, q: usize) -> Reply {
        self.replies[c.index()].get(q).copied().unwrap_or_default()
    }

    /// True while any check holds a reply that is not "skipped".
    pub fn holds_answers(&self) -> bool {
        self.replies.iter().flatten().any(|r| *r != Reply::Skipped)
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Start(c) => {
                self.cleared = false;
                self.screens[c.index()] = Screen::Question(0);
            }
            Action::Reply(c, q, reply) => {
                if q < c.questions() {
                    // A ruler takes only a value; a yes/no question takes no value.
                    self.replies[c.index()][q] = match reply {
                        Reply::Scale(v) if c.rulers() => Reply::Scale(v.min(10)),
                        Reply::Yes | Reply::No if !c.rulers() => reply,
                        _ => Reply::Skipped,
                    };
                }
            }
            Action::Next(c, layout) => self.next(c, layout),
            Action::Skip(c, layout) => {
                if let Screen::Question(q) = self.screen(c) {
                    let (start, end) = c.page(q, layout);
                    self.replies[c.index()][start..end].fill(Reply::Skipped);
                }
                self.next(c, layout);
            }
            Action::Back(c, layout) => {
                let n = c.questions();
                self.screens[c.index()] = match self.screen(c) {
                    Screen::Intro => Screen::Intro,
                    Screen::Result => Screen::Question(c.page(n - 1, layout).0),
                    Screen::Question(q) => match c.page(q, layout).0 {
                        0 => Screen::Intro,
                        start => Screen::Question(c.page(start - 1, layout).0),
                    },
                };
            }
            Action::Clear => *self = Checks { cleared: true, ..Checks::default() },
        }
    }

    fn next(&mut self, c: Check, layout: Layout) {
        let screen = &mut self.screens[c.index()];
        *screen = match *screen {
            Screen::Intro => Screen::Question(0),
            Screen::Result => Screen::Result,
            Screen::Question(q) => match c.page(q, layout).1 {
                end if end >= c.questions() => Screen::Result,
                end => Screen::Question(end),
            },
        };
    }

    fn answer(&self, c: Check, q: usize) -> Answer {
        match self.reply(c, q) {
            Reply::Yes => Answer::Yes,
            Reply::No => Answer::No,
            _ => Answer::Skipped,
        }
    }

    pub fn signs(&self) -> signs::Answers {
        signs::Answers {
            only_as_prescribed: self.answer(Check::Signs, 0),
            signs: std::array::from_fn(|i| self.answer(Check::Signs, i + 1)),
        }
    }

    /// The risk factors, yes meaning present. The last question asks whether naloxone is at hand,
    /// so its "no" is the factor "no naloxone".
    pub fn safer(&self) -> [Answer; 6] {
        std::array::from_fn(|i| match (i, self.answer(Check::Safer, i)) {
            (5, Answer::Yes) => Answer::No,
            (5, Answer::No) => Answer::Yes,
            (_, a) => a,
        })
    }

    /// (importance, confidence), `None` where skipped.
    pub fn rulers(&self) -> (Option<u8>, Option<u8>) {
        let value = |q| match self.reply(Check::Ready, q) {
            Reply::Scale(v) => Some(v),
            _ => None,
        };
        (value(0), value(1))
    }
}
