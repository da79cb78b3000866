//! Settings from the URL: good values are taken, bad ones ignored with a warning that names the
//! setting and its accepted values; hostile input never panics and never yields an unsafe value.

use opioid_explainer::config::{dial, parse_query, Clinic, Place::*, Settings, DEFAULT_EXIT_URL};
use opioid_explainer::content::Lang;
use proptest::prelude::*;
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
    assert_eq!(names, ["lang", "exit", "clinic_name", "clinic_phone", "clinic_sms", "clinic_url", "clinic_hours"]);
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
        let (s, w) = parse_query(&query, Framed);
        let c = &s.clinic;
        prop_assert!(c.name.as_ref().is_none_or(|n| !n.is_empty() && n.chars().count() <= 80 && !n.chars().any(char::is_control)));
        prop_assert!(c.hours.as_ref().is_none_or(|h| h.chars().count() <= 60 && !h.chars().any(char::is_control)));
        for p in [&c.phone, &c.sms].into_iter().flatten() {
            prop_assert!(p.len() <= 20 && p.chars().all(|ch| ch.is_ascii_digit() || " +-()".contains(ch)));
        }
        prop_assert!(c.url.as_ref().is_none_or(|u| u.starts_with("https://")));
        prop_assert!(w.iter().all(|m| m.starts_with("Understanding Opioids: ignored ") && m.matches('"').count() >= 2));
        let (top, _) = parse_query(&query, TopLevel);
        prop_assert_eq!(top.clinic, Clinic::default());
        prop_assert_eq!(top.exit_url, DEFAULT_EXIT_URL);
    }
}
