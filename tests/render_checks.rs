//! The self-checks rendered to HTML (no browser): intro, question screens (fieldsets, legends,
//! labelled native controls) and result pages, and how a clinic's choice reaches them.

mod common;

use common::*;
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use scraper::Html;
use yew::{function_component, Callback, LocalServerRenderer, Properties};

// ---- The self-checks ----

use opioid_explainer::assessment::flow::{Action, Check, Checks, Layout, Reply, CHECKS};
use opioid_explainer::ui::check_view;

#[derive(Properties, PartialEq)]
struct CheckProps {
    check: Check,
    checks: Checks,
    wide: bool,
    /// The page's settings, as a query string.
    #[prop_or_default]
    query: &'static str,
}

/// One check's screen, in whatever state the test sets up.
#[function_component]
fn CheckHost(p: &CheckProps) -> yew::Html {
    let (settings, _) = opioid_explainer::config::parse_query(p.query, opioid_explainer::config::Place::TopLevel);
    let v = opioid_explainer::ui::View { t: bundle(Lang::En), settings: &settings, layout: Layout::from_wide(p.wide) };
    check_view(v, p.check, &p.checks, &Callback::noop())
}

async fn render_check(check: Check, actions: &[Action], wide: bool) -> Html {
    let mut checks = Checks::default();
    for a in actions {
        checks.apply(a.clone());
    }
    let props = CheckProps { check, checks, wide, query: "" };
    Html::parse_fragment(&LocalServerRenderer::<CheckHost>::with_props(props).hydratable(false).render().await)
}

#[tokio::test(flavor = "current_thread")]
async fn each_check_is_its_own_page_and_says_before_it_starts_what_it_is() {
    for (check, count) in [
        (Check::Signs, "12 questions. It takes about 3 minutes."),
        (Check::Safer, "6 questions. It takes about 2 minutes."),
        (Check::Ready, "2 questions. It takes about 2 minutes."),
    ] {
        let app = render(Route::Check(check)).await;
        assert_eq!(all(&app, "h1").len(), 1);
        assert_eq!(
            one(&app, "main h1#chapter-title"),
            opioid_explainer::assessment::report::title(bundle(Lang::En), check)
        );
        assert_eq!(one(&app, "[aria-current='page']"), one(&app, "h1"), "marked in the navigation");
        assert_eq!(all(&app, ".help__link").len(), 4, "help is on the page");
        let facts: Vec<String> = all(&app, ".check__facts li").iter().map(text).collect();
        assert_eq!(
            facts,
            [
                count,
                "This is a check-in to help you think. It is not a diagnosis, and it cannot tell you what to do.",
                "Your answers stay on this device. Nothing is saved or sent, and they vanish when you close the page.",
                "You can skip any question, and go back to change an answer."
            ]
        );
        assert_eq!(
            buttons(&app).iter().filter(|b| b.as_str() != "Leave this page").collect::<Vec<_>>(),
            ["Start", "Clear my answers"]
        );
        assert_eq!(
            all(&app, "[role='status'].check__notice").len(),
            1,
            "a live region, empty until answers are cleared"
        );
        assert!(all(&app, "fieldset").is_empty());
    }
}

#[tokio::test(flavor = "current_thread")]
async fn first_question_screens_are_fieldsets_with_legends_and_labelled_native_controls() {
    // Signs, narrow: one question, yes/no radios named by their labels, the legend the question.
    let html = render_check(Check::Signs, &[Action::Start(Check::Signs)], false).await;
    assert_eq!(one(&html, "h2#check-step[tabindex='-1']"), "Question 1 of 12");
    assert_eq!(one(&html, ".check__lead"), "These questions are about the past 12 months.");
    assert_eq!(all(&html, "fieldset").len(), 1);
    assert_eq!(
        one(&html, "fieldset legend#signs-0-q"),
        "Do you take opioids only as a clinician prescribed them for you?"
    );
    let radios = all(&html, "fieldset input[type='radio']");
    assert_eq!(radios.len(), 2);
    for (radio, label) in radios.iter().zip(["Yes", "No"]) {
        assert_eq!(attr(radio, "name"), "signs-0");
        assert_eq!(attr(radio, "aria-describedby"), "signs-0-hint");
        assert!(radio.value().attr("checked").is_none(), "nothing chosen for the reader");
        let id = attr(radio, "id");
        assert_eq!(one(&html, &format!("label[for='{id}']")), label);
    }
    assert!(one(&html, "#signs-0-hint").contains("those two are shown but not counted"));
    assert_eq!(buttons(&html), ["Back", "Next", "Skip this question", "Clear my answers"]);
    assert!(all(&html, "button").iter().all(|b| attr(b, "type") == "button"), "no button submits anything");

    // Signs, wide: the control-and-craving group shares a screen.
    let wide =
        render_check(Check::Signs, &[Action::Start(Check::Signs), Action::Next(Check::Signs, Layout::Wide)], true)
            .await;
    assert_eq!(one(&wide, "#check-step"), "Part 2 of 4");
    assert_eq!(all(&wide, "fieldset legend").len(), 4);
    assert_eq!(buttons(&wide)[2], "Skip these questions");

    // Signs: once "only as prescribed" is yes, the tolerance sign says it is not counted.
    let prescribed = [
        Action::Start(Check::Signs),
        Action::Reply(Check::Signs, 0, Reply::Yes),
        Action::Next(Check::Signs, Layout::Wide),
        Action::Next(Check::Signs, Layout::Wide),
        Action::Next(Check::Signs, Layout::Wide),
    ];
    let body = render_check(Check::Signs, &prescribed, true).await;
    assert_eq!(all(&body, "fieldset").len(), 2);
    assert_eq!(
        one(&body, "#signs-10-hint"),
        "You said you take opioids only as prescribed, so this sign is not counted."
    );
    assert_eq!(buttons(&body)[1], "See my result");

    // Safer: a chosen reply is shown as checked.
    let safer =
        render_check(Check::Safer, &[Action::Start(Check::Safer), Action::Reply(Check::Safer, 0, Reply::No)], false)
            .await;
    assert!(the(&safer, "#safer-0-no").value().attr("checked").is_some());
    assert!(the(&safer, "#safer-0-yes").value().attr("checked").is_none());

    // Ready: a 0–10 range named by the legend, its ends described, "not chosen yet" until moved.
    let ready = render_check(Check::Ready, &[Action::Start(Check::Ready)], false).await;
    let range = the(&ready, "fieldset input[type='range']#ready-0");
    assert_eq!((attr(&range, "min"), attr(&range, "max"), attr(&range, "step")), ("0", "10", "1"));
    assert_eq!(attr(&range, "aria-labelledby"), "ready-0-q");
    assert_eq!(one(&ready, "#ready-0-q"), "How important is it to you to make a change in your opioid use right now?");
    assert_eq!(
        one(&ready, &format!("#{}", attr(&range, "aria-describedby"))),
        "0: not at all important10: very important"
    );
    assert_eq!(attr(&range, "aria-valuetext"), "Not chosen yet");
    assert_eq!(one(&ready, ".field__value"), "Not chosen yet");
    let moved = render_check(
        Check::Ready,
        &[Action::Start(Check::Ready), Action::Reply(Check::Ready, 0, Reply::Scale(4))],
        false,
    )
    .await;
    assert_eq!(attr(&the(&moved, "#ready-0"), "aria-valuetext"), "4 out of 10");
    assert_eq!(one(&moved, ".field__value"), "Your answer: 4 out of 10");
}

