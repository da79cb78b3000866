//! Knowledge checks: the state's rules (choose, check, score, start again), every chapter's
//! questions as written, and a chapter's check as rendered (fieldsets, radios, live regions).

mod common;

use common::{all, attr, chapter, plain, quiz_text, runs_numbered, text};
use content_compiler::readability::fk_grade;
use opioid_explainer::content::{bundle, Lang, Question};
use opioid_explainer::quiz::{Action, Answer, Quiz, Shown};
use proptest::prelude::*;

fn questions() -> &'static [Question] {
    bundle(Lang::En).chapter("tolerance").expect("a chapter").1.quiz
}

#[test]
fn checking_shows_a_verdict_only_for_a_chosen_answer_and_choosing_again_hides_it() {
    let qs = questions();
    let mut quiz = Quiz::default();
    quiz.apply(Action::Check(1));
    assert_eq!(quiz.answer(1), Answer { chosen: None, shown: Shown::ChooseFirst }, "nothing chosen yet");
    assert_eq!(quiz.verdict(qs, 1), None);
    let wrong = (qs[1].right + 1) % qs[1].options.len();
    quiz.apply(Action::Choose(1, wrong));
    assert_eq!(quiz.answer(1).shown, Shown::Nothing, "choosing never checks by itself");
    quiz.apply(Action::Check(1));
    assert_eq!(quiz.verdict(qs, 1), Some(false));
    quiz.apply(Action::Choose(1, qs[1].right));
    assert_eq!(quiz.verdict(qs, 1), None, "a new choice hides the old verdict");
    quiz.apply(Action::Check(1));
    assert_eq!(quiz.verdict(qs, 1), Some(true));
    assert_eq!(quiz.answer(0), Answer::default(), "other questions are untouched");
}

#[test]
fn the_score_comes_once_every_question_is_checked_and_start_again_forgets_all() {
    let qs = questions();
    let mut quiz = Quiz::default();
    for (q, question) in qs.iter().enumerate() {
        assert_eq!(quiz.score(qs), None, "no score before question {q} is checked");
        // The first question wrong, the rest right.
        let chosen = if q == 0 { (question.right + 1) % question.options.len() } else { question.right };
        quiz.apply(Action::Choose(q, chosen));
        quiz.apply(Action::Check(q));
    }
    assert_eq!(quiz.score(qs), Some(qs.len() - 1));
    quiz.apply(Action::Again);
    assert_eq!(quiz, Quiz::default());
    assert_eq!(quiz.score(qs), None);
}

proptest! {
    /// Whatever a reader (or a class) does, the score counts exactly the questions checked right,
    /// and only once all are checked.
    #[test]
    fn the_score_is_the_number_checked_right(actions in prop::collection::vec((0usize..6, 0usize..4, 0u8..3), 0..40)) {
        let qs = questions();
        let mut quiz = Quiz::default();
        for (q, o, kind) in actions {
            let q = q % qs.len();
            quiz.apply(match kind {
                0 => Action::Choose(q, o % qs[q].options.len()),
                1 => Action::Check(q),
                _ => if o == 0 { Action::Again } else { Action::Check(q) },
            });
        }
        let verdicts: Vec<Option<bool>> = (0..qs.len()).map(|q| quiz.verdict(qs, q)).collect();
        for (q, v) in verdicts.iter().enumerate() {
            let a = quiz.answer(q);
            prop_assert_eq!(v.is_some(), a.shown == Shown::Verdict);
            prop_assert_eq!(*v, (a.shown == Shown::Verdict).then(|| a.chosen == Some(qs[q].right)));
        }
        let expected = verdicts.iter().all(Option::is_some).then(|| verdicts.iter().filter(|v| **v == Some(true)).count());
        prop_assert_eq!(quiz.score(qs), expected);
    }
}

