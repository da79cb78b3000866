//! Settings from the URL: good values are taken, bad ones ignored with a warning that names the
//! setting and its accepted values; hostile input never panics and never yields an unsafe value.

use opioid_explainer::accent::{contrast, hex, mix, parse_hex, Accent, DARK_BG, DARK_SURFACE, LIGHT_BG, LIGHT_SURFACE};
use opioid_explainer::assessment::flow::{Check, CHECKS};
use opioid_explainer::config::{dial, parse, parse_query, Clinic, Mode, Place::*, Settings, DEFAULT_EXIT_URL};
use opioid_explainer::content::bundle;
use opioid_explainer::content::Lang;
use proptest::prelude::*;

mod common;
use common::{within_rules, SETTING_NAMES};
use rstest::rstest;

#[test]
fn no_query_gives_defaults_and_no_warnings() {
    assert_eq!(parse_query("", Framed), (Settings::default(), vec![]));
    assert_eq!(parse_query("?", Framed), (Settings::default(), vec![]));
}

#[rstest]
#[case("?lang=en", Lang::En)]
#[case("?lang=EN", Lang::En)]
fn accepted_languages(#[case] query: &str, #[case] lang: Lang) {
    let (s, w) = parse_query(query, Framed);
    assert_eq!(s.lang, lang);
    assert!(w.is_empty(), "{w:?}");
}

#[rstest]
#[case("?exit=https%3A%2F%2Fexample.org%2Fnews", "https://example.org/news")]
#[case("?exit=https://www.bbc.co.uk/weather", "https://www.bbc.co.uk/weather")]
fn accepted_exit_urls(#[case] query: &str, #[case] url: &str) {
    let (s, w) = parse_query(query, Framed);
    assert_eq!(s.exit_url, url);
    assert!(w.is_empty(), "{w:?}");
}

#[rstest]
#[case("?lang=xx", "\"lang\"", "\"en\"")]
#[case("?lang=", "\"lang\"", "\"en\"")]
#[case("?exit=javascript:alert(1)", "\"exit\"", "https://")]
#[case("?exit=http://example.org", "\"exit\"", "https://")]
#[case("?exit=https://user:pw@evil.example/", "\"exit\"", "https://")]
#[case("?exit=https://ex ample.org", "\"exit\"", "https://")]
#[case("?exit=https://%22%3E%3Cscript%3E", "\"exit\"", "https://")]
#[case("?exit=%ZZ", "\"exit\"", "https://")]
#[case("?colour=red", "\"colour\"", "\"lang\", \"exit\", \"clinic_name\"")]
fn rejected_values_warn_and_keep_defaults(#[case] query: &str, #[case] names: &str, #[case] accepted: &str) {
    let (s, w) = parse_query(query, Framed);
    assert_eq!(s, Settings::default());
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains(names) && w[0].contains(accepted), "{}", w[0]);
    assert_eq!(s.exit_url, DEFAULT_EXIT_URL);
}

#[test]
fn good_settings_survive_beside_bad_ones() {
    let (s, w) = parse_query("?lang=zz&exit=https://example.org/", Framed);
    assert_eq!(s.exit_url, "https://example.org/");
    assert_eq!(w.len(), 1);
}

proptest! {
    #[test]
    fn any_query_parses_to_a_safe_exit_url(query in ".{0,300}") {
        let (s, _) = parse_query(&query, Framed);
        prop_assert!(s.exit_url.starts_with("https://"));
        prop_assert!(!s.exit_url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '"'));
    }

    #[test]
    fn warnings_stay_short_whatever_the_key(key in "[^=&]{1,5000}") {
        let (_, w) = parse_query(&format!("?{key}=1"), Framed);
        prop_assert!(w.iter().all(|m| m.len() < 300));
    }
}

