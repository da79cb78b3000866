//! A chapter's knowledge check, as state: which option each question has chosen and whether it was
//! checked. Pure, so scoring is tested natively; it lives in the app's state (memory only), and
//! goes when the reader leaves the chapter: nothing is stored or sent.

use crate::content::Question;

/// What a question shows under its options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shown {
    #[default]
    Nothing,
    /// "Check my answer" with nothing chosen.
    ChooseFirst,
    /// Right or not, with the explanations.
    Verdict,
}

/// One question's state: the chosen option, and what is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    pub chosen: Option<usize>,
    pub shown: Shown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Question, option: choosing again hides the last verdict.
    Choose(usize, usize),
    Check(usize),
    /// Every answer forgotten.
    Again,
}

/// The answers to one chapter's questions (an unanswered question has no entry yet).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quiz(Vec<Answer>);

impl Quiz {
    pub fn answer(&self, q: usize) -> Answer {
        self.0.get(q).copied().unwrap_or_default()
    }

    pub fn apply(&mut self, action: Action) {
        let q = match action {
            Action::Again => return self.0.clear(),
            Action::Choose(q, _) | Action::Check(q) => q,
        };
        if self.0.len() <= q {
            self.0.resize(q + 1, Answer::default());
        }
        let a = &mut self.0[q];
        match action {
            Action::Choose(_, option) => *a = Answer { chosen: Some(option), shown: Shown::Nothing },
            _ => a.shown = if a.chosen.is_some() { Shown::Verdict } else { Shown::ChooseFirst },
        }
    }

    /// Whether question `q`'s checked answer is right (`None` until it is checked).
    pub fn verdict(&self, questions: &[Question], q: usize) -> Option<bool> {
        let a = self.answer(q);
        (a.shown == Shown::Verdict).then(|| a.chosen == questions.get(q).map(|x| x.right))
    }

    /// Right answers, once every question is checked (`None` before).
    pub fn score(&self, questions: &[Question]) -> Option<usize> {
        let verdicts: Option<Vec<bool>> = (0..questions.len()).map(|q| self.verdict(questions, q)).collect();
        verdicts.map(|v| v.into_iter().filter(|&r| r).count())
    }
}
