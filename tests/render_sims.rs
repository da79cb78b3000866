//! Each simulation's first state rendered to HTML (no browser): its frame, controls, labels, ARIA
//! and sentence.

mod common;

use common::*;
use opioid_explainer::layout::Layout;
use scraper::{Html, Selector};
use yew::{function_component, LocalServerRenderer, Properties};

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
    // A chart's figure and its picture are named by its caption, and the figure holds no
    // `<figcaption>` out of place (one must be its first or last child: the table follows it).
    for figure in all(html, &format!("#{id} figure")) {
        let named = attr(&figure, "aria-labelledby");
        let caption = the(html, &format!("#{named}"));
        assert!(text(&caption).len() > 20, "{named} says what the chart shows");
        assert_eq!(the(html, &format!("#{id} figure [role='img']")).value().attr("aria-labelledby"), Some(named));
        let children: Vec<_> = figure.children().filter_map(scraper::ElementRef::wrap).collect();
        for (i, child) in children.iter().enumerate() {
            assert!(
                child.value().name() != "figcaption" || i == 0 || i + 1 == children.len(),
                "#{id}: a figcaption must be the figure's first or last child"
            );
        }
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
    assert_eq!(all(&html, "#receptors rect[data-kind='drug']").len(), 1, "3% of 20 slots rounds to one");
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
async fn every_chart_names_both_axes_in_page_text() {
    // Page text, not drawn in the picture: it wraps on a phone and is read by a screen reader
    // (e2e checks the tick labels' rendered sizes at 320 px).
    for (slug, sim) in [
        ("dopamine-and-learning", "reward"),
        ("overdose-and-naloxone", "rescue"),
        ("tolerance", "tolerance"),
        ("stopping-and-starting-again", "restart"),
        ("withdrawal", "withdrawal"),
    ] {
        let html = chapter(slug).await;
        let labels: Vec<String> = all(&html, &format!("#{sim} figure > p.chart__axis")).iter().map(text).collect();
        assert_eq!(labels.len(), 2, "{sim}: y then x");
        assert!(labels.iter().all(|l| !l.is_empty() && l.chars().count() <= 40), "{sim}: {labels:?}");
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
    assert_eq!(
        one(&html, "#restart .chart__plot ~ .chart__over text.chart__band-label[text-anchor='end']"),
        "Life-threatening"
    );
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
    let region = the(&html, ".chapter [data-w] > .table-wrap > table[role='table']");
    let labels: Vec<String> = all(&html, ".chapter [data-w] > .table-wrap tbody tr:first-child td")
        .iter()
        .map(|td| attr(td, "data-label").to_string())
        .collect();
    assert_eq!(labels, ["Usually starts", "Usually worst", "The worst is usually over"]);
    let rows: Vec<String> =
        all(&html, ".chapter [data-w] > .table-wrap tbody th[scope='row']").iter().map(text).collect();
    assert_eq!(rows, ["Short-acting, such as heroin or oxycodone", "Methadone", "Buprenorphine"]);
    assert!(text(&region).contains("6 to 12 hours after the last dose"));
    assert!(text(&region).contains("(less certain)"), "uncertain ranges say so");
}
