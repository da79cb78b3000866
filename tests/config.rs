//! Settings from the URL: good values are taken, bad ones ignored with a warning that names the
//! setting and its accepted values; hostile input never panics and never yields an unsafe value.

use opioid_explainer::config::{parse_query, Settings, DEFAULT_EXIT_URL};
use opioid_explainer::content::Lang;
use proptest::prelude::*;
use rstest::rstest;

#[test]
fn no_query_gives_defaults_and_no_warnings() {
    assert_eq!(parse_query(""), (Settings::default(), vec![]));
    assert_eq!(parse_query("?"), (Settings::default(), vec![]));
}

#[rstest]
#[case("?lang=en", Lang::En)]
#[case("?lang=EN", Lang::En)]
fn accepted_languages(#[case] query: &str, #[case] lang: Lang) {
    let (s, w) = parse_query(query);
    assert_eq!(s.lang, lang);
    assert!(w.is_empty(), "{w:?}");
}

#[rstest]
#[case("?exit=https%3A%2F%2Fexample.org%2Fnews", "https://example.org/news")]
#[case("?exit=https://www.bbc.co.uk/weather", "https://www.bbc.co.uk/weather")]
fn accepted_exit_urls(#[case] query: &str, #[case] url: &str) {
    let (s, w) = parse_query(query);
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
#[case("?colour=red", "\"colour\"", "\"lang\" and \"exit\"")]
fn rejected_values_warn_and_keep_defaults(#[case] query: &str, #[case] names: &str, #[case] accepted: &str) {
    let (s, w) = parse_query(query);
    assert_eq!(s, Settings::default());
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains(names) && w[0].contains(accepted), "{}", w[0]);
    assert_eq!(s.exit_url, DEFAULT_EXIT_URL);
}

#[test]
fn good_settings_survive_beside_bad_ones() {
    let (s, w) = parse_query("?lang=zz&exit=https://example.org/");
    assert_eq!(s.exit_url, "https://example.org/");
    assert_eq!(w.len(), 1);
}

proptest! {
    #[test]
    fn any_query_parses_to_a_safe_exit_url(query in ".{0,300}") {
        let (s, _) = parse_query(&query);
        prop_assert!(s.exit_url.starts_with("https://"));
        prop_assert!(!s.exit_url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '"'));
    }

    #[test]
    fn warnings_stay_short_whatever_the_key(key in "[^=&]{1,5000}") {
        let (_, w) = parse_query(&format!("?{key}=1"));
        prop_assert!(w.iter().all(|m| m.len() < 300));
    }
}

#[test]
fn the_unknown_setting_warning_lists_exactly_the_settings_that_are_parsed() {
    let (_, w) = parse_query("?nope=1");
    let listed = w[0].split_once("accepted settings are ").expect("a list").1;
    let names: Vec<&str> = listed.split('"').skip(1).step_by(2).collect();
    assert_eq!(names, ["lang", "exit"]);
    for name in names {
        let (_, w) = parse_query(&format!("?{name}=%00bad"));
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with(&format!("Understanding Opioids: ignored setting \"{name}\"")), "{name}: {}", w[0]);
    }
}

#[rstest]
#[case("?exit=https%3A%2F%2Fexample.org%2F%ZZ", "https://example.org/%ZZ")]
#[case("?lang=e%6E", "")]
fn percent_escapes_decode_and_broken_ones_stay_as_written(#[case] query: &str, #[case] exit: &str) {
    let (s, w) = parse_query(query);
    assert!(w.is_empty(), "{w:?}");
    if !exit.is_empty() {
        assert_eq!(s.exit_url, exit);
    }
}