#[test]
fn the_unknown_setting_warning_lists_exactly_the_settings_that_are_parsed() {
    let (_, w) = parse_query("?nope=1", Framed);
    let listed = w[0].split_once("accepted settings are ").expect("a list").1;
    let names: Vec<&str> = listed.split('"').skip(1).step_by(2).collect();
    assert_eq!(names, SETTING_NAMES);
    for name in names {
        let (_, w) = parse_query(&format!("?{name}=%00bad"), Framed);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with(&format!("Understanding Opioids: ignored setting \"{name}\"")), "{name}: {}", w[0]);
    }
}

#[rstest]
#[case("?exit=https%3A%2F%2Fexample.org%2F%ZZ", "https://example.org/%ZZ")]
#[case("?lang=e%6E", "")]
fn percent_escapes_decode_and_broken_ones_stay_as_written(#[case] query: &str, #[case] exit: &str) {
    let (s, w) = parse_query(query, Framed);
    assert!(w.is_empty(), "{w:?}");
    if !exit.is_empty() {
        assert_eq!(s.exit_url, exit);
    }
}

// ---- The clinic's settings, and where they are honoured ----

#[rstest]
#[case("?clinic_name=Riverside%20Health", "Riverside Health")]
#[case("?clinic_name=++Caf%C3%A9+Clinic++", "Café Clinic")]
#[case("?clinic_name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "<img src=x onerror=alert(1)>")]
fn a_clinic_name_is_taken_as_text(#[case] query: &str, #[case] name: &str) {
    let (s, w) = parse_query(query, Framed);
    assert_eq!(s.clinic.name.as_deref(), Some(name), "{w:?}");
    assert!(w.is_empty());
}

#[rstest]
#[case("?clinic_phone=(555)%20010-2000", Some("(555) 010-2000"), "5550102000")]
#[case("?clinic_phone=%2B1%20555%20010%202000", Some("+1 555 010 2000"), "+15550102000")]
#[case("?clinic_phone=911", Some("911"), "911")]
fn a_clinic_phone_keeps_its_form_and_dials_its_digits(
    #[case] query: &str,
    #[case] shown: Option<&str>,
    #[case] digits: &str,
) {
    let (s, w) = parse_query(query, Framed);
    assert_eq!(s.clinic.phone.as_deref(), shown, "{w:?}");
    assert_eq!(dial(s.clinic.phone.as_deref().unwrap()), digits);
}

#[rstest]
#[case("?clinic_name=", "\"clinic_name\"", "at most 80 characters")]
#[case("?clinic_name=a%0Ab", "\"clinic_name\"", "control characters")]
#[case("?clinic_phone=call%20us", "\"clinic_phone\"", "digits")]
#[case("?clinic_phone=12", "\"clinic_phone\"", "at least 3 digits")]
#[case("?clinic_phone=123456789012345678901", "\"clinic_phone\"", "at most 20")]
#[case("?clinic_sms=tel:555", "\"clinic_sms\"", "digits")]
#[case("?clinic_url=javascript:alert(1)", "\"clinic_url\"", "https://")]
#[case("?clinic_url=http://example.org", "\"clinic_url\"", "https://")]
#[case("?clinic_hours=%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6%E2%80%A6", "\"clinic_hours\"", "at most 60")]
fn bad_clinic_values_warn_and_leave_no_trace(#[case] query: &str, #[case] name: &str, #[case] accepted: &str) {
    let (s, w) = parse_query(query, Framed);
    assert_eq!(s.clinic, Clinic::default());
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains(name) && w[0].contains(accepted), "{}", w[0]);
}

#[test]
fn on_a_page_of_its_own_a_link_cannot_put_a_clinic_or_an_exit_on_it() {
    let query =
        "?lang=en&clinic_name=Scam&clinic_phone=555%20123&clinic_url=https://scam.example/&exit=https://scam.example/";
    let (s, w) = parse_query(query, TopLevel);
    assert_eq!(s, Settings::default(), "only lang is taken at the top level");
    assert_eq!(w.len(), 4, "{w:?}");
    for (warning, name) in w.iter().zip(["clinic_name", "clinic_phone", "clinic_url", "exit"]) {
        assert!(warning.contains(&format!("\"{name}\"")) && warning.contains("embedded in a frame"), "{warning}");
    }
    let (framed, w) = parse_query(query, Framed);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(framed.clinic.name.as_deref(), Some("Scam"), "inside a clinic's frame it is the clinic's own page");
    assert_eq!(framed.exit_url, "https://scam.example/");
    // A bad value at the top level gets the value's own warning, not the frame's.
    let (_, w) = parse_query("?exit=javascript:alert(1)", TopLevel);
    assert!(w[0].contains("accepted values are https://"), "{}", w[0]);
}

