//! The shell rendered to HTML with yew's LocalServerRenderer (no browser), then parsed: landmarks,
//! headings, link names and the help numbers, as a screen reader would meet them.

use opioid_explainer::config::Settings;
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use opioid_explainer::ui::{App, AppProps};
use scraper::{ElementRef, Html, Selector};
use yew::{function_component, Callback, LocalServerRenderer, Properties};

async fn render(route: Route) -> Html {
    let props = AppProps { settings: Settings::default(), route, onleave: Callback::noop() };
    Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await)
}

fn all<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(css).expect("a valid selector")).collect()
}

fn text(e: &ElementRef) -> String {
    e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn one(html: &Html, css: &str) -> String {
    let found = all(html, css);
    assert_eq!(found.len(), 1, "exactly one {css}");
    text(&found[0])
}

#[tokio::test(flavor = "current_thread")]
async fn first_chapter_has_one_h1_landmarks_and_progress() {
    let t = bundle(Lang::En);
    let html = render(Route::Chapter(0)).await;
    assert_eq!(one(&html, "h1#chapter-title[tabindex='-1']"), t.chapters[0].title);
    one(&html, "main");
    one(&html, "footer");
    one(&html, "header.masthead");
    assert_eq!(one(&html, "aside[aria-labelledby='help-heading'] h2#help-heading"), "Get help now");
    assert_eq!(one(&html, "nav[aria-labelledby='toc-heading'] h2#toc-heading"), "Chapters");
    assert_eq!(one(&html, "main .progress"), format!("Chapter 1 of {}", t.chapters.len()));
    assert_eq!(one(&html, ".masthead__promise"), "Your answers and clicks stay on this device.");
    assert_eq!(one(&html, "a.skip-link"), "Skip to the chapter");
}

#[tokio::test(flavor = "current_thread")]
async fn help_numbers_are_phone_and_text_links_on_every_screen() {
    for route in [Route::Chapter(0), Route::Chapter(1), Route::Page("privacy")] {
        let html = render(route).await;
        let links: Vec<(String, String)> = all(&html, "aside.help a")
            .iter()
            .map(|a| (a.value().attr("href").unwrap_or_default().to_string(), text(a)))
            .collect();
        assert_eq!(
            links,
            [
                ("tel:911", "Call 911"),
                ("tel:988", "Call 988"),
                ("sms:988", "Text 988"),
                ("tel:+18006624357", "1-800-662-4357")
            ]
            .map(|(h, t)| (h.to_string(), t.to_string())),
            "{route:?}"
        );
        assert!(one(&html, ".help__item[data-emergency]").contains("Give naloxone if you have it."));
        assert_eq!(one(&html, "button.exit__button[type='button']"), "Leave this page", "{route:?}");
        assert_eq!(one(&html, ".exit__hint"), "Or press Shift 3 times.");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn navigation_marks_the_current_chapter_and_links_prev_next() {
    let t = bundle(Lang::En);
    let html = render(Route::Chapter(1)).await;
    let links = |selector: &str| -> Vec<(String, String)> {
        all(&html, selector).iter().map(|a| (a.value().attr("href").unwrap_or_default().to_string(), text(a))).collect()
    };
    let expected: Vec<(String, String)> =
        t.chapters.iter().map(|c| (format!("#/{}", c.slug), c.title.to_string())).collect();
    assert_eq!(links("nav.toc ol li a"), expected);
    // The self-checks are listed too, each by its own deep link.
    assert_eq!(
        links("nav.toc ul[aria-labelledby='toc-checks'] li a"),
        [
            ("#/check/signs", "Signs to talk about with a clinician"),
            ("#/check/safer", "Staying safer"),
            ("#/check/ready", "Where are you now")
        ]
        .map(|(h, t)| (h.to_string(), t.to_string()))
    );
    assert_eq!(one(&html, "#toc-checks"), "Check in with yourself");
    let current = all(&html, "[aria-current='page']");
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].value().attr("href"), Some(format!("#/{}", t.chapters[1].slug).as_str()));
    let prev = all(&html, "a[rel='prev']");
    assert_eq!(prev[0].value().attr("href"), Some(format!("#/{}", t.chapters[0].slug).as_str()));
    assert_eq!(text(&prev[0]), format!("Previous: {}", t.chapters[0].title));

    let first = render(Route::Chapter(0)).await;
    assert!(all(&first, "a[rel='prev']").is_empty(), "no Previous on the first chapter");
    let next = all(&first, "a[rel='next']");
    assert_eq!(text(&next[0]), format!("Next: {}", t.chapters[1].title));
}

#[tokio::test(flavor = "current_thread")]
async fn chapter_ends_with_how_we_know_listing_every_cited_source() {
    let t = bundle(Lang::En);
    let html = render(Route::Chapter(0)).await;
    assert_eq!(one(&html, "section.sources h2"), "How we know");
    let listed: Vec<&str> = all(&html, "section.sources li a").iter().filter_map(|a| a.value().attr("href")).collect();
    let cited: Vec<&str> = t.cited(t.chapters[0].slug).iter().map(|r| r.url).collect();
    assert_eq!(listed, cited);
    let first_cite = &all(&html, "sup.cite")[0];
    assert_eq!(text(&all(&html, "sup.cite .visually-hidden")[0]), "Source 1");
    assert!(text(first_cite).ends_with("[1]"));
}

#[tokio::test(flavor = "current_thread")]
async fn footer_has_disclaimer_review_date_and_privacy_link() {
    let html = render(Route::Chapter(0)).await;
    let footer = one(&html, "footer");
    assert!(footer.contains("Educational information, not medical advice."));
    assert!(footer.contains("Content last reviewed December 2, 2026."));
    assert_eq!(one(&html, "footer a[href='#/privacy']"), "How we keep your answers private");
    let privacy = render(Route::Page("privacy")).await;
    assert_eq!(one(&privacy, "h1"), "How we keep your answers private");
    assert!(one(&privacy, "main").contains("Network"), "says how to check in the network tab");
    assert!(all(&privacy, ".progress").is_empty(), "a page is not a numbered chapter");
}

#[tokio::test(flavor = "current_thread")]
async fn external_links_open_safely_and_nothing_is_raw_html() {
    let html = render(Route::Chapter(0)).await;
    for a in all(&html, "a[href^='http']") {
        assert_eq!(a.value().attr("rel"), Some("noreferrer noopener"), "{:?}", a.value().attr("href"));
    }
    assert!(all(&html, "script, iframe, img, style").is_empty());
}

fn attr<'a>(e: &'a ElementRef, name: &str) -> &'a str {
    e.value().attr(name).unwrap_or_else(|| panic!("<{}> has {name}", e.value().name()))
}

