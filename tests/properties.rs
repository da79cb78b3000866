//! Properties that hold for any input, over every model entry point (any number: NaN, infinities
//! and negatives included) and over the whole query string with every embed setting at once (any
//! text, in either place). What must hold: numbers finite and in range, sentences in words with no
//! "NaN" or "inf", no amount ever called safe, and settings within their rules with something shown.

mod common;

use common::{within_rules, SETTING_NAMES};
use opioid_explainer::config::{parse_query, Place};
use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::model::describe;
use opioid_explainer::model::pharmacology::{at_receptor, DrugId, Kind, Response, CATALOGUE};
use opioid_explainer::model::tolerance::{after_stopping, breathing_after, dangerous_dose, Scenario};
use opioid_explainer::model::{reward, withdrawal};
use opioid_explainer::route::Route;
use proptest::prelude::*;

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(-1.0),
        Just(0.0),
        -1e12..1e12f64,
        0.0..200.0f64,
        0.0..1.0f64,
    ]
}

fn any_drug() -> impl Strategy<Value = DrugId> {
    prop::sample::select(CATALOGUE.iter().map(|d| d.id).collect::<Vec<_>>())
}

fn any_kind() -> impl Strategy<Value = Kind> {
    prop::sample::select(vec![Kind::FullAgonist, Kind::PartialAgonist, Kind::Antagonist])
}

fn any_opioid() -> impl Strategy<Value = withdrawal::Opioid> {
    prop::sample::select(vec![withdrawal::Opioid::ShortActing, withdrawal::Opioid::Methadone])
}

/// A describer's sentence: words a reader can read, never calling an amount safe.
fn readable(sentence: &str) -> Result<(), TestCaseError> {
    let lower = sentence.to_lowercase();
    prop_assert!(!sentence.trim().is_empty(), "empty sentence");
    prop_assert!(!lower.contains("nan") && !lower.contains("inf") && !sentence.contains('{'), "{sentence}");
    prop_assert!(!lower.contains("safe"), "an amount read as safe: {sentence}");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_receptor_model_and_its_words_hold_for_any_amount(id in any_drug(), doses in any_number(), sprays in any_number()) {
        let t = bundle(Lang::En);
        let r = at_receptor(id, doses, sprays);
        for v in [r.switched_on, r.blocked, r.pain_relief, r.breathing] {
            prop_assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{r:?}");
        }
        let kind = opioid_explainer::model::pharmacology::drug(id).kind;
        readable(&describe::receptor(t, kind, &r))?;
        readable(&describe::receptor_amount(t, kind, doses, &r))?;
        readable(&describe::dose_words(t, doses))?;
        readable(describe::breathing(t, r.breathing))?;
        readable(describe::pain_relief(t, r.pain_relief))?;
    }

    #[test]
    fn describers_hold_for_any_numbers_even_ones_the_model_never_gives(
        kind in any_kind(), a in any_number(), b in any_number(), c in any_number(), d in any_number(), day in any::<u32>(),
    ) {
        let t = bundle(Lang::En);
        let r = Response { switched_on: a, blocked: b, pain_relief: c, breathing: d };
        readable(&describe::receptor(t, kind, &r))?;
        readable(&describe::receptor_amount(t, kind, a, &r))?;
        readable(&describe::time(t, a))?;
        readable(&describe::time_short(t, a))?;
        readable(&describe::rescue(t, a, b, c, d))?;
        readable(&describe::tolerance(t, day, a, b, c, d))?;
        readable(&describe::restart(t, day, a))?;
        readable(&describe::danger_count(a))?;
        readable(describe::breathing(t, a))?;
        let _ = describe::danger(a);
    }

    #[test]
    fn withdrawal_is_in_range_and_its_phases_only_move_on(o in any_opioid(), h in any_number(), later in 0.0..500.0f64) {
        let t = bundle(Lang::En);
        let x = withdrawal::intensity(o, h);
        prop_assert!(x.is_finite() && (0.0..=1.0).contains(&x), "{x} at {h}");
        readable(&describe::withdrawal(t, o, h))?;
        if h.is_finite() && h >= 0.0 {
            prop_assert!(withdrawal::phase(o, h + later) >= withdrawal::phase(o, h));
        }
        let tl = withdrawal::timeline(o);
        for (lo, hi) in [tl.onset, tl.peak, tl.over] {
            prop_assert!(lo <= hi);
        }
    }

    #[test]
    fn reward_and_tolerance_entry_points_stay_finite(x in any_number(), y in any_number(), days in 0u32..1000) {
        for v in [reward::brake(x), reward::firing(x), reward::opioid_on_board(x), reward::after_opioid(x), reward::after_natural_reward(x)] {
            prop_assert!(v.is_finite() && v >= 0.0, "{v} from {x}");
        }
        let b = breathing_after(x, y);
        prop_assert!(b.is_finite() && (0.0..=1.0).contains(&b), "{b}");
        let danger = dangerous_dose(y);
        prop_assert!(danger.is_finite() && danger > 0.0, "{danger}");
        let s = Scenario { use_days: days % 400, days_per_week: days % 9, dose: x, break_days: days % 200, restart_dose: y };
        if let Some(d) = after_stopping(&s, days) {
            for v in [d.tolerance_feeling, d.tolerance_breathing, d.breathing_at_usual_dose, d.breathing_at_restart_dose] {
                prop_assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{d:?}");
            }
        }
    }
}

// ---- The whole query string ----

fn any_value() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,80}",
        "[a-z0-9,#/%+-]{0,60}",
        "https://[a-z.]{1,20}/[a-z]{0,8}",
        "#[0-9a-fA-F]{3,6}",
        "[+0-9 ()-]{0,25}",
        "(guide|checks|en|none|all|signs|safer|ready|tolerance|check/signs)",
    ]
}

/// A query string with any of the settings (and keys that are none of them), each with any value,
/// written as typed or %-escaped; or any text at all.
fn any_query() -> impl Strategy<Value = String> {
    let key = prop_oneof![prop::sample::select(SETTING_NAMES.to_vec()).prop_map(String::from), "[^=&]{0,12}"];
    let pairs = prop::collection::vec((key, any_value(), any::<bool>()), 0..16).prop_map(|pairs| {
        let written: Vec<String> = pairs
            .into_iter()
            .map(|(k, v, escaped)| {
                let v = if escaped { form_urlencoded::byte_serialize(v.as_bytes()).collect() } else { v };
                format!("{k}={v}")
            })
            .collect();
        format!("?{}", written.join("&"))
    });
    prop_oneof![pairs, ".{0,400}"]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn any_query_string_gives_settings_within_every_rule(query in any_query(), hash in ".{0,40}") {
        let t = bundle(Lang::En);
        for place in [Place::Framed, Place::TopLevel] {
            let (s, warnings) = parse_query(&query, place);
            within_rules(&s, &warnings, place)?;
            // Any address lands on a screen these settings show, and a step only on a chapter that has it.
            prop_assert!(s.shows(Route::parse(&hash, t, &s)));
            let (route, step) = Route::parse_step(&hash, t, &s);
            prop_assert!(s.shows(route));
            if let Some(n) = step {
                prop_assert!(matches!(route, Route::Chapter(_)) && n < route.chapter(t).steps());
            }
            // Every warning stays short.
            prop_assert!(warnings.iter().all(|w| w.len() < 1200), "{warnings:?}");
        }
    }
}