proptest! {
    #[test]
    fn any_query_gives_clinic_values_within_their_rules(query in "[a-z_=&%0-9A-F+ <>().:/-]{0,300}") {
        let query = format!("?clinic_name=x&{query}");
        for place in [Framed, TopLevel] {
            let (s, w) = parse_query(&query, place);
            within_rules(&s, &w, place)?;
        }
    }
}

// ---- What the page shows: chapters, checks, start, mode ----

fn slugs(s: &Settings) -> Vec<&'static str> {
    s.chapters.iter().map(|&i| bundle(Lang::En).chapters[i].slug).collect()
}

#[rstest]
#[case("?chapters=overdose-and-naloxone,receptors", &["overdose-and-naloxone", "receptors"])]
#[case("?chapters=%20tolerance%20,%20withdrawal", &["tolerance", "withdrawal"])]
#[case("?chapters=getting-treatment", &["getting-treatment"])]
fn chapters_are_shown_in_the_clinics_order(#[case] query: &str, #[case] shown: &[&str]) {
    let (s, w) = parse_query(query, TopLevel);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(slugs(&s), shown);
}

#[rstest]
#[case("?checks=ready,signs", &[Check::Ready, Check::Signs])]
#[case("?checks=none", &[])]
#[case("?checks=safer", &[Check::Safer])]
fn checks_are_shown_in_the_clinics_order(#[case] query: &str, #[case] shown: &[Check]) {
    let (s, w) = parse_query(query, TopLevel);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(s.checks, shown);
}

#[rstest]
#[case("?chapters=", "\"chapters\"", "\"what-are-opioids\"")]
#[case("?chapters=receptors,,tolerance", "\"chapters\"", "each once")]
#[case("?chapters=receptors,receptors", "\"chapters\"", "each once")]
#[case("?chapters=Receptors", "\"chapters\"", "\"getting-treatment\"")]
#[case("?chapters=privacy", "\"chapters\"", "comma-separated")]
#[case("?checks=all", "\"checks\"", "\"none\" or")]
#[case("?checks=signs,none", "\"checks\"", "\"signs\", \"safer\" and \"ready\"")]
#[case("?start=check/", "\"start\"", "check/")]
#[case("?start=%23/receptors", "\"start\"", "\"receptors\"")]
#[case("?mode=presenter", "\"mode\"", "\"guide\", \"checks\" (only the self-checks) and \"classroom\"")]
#[case("?accent=red", "\"accent\"", "#rrggbb")]
#[case("?accent=%23fff", "\"accent\"", "#rrggbb")]
#[case("?accent=%23ffff00", "\"accent\"", "4.5:1")]
#[case("?accent=%230a5b66;color:red", "\"accent\"", "4.5:1")]
fn bad_page_settings_warn_and_keep_defaults(#[case] query: &str, #[case] name: &str, #[case] accepted: &str) {
    let (s, w) = parse_query(query, TopLevel);
    assert_eq!(s, Settings::default());
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains(name) && w[0].contains(accepted), "{}", w[0]);
}

#[rstest]
#[case("?chapters=receptors&start=tolerance", "\"start\"")]
#[case("?checks=signs&start=check/ready", "\"start\"")]
#[case("?mode=checks&start=receptors", "\"start\"")]
#[case("?checks=none&mode=checks", "\"mode\"")]
fn settings_that_contradict_each_other_warn_once(#[case] query: &str, #[case] name: &str) {
    let (s, w) = parse_query(query, TopLevel);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains(name), "{}", w[0]);
    assert_eq!(s.start, None);
    assert!(!s.chapters.is_empty() || !s.checks.is_empty(), "something is always shown");
}