fn the<'a>(html: &'a Html, css: &str) -> ElementRef<'a> {
    let found = all(html, css);
    assert_eq!(found.len(), 1, "exactly one {css}");
    found[0]
}

async fn chapter(slug: &str) -> Html {
    let (i, _) = bundle(Lang::En).chapter(slug).unwrap_or_else(|| panic!("chapter {slug}"));
    render(Route::Chapter(i)).await
}

/// Every simulation: titled section, the honesty label, a shown sentence, an empty polite live
/// region (nothing announced on load), what the model leaves out, and no milligrams anywhere.
fn common_frame(html: &Html, id: &str) {
    let section = the(html, &format!("section.sim#{id}"));
    assert_eq!(attr(&section, "aria-labelledby"), format!("{id}-title"));
    the(html, &format!("h3#{id}-title"));
    assert_eq!(one(html, &format!("#{id} .sim__badge")), "Illustrative model — not a dosing tool");
    let live = the(html, &format!("#{id} [role='status']"));
    assert_eq!((attr(&live, "aria-live"), text(&live).as_str()), ("polite", ""));
    assert_eq!(one(html, &format!("#{id} .sim__more summary")), "What this model leaves out");
    assert!(!all(html, &format!("#{id} .sim__more li a")).is_empty(), "the model's sources are listed");
    let words = text(&section);
    assert!(
        !words.contains(" mg") && !words.contains("milligram") && !words.contains("mcg"),
        "no real-world dose: {words}"
    );
    for svg in all(html, &format!("#{id} svg[role='img']")) {
        let named = svg.value().attr("aria-labelledby").expect("every picture is named");
        assert!(!all(html, &format!("#{named}")).is_empty(), "{named} exists");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn receptors_sim_starts_with_morphine_one_dose_and_named_native_controls() {
    let html = chapter("receptors").await;
    common_frame(&html, "receptors");
    assert_eq!(one(&html, "label[for='receptors-drug']"), "Drug");
    let options: Vec<String> = all(&html, "select#receptors-drug option").iter().map(text).collect();
    assert_eq!(options.len(), 9, "every drug but naloxone, which has its own control: {options:?}");
    assert!(options.contains(&"Endorphin (the body's own)".to_string()) && !options.contains(&"Naloxone".to_string()));
    assert_eq!(one(&html, "select#receptors-drug option[selected]"), "Morphine");

    let dose = the(&html, "input#receptors-dose[type='range']");
    assert_eq!(
        (attr(&dose, "min"), attr(&dose, "max"), attr(&dose, "step"), attr(&dose, "value")),
        ("0", "10", "0.5", "1")
    );
    assert_eq!(
        attr(&dose, "aria-valuetext"),
        "1 dose. Breathing is slower, at about three quarters of normal. For some people, or with fentanyl, less is enough."
    );
    assert_eq!(attr(&dose, "aria-describedby"), "receptors-describe");
    assert_eq!(
        one(&html, "label[for='receptors-dose']"),
        "Amount, in typical doses for someone new to opioids: 1 dose"
    );

    let naloxone = the(&html, "input#receptors-naloxone[type='checkbox']");
    assert!(naloxone.value().attr("checked").is_none());
    assert_eq!(one(&html, "label[for='receptors-naloxone']"), "Add naloxone (one nasal spray)");
    assert_eq!(
        one(&html, "p#receptors-describe"),
        "Fewer than 1 in 10 receptors are switched on. Some pain relief. Breathing is slower, at about three quarters of normal. For some people, or with fentanyl, less is enough."
    );
    let readouts: Vec<String> = all(&html, "#receptors .readout dt").iter().map(text).collect();
    assert_eq!(readouts, ["Receptors switched on", "Pain relief", "Breathing, share of normal"]);
    assert_eq!(all(&html, "#receptors .synapse__slot").len(), 20);
    assert_eq!(all(&html, "#receptors circle[data-kind='drug']").len(), 1, "3% of 20 slots rounds to one");
}

#[derive(Properties, PartialEq)]
struct SimProps {
    wide: bool,
}

#[function_component]
fn ReceptorsHost(p: &SimProps) -> yew::Html {
    let shared = opioid_explainer::ui::Shared { layout: Layout::from_wide(p.wide), ..Default::default() };
    yew::html! {
        <yew::ContextProvider<opioid_explainer::ui::Shared> context={shared}>
            { opioid_explainer::ui::sim(opioid_explainer::content::Sim::Receptors) }
        </yew::ContextProvider<opioid_explainer::ui::Shared>>
    }
}

/// Slot positions of the receptor picture, as (x, y) in picture units.
fn slots(html: &Html) -> Vec<(u32, u32)> {
    all(html, "#receptors .synapse g[transform]")
        .iter()
        .map(|g| {
            let t = attr(g, "transform").trim_start_matches("translate(").trim_end_matches(')');
            let (x, y) = t.split_once(' ').expect("translate(x y)");
            (x.parse().expect("x"), y.parse().expect("y"))
        })
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn receptor_picture_has_one_row_of_20_slots_when_wide_and_two_rows_of_10_when_narrow() {
    for wide in [true, false] {
        let html = Html::parse_fragment(
            &LocalServerRenderer::<ReceptorsHost>::with_props(SimProps { wide }).hydratable(false).render().await,
        );
        let svg = the(&html, "#receptors svg.synapse[role='img']");
        let at = slots(&html);
        assert_eq!(at.len(), 20);
        let mut rows: Vec<u32> = at.iter().map(|&(_, y)| y).collect();
        rows.dedup();
        let width: u32 = attr(&svg, "viewBox").split(' ').nth(2).expect("a width").parse().expect("a number");
        if wide {
            assert_eq!((rows.len(), width, svg.value().attr("data-narrow")), (1, 640, None));
        } else {
            assert_eq!((rows.len(), width, svg.value().attr("data-narrow")), (2, 340, Some("")));
            // Slots keep their spacing in a picture about half as wide: twice their size on a phone.
            assert_eq!(at[1].0 - at[0].0, 30);
        }
        // Every slot lies inside the picture, and none overlaps its neighbour in the row.
        assert!(at.iter().all(|&(x, _)| x >= 12 && x + 12 <= width), "{at:?}");
        assert!(at.windows(2).all(|p| p[0].1 != p[1].1 || p[1].0 >= p[0].0 + 24), "{at:?}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn reward_sim_starts_with_the_brake_on_and_has_a_pause_control_and_a_table() {
    let html = chapter("dopamine-and-learning").await;
    common_frame(&html, "reward");
    let toggle = the(&html, "input#reward-opioid[type='checkbox']");
    assert!(toggle.value().attr("checked").is_none());
    assert_eq!(one(&html, "label[for='reward-opioid']"), "An opioid is on board");
    let pause = the(&html, "button.reward__pause[type='button']");
    assert_eq!((attr(&pause, "aria-pressed"), text(&pause).as_str()), ("false", "Pause the animation"));
    assert_eq!(
        one(&html, "p#reward-describe"),
        "The brake neurons are active and hold the dopamine neuron back. It fires at its usual pace."
    );
    assert_eq!(all(&html, "#reward .circuit__spike").len(), 4);
    assert_eq!(one(&html, "#reward .chart__table summary"), "Show as table");
    let heads: Vec<String> = all(&html, "#reward table thead th[scope='col']").iter().map(text).collect();
    assert_eq!(heads, ["Time", "After a natural reward, such as a good meal", "After an opioid dose"]);
    assert_eq!(all(&html, "#reward table tbody th[scope='row']").len(), 8);
    let legend: Vec<String> = all(&html, "#reward .chart__legend li").iter().map(text).collect();
    assert_eq!(legend, ["After a natural reward, such as a good meal", "After an opioid dose"]);
}

#[tokio::test(flavor = "current_thread")]
async fn rescue_sim_starts_two_hours_in_with_a_long_acting_opioid() {
    let html = chapter("overdose-and-naloxone").await;
    common_frame(&html, "rescue");
    assert_eq!(one(&html, "#rescue fieldset legend"), "The opioid in the overdose");
    let radios = all(&html, "#rescue fieldset input[type='radio'][name='rescue-opioid']");
    assert_eq!(radios.len(), 2);
    assert_eq!(attr(&the(&html, "#rescue input[type='radio'][checked]"), "id"), "rescue-long");
    assert_eq!(one(&html, "label[for='rescue-long']"), "Long-acting, such as methadone");
    let time = the(&html, "input#rescue-time[type='range']");
    let sentence =
        "After 2 hours: Naloxone is wearing off. Breathing is at about a quarter of normal. This is dangerous.";
    assert_eq!(
        (attr(&time, "min"), attr(&time, "max"), attr(&time, "step"), attr(&time, "value")),
        ("0", "6", "0.25", "2")
    );
    assert_eq!(attr(&time, "aria-valuetext"), sentence);
    assert_eq!(one(&html, "p#rescue-describe"), sentence);
    assert_eq!(one(&html, "#rescue .chart__band-label"), "Life-threatening");
    assert_eq!(all(&html, "#rescue table thead th").len(), 4);
    assert_eq!(all(&html, "#rescue table tbody tr").len(), 13, "every half hour for six hours");
}

#[tokio::test(flavor = "current_thread")]
async fn tolerance_sim_starts_at_day_14_of_daily_use_with_the_usual_amount_of_20() {
    let html = chapter("tolerance").await;
    common_frame(&html, "tolerance");
    assert_eq!(one(&html, "#tolerance fieldset legend"), "How often they use");
    let radios: Vec<String> = all(&html, "#tolerance input[type='radio'][name='tolerance-often']")
        .iter()
        .map(|r| attr(r, "id").to_string())
        .collect();
    assert_eq!(radios, ["tolerance-often-7", "tolerance-often-3", "tolerance-often-1"]);
    assert_eq!(attr(&the(&html, "#tolerance input[type='radio'][checked]"), "id"), "tolerance-often-7");
    assert_eq!(one(&html, "label[for='tolerance-often-3']"), "3 days a week");
    let sentence = "Day 14: it takes about 32 doses to feel what 1 did at first. About 41 doses can make breathing life-threatening, and for some people, or with fentanyl, less is enough. Their usual amount, 20 doses: Breathing is slower, at about two thirds of normal.";
    let day = the(&html, "input#tolerance-day[type='range']");
    assert_eq!((attr(&day, "min"), attr(&day, "max"), attr(&day, "value")), ("0", "30", "14"));
    assert_eq!(attr(&day, "aria-valuetext"), sentence);
    assert_eq!(one(&html, "p#tolerance-describe"), sentence);
    assert_eq!(one(&html, "label[for='tolerance-day']"), "Days since they started: 14");
    let amount = the(&html, "input#tolerance-amount[type='range']");
    assert_eq!((attr(&amount, "min"), attr(&amount, "max"), attr(&amount, "value")), ("1", "30", "20"));
    assert_eq!(attr(&amount, "aria-describedby"), "tolerance-describe");
    assert_eq!(attr(&amount, "aria-valuetext"), sentence, "the usual amount's slider says what it does too");
    let legend: Vec<String> = all(&html, "#tolerance .chart__legend li").iter().map(text).collect();
    assert_eq!(
        legend,
        [
            "Needed to feel what 1 dose did at first",
            "Can make breathing life-threatening (less for some)",
            "Their usual amount"
        ]
    );
    let first_row: Vec<String> =
        all(&html, "#tolerance table tbody tr:first-child :is(th, td)").iter().map(text).collect();
    assert_eq!(
        first_row,
        ["0", "0%", "0%", "1", "2"],
        "day 0: no tolerance; one dose feels like one dose; about 2 can make breathing life-threatening"
    );
    let heads: Vec<String> = all(&html, "#tolerance table thead th").iter().map(text).collect();
    assert_eq!(
        heads[1..3],
        ["Tolerance to the feeling", "Tolerance to breathing slowing"],
        "the two tolerance curves, in numbers"
    );
    let table_days: Vec<String> = all(&html, "#tolerance table tbody th").iter().map(text).collect();
    assert_eq!(table_days, ["0", "1", "2", "3", "7", "14", "21", "28"], "the first days, then each week");
    assert!(
        one(&html, "#tolerance .chart__caption")
            .contains("over 30 days of use. For some people, or with fentanyl, less is enough. Each mark on the side is about 3 times the one below it."),
        "the caption explains the scale the short axis label cannot"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn every_chart_axis_label_fits_one_line_of_a_phone_wide_picture() {
    // The widest that fits at 320 px: "Breathing, share of normal" and a little more.
    for (slug, sim) in [
        ("dopamine-and-learning", "reward"),
        ("overdose-and-naloxone", "rescue"),
        ("tolerance", "tolerance"),
        ("stopping-and-starting-again", "restart"),
        ("withdrawal", "withdrawal"),
    ] {
        let html = chapter(slug).await;
        let labels: Vec<String> = all(&html, &format!("#{sim} text.chart__axis")).iter().map(text).collect();
        assert!(!labels.is_empty(), "{sim} has axis labels");
        for label in labels {
            assert!(label.chars().count() <= 30, "{sim}: axis label too long for a phone: {label:?}");
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn restart_sim_starts_a_week_after_two_months_of_daily_use() {
    let html = chapter("stopping-and-starting-again").await;
    common_frame(&html, "restart");
    let legends: Vec<String> = all(&html, "#restart fieldset legend").iter().map(text).collect();
    assert_eq!(legends, ["How long they used, every day", "How long they stopped"]);
    let presets: Vec<String> = all(&html, "#restart input[name='restart-break']")
        .iter()
        .map(|r| text(&the(&html, &format!("label[for='{}']", attr(r, "id")))))
        .collect();
    assert_eq!(
        presets,
        ["A few days", "A week in hospital", "A month in detox, without medicine", "Prison, then release"]
    );
    let checked: Vec<String> =
        all(&html, "#restart input[type='radio'][checked]").iter().map(|r| attr(r, "id").to_string()).collect();
    assert_eq!(checked, ["restart-used-60", "restart-break-7"]);
    let sentence = "7 days after they stop, the same amount as before: Breathing is at less than a fifth of normal. This is life-threatening.";
    let day = the(&html, "input#restart-day[type='range']");
    assert_eq!((attr(&day, "min"), attr(&day, "max"), attr(&day, "value")), ("0", "90", "7"));
    assert_eq!(attr(&day, "aria-valuetext"), sentence);
    assert_eq!(one(&html, "p#restart-describe"), sentence);
    assert_eq!(one(&html, "#restart .chart__band-label"), "Life-threatening");
    // Drawn after the lines (they pass behind its halo), at the end where the curve lies flat.
    assert_eq!(one(&html, "#restart svg polyline ~ text.chart__band-label[text-anchor='end']"), "Life-threatening");
    let rows: Vec<Vec<String>> = all(&html, "#restart table tbody tr")
        .iter()
        .map(|tr| tr.select(&Selector::parse("th, td").unwrap()).map(|c| text(&c)).collect())
        .collect();
    assert_eq!(rows.len(), 13);
    assert_eq!(rows[0], ["0", "68%"]);
    assert_eq!(rows[5], ["7", "13%"], "life-threatening within a week");
    assert_eq!(rows[7], ["14", "2%"], "and breathing stops by two weeks");
    // The evidence, as cards led by the real figures.
    let cards: Vec<String> = all(&html, "ul.cards > li.card > strong:first-child").iter().map(text).collect();
    assert_eq!(cards, ["3 to 8 times.", "129 times.", "All 3.", "8 to 9 times."]);
    assert!(all(&html, "ul.cards li.card sup.cite").len() >= 4, "each card cites its study");
}

#[tokio::test(flavor = "current_thread")]
async fn withdrawal_sim_starts_36_hours_after_a_short_acting_opioid_beside_a_table_of_ranges() {
    let html = chapter("withdrawal").await;
    common_frame(&html, "withdrawal");
    assert_eq!(attr(&the(&html, "#withdrawal input[type='radio'][checked]"), "id"), "withdrawal-short");
    assert_eq!(one(&html, "label[for='withdrawal-methadone']"), "Methadone");
    let time = the(&html, "input#withdrawal-time[type='range']");
    assert_eq!(
        (attr(&time, "min"), attr(&time, "max"), attr(&time, "step"), attr(&time, "value")),
        ("0", "504", "6", "36")
    );
    let sentence = "36 hours after the last dose: Withdrawal is usually at its worst: the early signs, plus stomach cramps, diarrhea, nausea, vomiting, goose bumps and wide pupils.";
    assert_eq!(attr(&time, "aria-valuetext"), sentence);
    assert_eq!(one(&html, "p#withdrawal-describe"), sentence);
    // The chapter's own table of ranges: column and row headers; each cell carries its column's
    // name for the stacked phone layout.
    let region = the(&html, ".chapter > .table-wrap > table[role='table']");
    let labels: Vec<String> = all(&html, ".chapter > .table-wrap tbody tr:first-child td")
        .iter()
        .map(|td| attr(td, "data-label").to_string())
        .collect();
    assert_eq!(labels, ["Usually starts", "Usually worst", "The worst is usually over"]);
    let rows: Vec<String> = all(&html, ".chapter > .table-wrap tbody th[scope='row']").iter().map(text).collect();
    assert_eq!(rows, ["Short-acting, such as heroin or oxycodone", "Methadone", "Buprenorphine"]);
    assert!(text(&region).contains("6 to 12 hours after the last dose"));
    assert!(text(&region).contains("(less certain)"), "uncertain ranges say so");
}

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

fn buttons(html: &Html) -> Vec<String> {
    all(html, "button").iter().map(text).collect()
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

// ---- A clinic's own line (embed settings, inside its frame) ----

#[tokio::test(flavor = "current_thread")]
async fn a_clinics_line_comes_first_under_get_help_now_and_its_name_is_only_text() {
    let (settings, warnings) = opioid_explainer::config::parse_query(
        "?clinic_name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20Clinic&clinic_phone=(555)%20010-2000\
         &clinic_sms=555%20010%203000&clinic_hours=Mon-Fri%209-5&clinic_url=https://clinic.example/",
        opioid_explainer::config::Place::Framed,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    let props = AppProps { settings, route: Route::Chapter(0), onleave: Callback::noop() };
    let html = Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await);
    let items = all(&html, ".help .help__item");
    assert_eq!(items.len(), 4, "the clinic's line, then 911, 988 and SAMHSA");
    assert!(items[0].value().attr("data-clinic").is_some());
    let links: Vec<(String, String)> =
        items[0].select(&Selector::parse("a").unwrap()).map(|a| (attr(&a, "href").to_string(), text(&a))).collect();
    assert_eq!(
        links,
        [
            ("tel:5550102000".to_string(), "Call (555) 010-2000".to_string()),
            ("sms:5550103000".to_string(), "Text 555 010 3000".to_string())
        ]
    );
    assert_eq!(
        text(&items[0]).rsplit_once("Text 555 010 3000").unwrap().1.trim(),
        "<img src=x onerror=alert(1)> Clinic, Mon-Fri 9-5"
    );
    assert!(items[1].value().attr("data-emergency").is_some(), "911 right after");
    assert!(all(&html, "img").is_empty(), "the name is text, never markup");
    assert_eq!(one(&html, ".masthead__clinic"), "Offered by <img src=x onerror=alert(1)> Clinic Find us");
    let find_us = the(&html, ".masthead__clinic a");
    assert_eq!((attr(&find_us, "href"), attr(&find_us, "rel")), ("https://clinic.example/", "noreferrer noopener"));
}

// ---- A clinic's selection of chapters and checks ----

async fn render_with(query: &str, route: Route) -> Html {
    let (settings, warnings) = opioid_explainer::config::parse_query(query, opioid_explainer::config::Place::TopLevel);
    assert!(warnings.is_empty(), "{warnings:?}");
    let props = AppProps { settings, route, onleave: Callback::noop() };
    Html::parse_fragment(&LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await)
}

fn hrefs(html: &Html, css: &str) -> Vec<String> {
    all(html, css).iter().map(|a| attr(a, "href").to_string()).collect()
}

#[tokio::test(flavor = "current_thread")]
async fn navigation_progress_and_prev_next_follow_the_clinics_chapters() {
    let t = bundle(Lang::En);
    let query = "?chapters=overdose-and-naloxone,receptors,getting-treatment&checks=ready";
    let receptors = Route::Chapter(1);
    let html = render_with(query, receptors).await;
    assert_eq!(hrefs(&html, "nav.toc ol a"), ["#/overdose-and-naloxone", "#/receptors", "#/getting-treatment"]);
    assert_eq!(hrefs(&html, "nav.toc ul a"), ["#/check/ready"]);
    assert_eq!(one(&html, "p.progress"), "Chapter 2 of 3");
    assert_eq!(hrefs(&html, "a[rel='prev']"), ["#/overdose-and-naloxone"]);
    assert_eq!(hrefs(&html, "a[rel='next']"), ["#/getting-treatment"]);
    assert_eq!(hrefs(&html, ".masthead__title a"), ["#/overdose-and-naloxone"], "the title leads to the first shown");
    let last = render_with(query, Route::Chapter(t.chapters.len() - 1)).await;
    assert!(all(&last, "a[rel='next']").is_empty(), "no Next after the clinic's last chapter");
    // A check's "back to the guide" leads to the clinic's first chapter.
    let check = render_with(query, Route::Check(opioid_explainer::assessment::flow::Check::Ready)).await;
    assert_eq!(hrefs(&check, "nav.prevnext a"), ["#/overdose-and-naloxone"]);
}

#[tokio::test(flavor = "current_thread")]
async fn no_checks_means_no_checks_heading_and_the_checks_mode_no_chapters() {
    let html = render_with("?checks=none", Route::Chapter(0)).await;
    assert!(all(&html, "#toc-checks").is_empty());
    assert_eq!(attr(&the(&html, "nav.toc"), "aria-labelledby"), "toc-heading");
    let signs = opioid_explainer::assessment::flow::Check::Signs;
    let checks = render_with("?mode=checks&checks=signs,safer", Route::Check(signs)).await;
    assert!(all(&checks, "#toc-heading, nav.toc ol, nav.prevnext, p.progress").is_empty(), "no chapter anywhere");
    assert_eq!(attr(&the(&checks, "nav.toc"), "aria-labelledby"), "toc-checks");
    assert_eq!(hrefs(&checks, "nav.toc ul a"), ["#/check/signs", "#/check/safer"]);
    assert_eq!(hrefs(&checks, ".masthead__title a"), ["#/check/signs"]);
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
