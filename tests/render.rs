//! The shell rendered to HTML with yew's LocalServerRenderer (no browser), then parsed: landmarks,
//! headings, link names and the help numbers, as a screen reader would meet them.

use opioid_explainer::config::Settings;
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::route::Route;
use opioid_explainer::ui::{App, AppProps};
use scraper::{ElementRef, Html, Selector};
use yew::{Callback, LocalServerRenderer};

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
            [("tel:911", "Call 911"), ("tel:988", "Call 988"), ("sms:988", "Text 988"), ("tel:+18006624357", "1-800-662-4357")]
                .map(|(h, t)| (h.to_string(), t.to_string())),
            "{route:?}"
        );
        assert!(one(&html, ".help__item--emergency").contains("Give naloxone if you have it."));
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
    let expected: Vec<(String, String)> = t.chapters.iter().map(|c| (format!("#/{}", c.slug), c.title.to_string())).collect();
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
    let cited: Vec<&str> = t.chapters[0].references.iter().map(|r| r.url).collect();
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
    assert!(footer.contains("Content last reviewed November 22, 2026."));
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
    assert!(!words.contains(" mg") && !words.contains("milligram") && !words.contains("mcg"), "no real-world dose: {words}");
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
    assert_eq!((attr(&dose, "min"), attr(&dose, "max"), attr(&dose, "step"), attr(&dose, "value")), ("0", "20", "0.5", "1"));
    assert_eq!(attr(&dose, "aria-valuetext"), "1 dose. Breathing is slower, at about three quarters of normal.");
    assert_eq!(attr(&dose, "aria-describedby"), "receptors-describe");
    assert_eq!(one(&html, "label[for='receptors-dose']"), "Amount, in typical doses for someone new to opioids: 1 dose");

    let naloxone = the(&html, "input#receptors-naloxone[type='checkbox']");
    assert!(naloxone.value().attr("checked").is_none());
    assert_eq!(one(&html, "label[for='receptors-naloxone']"), "Add naloxone (one nasal spray)");
    assert_eq!(
        one(&html, "p#receptors-describe"),
        "Fewer than 1 in 10 receptors are switched on. Some pain relief. Breathing is slower, at about three quarters of normal."
    );
    let readouts: Vec<String> = all(&html, "#receptors .readout dt").iter().map(text).collect();
    assert_eq!(readouts, ["Receptors switched on", "Pain relief", "Breathing, share of normal"]);
    assert_eq!(all(&html, "#receptors .synapse__slot").len(), 20);
    assert_eq!(all(&html, "#receptors circle[data-kind='drug']").len(), 1, "3% of 20 slots rounds to one");
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
    let sentence = "After 2 hours: Naloxone is wearing off. Breathing is at about a quarter of normal. This is dangerous.";
    assert_eq!((attr(&time, "min"), attr(&time, "max"), attr(&time, "step"), attr(&time, "value")), ("0", "6", "0.25", "2"));
    assert_eq!(attr(&time, "aria-valuetext"), sentence);
    assert_eq!(one(&html, "p#rescue-describe"), sentence);
    assert_eq!(one(&html, "#rescue .chart__band-label"), "Life-threatening");
    assert_eq!(all(&html, "#rescue table thead th").len(), 4);
    assert_eq!(all(&html, "#rescue table tbody tr").len(), 13, "every half hour for six hours");
}