#[test]
fn the_checks_mode_shows_no_chapter_and_the_guide_mode_shows_all() {
    let (s, w) = parse_query("?mode=checks&checks=safer,ready", TopLevel);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!((s.mode, s.chapters.len(), s.checks.as_slice()), (Mode::Checks, 0, &[Check::Safer, Check::Ready][..]));
    let (s, _) = parse_query("?mode=guide", TopLevel);
    assert_eq!((s.mode, s.chapters.len(), s.checks.len()), (Mode::Guide, bundle(Lang::En).chapters.len(), 3));
    let (s, w) = parse_query("?mode=classroom&chapters=tolerance,withdrawal", TopLevel);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!((s.mode, s.chapters.len(), s.checks.len()), (Mode::Classroom, 2, 3), "the guide, presented");
}

// ---- The accent colour ----

#[test]
fn contrast_is_wcags() {
    assert!((contrast([0; 3], [255; 3]) - 21.0).abs() < 1e-9);
    assert!((contrast([0x76; 3], [255; 3]) - 4.54).abs() < 0.01, "#767676 on white is the classic 4.54:1");
    assert!((contrast([0x77; 3], [255; 3]) - 4.48).abs() < 0.01);
    assert!((contrast([0x0a, 0x5b, 0x66], LIGHT_BG) - 7.45).abs() < 0.05, "our own teal");
}

#[rstest]
#[case("#0a5b66")]
#[case("#0A5B66")]
#[case("#b00020")]
#[case("#000080")]
#[case("#1d4d2b")]
#[case("#000000")]
#[case("#6b3fa0")]
fn an_accepted_accent_keeps_4_5_to_1_in_both_themes(#[case] colour: &str) {
    let a = Accent::from_hex(colour).expect("accepted");
    assert_eq!(hex(a.light), colour.to_ascii_lowercase(), "the light theme uses the clinic's own colour");
    for (accent, soft, bg, surface) in
        [(a.light, a.light_soft, LIGHT_BG, LIGHT_SURFACE), (a.dark, a.dark_soft, DARK_BG, DARK_SURFACE)]
    {
        for other in [soft, bg, surface] {
            assert!(contrast(accent, other) >= 4.5, "{colour}: {} on {}", hex(accent), hex(other));
        }
    }
    let (s, w) = parse_query(&format!("?accent=%23{}", &colour[1..]), TopLevel);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(s.accent, Some(a));
    assert_eq!(
        a.properties().map(|(name, _)| name),
        ["--clinic-accent", "--clinic-accent-soft", "--clinic-accent-dark", "--clinic-accent-soft-dark"]
    );
    assert!(a.properties().iter().all(|(_, v)| parse_hex(v).is_some()), "only #rrggbb reaches the CSSOM");
}

#[rstest]
#[case("#ffff00")]
#[case("#7fd0da")]
#[case("#808080")]
#[case("#e3f0f1")]
#[case("#ffffff")]
fn a_low_contrast_accent_is_refused(#[case] colour: &str) {
    assert_eq!(Accent::from_hex(colour), None);
    assert!(contrast(parse_hex(colour).unwrap(), LIGHT_BG) < 4.5);
}

#[test]
fn no_single_colour_keeps_4_5_to_1_on_both_backgrounds_so_the_dark_theme_gets_a_tint() {
    let best = (0..=255u8).map(|v| contrast([v; 3], LIGHT_BG).min(contrast([v; 3], DARK_BG))).fold(0.0, f64::max);
    assert!(best < 4.5, "if one grey reached 4.5:1 on both, the tint would not be needed ({best})");
}