#[tokio::test(flavor = "current_thread")]
async fn result_page_offers_help_treatment_naloxone_and_two_ways_to_keep_it() {
    for check in CHECKS {
        let mut actions = vec![Action::Start(check)];
        actions.extend((0..check.questions()).map(|_| Action::Next(check, Layout::Narrow)));
        let html = render_check(check, &actions, false).await;
        assert_eq!(all(&html, "article[data-screen='result']").len(), 1, "{check:?}");
        let summary = text(&the(&html, "section.summary"));
        for needed in [
            "Treatment works.",
            "Naloxone (Narcan) can reverse",
            "call 911",
            "988",
            "1-800-662-4357",
            "FindTreatment.gov",
            "Your answers",
            "Skipped",
        ] {
            assert!(summary.contains(needed), "{check:?}: {needed}");
        }
        // The result's own words (the questions, listed with the replies, may say "did you have").
        for e in all(&html, "section.summary :is(h2, p, li)") {
            assert!(!text(&e).to_lowercase().contains("you have"), "{check:?}: {}", text(&e));
        }
        assert_eq!(attr(&the(&html, "section.summary"), "aria-labelledby"), "check-step");
        let links = all(&html, ".summary__help a");
        let help: Vec<&str> = links.iter().map(|a| attr(a, "href")).collect();
        assert_eq!(
            help,
            ["tel:911", "tel:988", "tel:+18006624357", "https://findtreatment.gov/"],
            "help is one tap away"
        );
        let download = the(&html, "a[download]");
        assert_eq!(attr(&download, "download"), "my-check-in.txt");
        assert!(attr(&download, "href").starts_with("data:text/plain;charset=utf-8,Understanding%20Opioids%0A"));
        assert_eq!(text(&download), "Download as a text file");
        assert_eq!(buttons(&html), ["Print or save as PDF", "Change my answers", "Clear my answers"]);
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_results_chapter_links_and_its_link_to_another_check_follow_the_clinics_choice() {
    // One risky-use sign alone: the signs result links the Staying safer check.
    let mut checks = Checks::default();
    checks.apply(Action::Start(Check::Signs));
    checks.apply(Action::Reply(Check::Signs, 0, Reply::No));
    checks.apply(Action::Reply(Check::Signs, 1 + opioid_explainer::assessment::signs::RISKY_USE, Reply::Yes));
    for _ in 0..12 {
        checks.apply(Action::Next(Check::Signs, Layout::Narrow));
    }
    let render = |query: &'static str| {
        let props = CheckProps { check: Check::Signs, checks: checks.clone(), wide: false, query };
        async move {
            Html::parse_fragment(&LocalServerRenderer::<CheckHost>::with_props(props).hydratable(false).render().await)
        }
    };
    let all_shown = render("").await;
    assert_eq!(
        hrefs(&all_shown, ".check__related a"),
        ["#/dependence-is-not-addiction", "#/getting-treatment", "#/return-to-use-and-recovery"]
    );
    assert_eq!(hrefs(&all_shown, ".summary__link a"), ["#/check/safer"], "{}", one(&all_shown, ".summary h2"));
    let chosen = render("?chapters=getting-treatment,receptors&checks=signs").await;
    assert_eq!(hrefs(&chosen, ".check__related a"), ["#/getting-treatment"], "hidden chapters are not linked");
    assert!(all(&chosen, ".summary__link a").is_empty(), "nor a hidden check");
}