#[test]
fn every_chapter_has_3_to_5_questions_each_explained_with_the_right_answer_cited() {
    let t = bundle(Lang::En);
    let mut myth_or_fact = 0;
    for c in t.chapters {
        assert!((3..=5).contains(&c.quiz.len()), "{}: {} questions", c.slug, c.quiz.len());
        for q in c.quiz {
            assert!((2..=4).contains(&q.options.len()), "{}: {}", c.slug, q.ask.html());
            assert_eq!(q.why.len(), q.options.len(), "{}: every option has its explanation", c.slug);
            assert!(q.right < q.options.len());
            assert_ne!(q.ask.html(), "");
            assert!(q.why.iter().all(|w| !plain(w.html()).trim().is_empty()));
            // The right answer's source is one of the chapter's, numbered as in the chapter.
            let cited: Vec<usize> = q.why[q.right]
                .html()
                .split("</span>")
                .skip(1)
                .filter_map(|rest| rest.split("</sup>").next())
                .flat_map(|list| list.split(", ").filter_map(|n| n.trim().parse().ok()).collect::<Vec<usize>>())
                .collect();
            assert!(!cited.is_empty(), "{}: \"{}\" cites no source", c.slug, plain(q.ask.html()));
            assert!(cited.iter().all(|&n| n >= 1 && n <= t.cited(c.slug).len()), "{}: {cited:?}", c.slug);
            if q.options.iter().map(|o| o.html()).eq(["Myth", "Fact"]) {
                myth_or_fact += 1;
                assert!(plain(q.ask.html()).starts_with("Myth or fact? “"), "{}", q.ask.html());
                assert_eq!(q.why[0], q.why[1], "a claim's one explanation is one run");
            }
        }
    }
    assert!(myth_or_fact >= 11, "both kinds are used ({myth_or_fact} myth-or-fact questions)");
}

#[test]
fn every_chapters_questions_read_at_grade_8_or_lower() {
    for c in bundle(Lang::En).chapters {
        let blocks = quiz_text(c);
        let grade = fk_grade(&blocks);
        assert!(grade <= 8.0, "{}: grade {grade:.1}", c.slug);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_chapter_ends_with_its_check_before_its_sources_each_question_a_fieldset_of_radios() {
    let html = chapter("tolerance").await;
    let (_, c) = bundle(Lang::En).chapter("tolerance").expect("a chapter");
    let section = all(&html, "article.chapter > section.quiz");
    assert_eq!(section.len(), 1);
    assert_eq!(attr(&section[0], "aria-labelledby"), "quiz-title");
    assert_eq!(text(&all(&html, "#quiz-title")[0]), "Check what you learned");
    // It comes after the body and before "How we know".
    let order: Vec<String> = all(&html, "article.chapter > *")
        .iter()
        .map(|e| e.value().name().to_string() + "." + e.value().attr("class").unwrap_or(""))
        .collect();
    let quiz_at = order.iter().position(|o| o == "section.quiz").expect("the quiz");
    assert_eq!(quiz_at, order.len() - 2, "{order:?}");
    let fieldsets = all(&html, "section.quiz fieldset");
    assert_eq!(fieldsets.len(), c.quiz.len());
    for (q, f) in fieldsets.iter().enumerate() {
        let legend = text(&all(&html, &format!("section.quiz fieldset:nth-of-type({}) legend", q + 1))[0]);
        assert!(legend.starts_with(&format!("Question {} of {}", q + 1, c.quiz.len())), "{legend}");
        let radios = all(
            &html,
            &format!("section.quiz fieldset:nth-of-type({}) label > input[type=radio][name=quiz-{q}]", q + 1),
        );
        assert_eq!(radios.len(), c.quiz[q].options.len(), "each option a labelled radio");
        let status = all(&html, &format!("section.quiz fieldset:nth-of-type({}) [role=status]", q + 1));
        assert_eq!(status.len(), 1, "the verdict is announced");
        assert_eq!(text(&status[0]), "", "and empty until an answer is checked");
        assert!(text(f).contains("Check my answer"));
    }
    assert_eq!(all(&html, "section.quiz > p.quiz__score[role=status]").len(), 1);
}

#[tokio::test(flavor = "current_thread")]
async fn without_the_app_each_question_and_its_answers_are_text_the_app_takes_its_words_from() {
    use opioid_explainer::config::Settings;
    let html =
        scraper::Html::parse_fragment(&opioid_explainer::ui::static_page::static_page(Settings::default()).await);
    let t = bundle(Lang::En);
    assert_eq!(all(&html, "section.quiz").len(), t.chapters.len(), "one per chapter, none on a page");
    assert!(all(&html, "section.quiz input, section.quiz button").is_empty(), "no control that needs the app");
    let (_, c) = t.chapter("tolerance").expect("a chapter");
    let questions = all(&html, "[id=\"/tolerance\"] .quiz__list > li");
    assert_eq!(questions.len(), c.quiz.len());
    // Each run once, under its number: the question, each option, each explanation.
    for q in c.quiz {
        for w in std::iter::once(&q.ask).chain(q.options).chain(q.why) {
            assert_eq!(runs_numbered(&html, w.index), 1, "run {} is on the page once", w.index);
        }
    }
    // The answers wait behind a disclosure, the right one named.
    let first = text(&questions[0]);
    assert!(first.starts_with("Why does the same amount"), "{first}");
    assert!(first.contains("Show the answersRight answer: The cells turn the signal down Cells tag"), "{first}");
}