#[test]
fn the_theme_colours_the_accent_is_checked_against_are_the_style_sheets() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/main.css")).unwrap();
    let (light, dark) = css.split_once("prefers-color-scheme: dark").unwrap();
    for (part, bg, surface) in [(light, LIGHT_BG, LIGHT_SURFACE), (dark, DARK_BG, DARK_SURFACE)] {
        assert!(part.contains(&format!("--bg: {};", hex(bg))), "{}", hex(bg));
        assert!(part.contains(&format!("--surface: {};", hex(surface))), "{}", hex(surface));
    }
    assert!(light.contains("--accent: var(--clinic-accent, #0a5b66);"));
    assert!(dark.contains("--accent-soft: var(--clinic-accent-soft-dark, #1b3236);"));
}

// ---- Built into a clinic's own copy (clinic.toml) ----

#[test]
fn built_in_settings_are_the_clinics_own_even_on_a_page_of_its_own_and_a_link_comes_after() {
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/clinic.toml")).unwrap();
    let built_in = content_compiler::clinic::clinic_settings(&toml).expect("the example is valid");
    let (s, w) = parse("", TopLevel, &built_in);
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(s.clinic.name.as_deref(), Some("Riverside Community Health"));
    assert_eq!(s.clinic.phone.as_deref(), Some("(555) 010-2000"));
    assert!(s.accent.is_some());
    assert_eq!(s.checks, [Check::Signs, Check::Safer]);
    // A link to that copy cannot replace the clinic's line at the top level, but may pick chapters.
    let (s2, w) = parse("?clinic_phone=555%20999&chapters=receptors", TopLevel, &built_in);
    assert_eq!(s2.clinic.phone.as_deref(), Some("(555) 010-2000"));
    assert_eq!(slugs(&s2), ["receptors"]);
    assert_eq!(w.len(), 1, "{w:?}");
    // The same rules: a bad built-in value is warned about (and `cargo xtask dist` stops on it).
    let bad = content_compiler::clinic::clinic_settings("clinic_phone = \"call us\"\naccent = \"#ffff00\"").unwrap();
    let (s, w) = parse("", TopLevel, &bad);
    assert_eq!((s.clinic.phone, s.accent, w.len()), (None, None, 2), "{w:?}");
    assert!(content_compiler::clinic::clinic_settings("accent = 7")
        .unwrap_err()
        .contains("\"accent\" must be a string"));
}

proptest! {
    #[test]
    fn any_query_shows_only_known_chapters_and_checks_once_each_and_something_always(
        query in "(chapters|checks|start|mode|accent|lang)=[a-z0-9,/%#-]{0,40}(&(chapters|checks|start|mode|accent)=[a-z0-9,/%#-]{0,40}){0,4}"
    ) {
        let (s, w) = parse_query(&query, TopLevel);
        within_rules(&s, &w, TopLevel)?;
    }

    #[test]
    fn any_colour_is_either_refused_or_readable_in_both_themes(r: u8, g: u8, b: u8) {
        if let Some(a) = Accent::from_hex(&hex([r, g, b])) {
            for (accent, soft, bg, surface) in [(a.light, a.light_soft, LIGHT_BG, LIGHT_SURFACE), (a.dark, a.dark_soft, DARK_BG, DARK_SURFACE)] {
                prop_assert!([soft, bg, surface].iter().all(|&o| contrast(accent, o) >= 4.5));
            }
        } else {
            // Refused only where a pair in the light theme falls short (the dark tint always exists).
            let c = [r, g, b];
            let soft = mix(c, LIGHT_BG, 12);
            prop_assert!([LIGHT_BG, LIGHT_SURFACE, soft].iter().any(|&o| contrast(c, o) < 4.5));
        }
    }
}

#[test]
fn the_warnings_constant_lists_are_exactly_what_is_parsed() {
    use opioid_explainer::config::{quoted_list, CHAPTER_NAMES, CHECK_NAMES, LANGS};
    assert_eq!(LANGS, quoted_list(Lang::ALL.iter().map(|l| l.code())));
    assert_eq!(CHECK_NAMES, quoted_list(CHECKS.iter().map(|c| c.slug())));
    assert_eq!(CHAPTER_NAMES, quoted_list(bundle(Lang::En).chapters.iter().map(|c| c.slug)));
}
