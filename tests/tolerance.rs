//! The tolerance model against facts §2.4 (model-check.py) and its properties for any scenario.

use opioid_explainer::model::tolerance::{after_stopping, breathing_after, course, Scenario, SHIFT_BREATHING};
use proptest::prelude::*;
use rstest::rstest;

/// §2.4's scenario: 60 days of daily use at 20 doses, then a month without.
const DAILY_20: Scenario = Scenario { use_days: 60, days_per_week: 7, dose: 20.0, break_days: 30, restart_dose: 20.0 };

#[rstest]
#[case(3, 0.5630, 0.1914)]
#[case(7, 0.6719, 0.3008)]
#[case(14, 0.6837, 0.3543)]
#[case(30, 0.6839, 0.3657)]
fn tolerance_builds_as_model_check_says(#[case] day: usize, #[case] feeling: f64, #[case] breathing: f64) {
    let d = course(&DAILY_20)[day];
    assert!((d.tolerance_feeling - feeling).abs() < 5e-4, "{d:?}");
    assert!((d.tolerance_breathing - breathing).abs() < 5e-4, "{d:?}");
}

/// The §2.4 table: days after stopping → breathing tolerance shift and breathing lost at the old dose.
#[rstest]
#[case(0, 16.368, 32.41)]
#[case(3, 10.822, 60.99)]
#[case(5, 8.288, 76.75)]
#[case(7, 6.407, 87.01)]
#[case(14, 2.902, 98.12)]
#[case(21, 1.669, 99.47)]
fn loss_of_tolerance_matches_the_reference_table(
    #[case] days_after: u32,
    #[case] shift: f64,
    #[case] percent_lost: f64,
) {
    let d = after_stopping(&DAILY_20, days_after).expect("within the scenario");
    assert!(!d.using);
    assert!((1.0 + SHIFT_BREATHING * d.tolerance_breathing - shift).abs() < 0.01, "{d:?}");
    assert!(((1.0 - d.breathing_at_usual_dose) * 100.0 - percent_lost).abs() < 0.5, "{d:?}");
}

#[test]
fn the_old_dose_becomes_life_threatening_within_a_week_of_stopping() {
    let first_dangerous = (0..=30).find(|&k| after_stopping(&DAILY_20, k).unwrap().breathing_at_usual_dose < 0.2);
    assert_eq!(first_dangerous, Some(6), "breathing under a fifth of normal from day 6 after stopping (§2.4)");
    let tolerant = after_stopping(&DAILY_20, 0).unwrap().breathing_at_usual_dose;
    assert!(
        (0.6..0.7).contains(&tolerant),
        "while tolerant, the same dose still takes a third of breathing: {tolerant}"
    );
}

#[test]
fn the_dose_needed_to_feel_the_same_rises_about_thirtyfold_with_daily_use() {
    let d = course(&DAILY_20)[59];
    assert!((d.dose_to_feel_the_same - 31.78).abs() < 0.1, "{d:?}");
    assert!(d.tolerance_breathing < d.tolerance_feeling, "breathing tolerance lags behind");
}

#[test]
fn using_less_often_builds_less_tolerance() {
    let weekends = Scenario { days_per_week: 2, ..DAILY_20 };
    assert!(course(&weekends)[59].tolerance_feeling < course(&DAILY_20)[59].tolerance_feeling);
    assert_eq!(breathing_after(0.0, 0.5), 1.0);
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    let amount = || prop_oneof![Just(f64::NAN), Just(-5.0), Just(f64::INFINITY), 0.0..200.0f64];
    (0u32..400, 0u32..12, amount(), 0u32..200, amount()).prop_map(
        |(use_days, days_per_week, dose, break_days, restart_dose)| Scenario {
            use_days,
            days_per_week,
            dose,
            break_days,
            restart_dose,
        },
    )
}

proptest! {
    #[test]
    fn tolerance_stays_between_0_and_1_and_nothing_is_nan(s in any_scenario()) {
        for d in course(&s) {
            for v in [d.tolerance_feeling, d.tolerance_breathing, d.breathing_at_usual_dose, d.breathing_at_restart_dose] {
                prop_assert!(v.is_finite() && (0.0..=1.0).contains(&v), "{:?}", d);
            }
            prop_assert!(d.dose_to_feel_the_same.is_finite() && d.dose_to_feel_the_same >= 1.0);
        }
    }

    #[test]
    fn tolerance_never_rises_on_a_day_without_use(s in any_scenario()) {
        let days = course(&s);
        for w in days.windows(2) {
            if !w[0].using {
                prop_assert!(w[1].tolerance_feeling <= w[0].tolerance_feeling);
                prop_assert!(w[1].tolerance_breathing <= w[0].tolerance_breathing);
            }
        }
    }

    #[test]
    fn after_stopping_the_old_dose_never_gets_safer(s in any_scenario()) {
        let days = course(&s);
        let stopped = &days[s.use_days.min(days.len() as u32 - 1) as usize..];
        for w in stopped.windows(2) {
            prop_assert!(w[1].breathing_at_usual_dose <= w[0].breathing_at_usual_dose + 1e-12);
            prop_assert!(w[1].breathing_at_restart_dose <= w[0].breathing_at_restart_dose + 1e-12);
        }
    }

    #[test]
    fn restarting_lower_never_slows_breathing_more_than_the_old_dose(s in any_scenario()) {
        let lower = Scenario { restart_dose: s.dose.max(0.0) / 4.0, ..s };
        for d in course(&lower) {
            prop_assert!(d.breathing_at_restart_dose >= d.breathing_at_usual_dose - 1e-12, "{:?}", d);
        }
    }
}

#[test]
fn each_break_preset_shows_what_the_old_dose_would_now_do() {
    use opioid_explainer::model::describe::{danger, Danger};
    use opioid_explainer::model::tolerance::{Break, DEFAULT_SCENARIO};
    let at = |b: Break| {
        let s = Scenario { break_days: b.days(), ..DEFAULT_SCENARIO };
        danger(after_stopping(&s, b.days()).unwrap().breathing_at_usual_dose)
    };
    assert_eq!(at(Break::FewDays), Danger::Slowed, "after 3 days the old dose already takes most of breathing");
    assert_eq!(at(Break::HospitalWeek), Danger::LifeThreatening, "after a week it is life-threatening");
    assert_eq!(at(Break::DetoxMonth), Danger::Stopping);
    assert_eq!(at(Break::PrisonRelease), Danger::Stopping, "all tolerance gone: the old dose stops breathing");
    let few = Scenario { break_days: 3, ..DEFAULT_SCENARIO };
    let week = Scenario { break_days: 7, ..DEFAULT_SCENARIO };
    assert!(
        after_stopping(&week, 7).unwrap().breathing_at_usual_dose
            < after_stopping(&few, 3).unwrap().breathing_at_usual_dose,
        "the longer the break, the more dangerous the old dose"
    );
}

// ---- The tolerance chapter's danger line and both chapters' sentences ----

use opioid_explainer::content::{bundle, Lang};
use opioid_explainer::model::describe;
use opioid_explainer::model::tolerance::dangerous_dose;

#[test]
fn the_dangerous_dose_is_where_breathing_falls_to_a_fifth_and_chasing_the_feeling_crosses_it() {
    for t in [0.0, 0.1, 0.37, 0.8, 1.0] {
        let d = dangerous_dose(t);
        assert!((breathing_after(d, t) - 0.2).abs() < 1e-9, "tolerance {t}: {d} doses");
    }
    assert!(
        (dangerous_dose(0.0) - 2.586).abs() < 0.01,
        "about 2.6 doses for someone new to opioids (§2.4; Dahan 2005: about 2 stopped breathing)"
    );
    let days = course(&Scenario { use_days: 30, days_per_week: 7, dose: 20.0, break_days: 0, restart_dose: 20.0 });
    let gap =
        |d: &opioid_explainer::model::tolerance::Day| dangerous_dose(d.tolerance_breathing) / d.dose_to_feel_the_same;
    assert!((gap(&days[0]) - 2.586).abs() < 0.01);
    // Tolerance to the feeling races ahead in the first days: taking enough to feel what 1 dose
    // did would be past the danger line on days 1 to 4 of daily use (§2.4's rates).
    let crossed: Vec<u32> = days.iter().filter(|d| gap(d) < 1.0).map(|d| d.day).collect();
    assert_eq!(crossed, [1, 2, 3, 4]);
    // Then breathing tolerance partly catches up, but the two stay close (§3.2).
    assert!((gap(&days[30]) - 1.33).abs() < 0.02, "{}", gap(&days[30]));
    assert!(days[1..].iter().all(|d| gap(d) < 1.4), "never back near where it started");
    assert!(
        dangerous_dose(f64::NAN).is_finite()
            && dangerous_dose(-1.0) == dangerous_dose(0.0)
            && dangerous_dose(5.0) == dangerous_dose(1.0)
    );
}

#[test]
fn restart_and_tolerance_sentences_say_what_the_model_shows() {
    let t = bundle(Lang::En);
    let s = DAILY_20;
    let at = |d| after_stopping(&s, d).unwrap().breathing_at_usual_dose;
    for (day, sentence) in [
        (0, "On the day they stop, their usual amount: Breathing is slower, at about two thirds of normal."),
        (3, "3 days after they stop, the same amount as before: Breathing is at about a third of normal."),
        (
            7,
            "7 days after they stop, the same amount as before: Breathing is at less than a fifth of normal. This is life-threatening.",
        ),
        (14, "14 days after they stop, the same amount as before: Breathing has almost stopped. This is an overdose."),
    ] {
        assert_eq!(describe::restart(t, day, at(day)), sentence);
    }
    assert_eq!(
        describe::tolerance(t, 0, 1.0, dangerous_dose(0.0), 20.0, breathing_after(20.0, 0.0)),
        "At the start, 1 dose has its full effect. About 2 doses can make breathing life-threatening, and for some people, or with fentanyl, less is enough. Their usual amount, 20 doses: Breathing has almost stopped. This is an overdose."
    );
    let month = course(&Scenario { use_days: 30, days_per_week: 7, dose: 20.0, break_days: 0, restart_dose: 20.0 });
    let say = |d: &opioid_explainer::model::tolerance::Day| {
        describe::tolerance(
            t,
            d.day,
            d.dose_to_feel_the_same,
            dangerous_dose(d.tolerance_breathing),
            20.0,
            d.breathing_at_usual_dose,
        )
    };
    assert_eq!(
        say(&month[14]),
        "Day 14: it takes about 32 doses to feel what 1 did at first. About 41 doses can make breathing life-threatening, and for some people, or with fentanyl, less is enough. Their usual amount, 20 doses: Breathing is slower, at about two thirds of normal."
    );
    assert_eq!(
        say(&month[2]),
        "Day 2: it would take about 22 doses to feel what 1 did at first, but about 18 doses can make breathing life-threatening, and for some people, or with fentanyl, less is enough. Their usual amount, 20 doses: Breathing is at less than a fifth of normal. This is life-threatening."
    );
}

// ---- Withdrawal ----

use opioid_explainer::model::withdrawal::{intensity, phase, timeline, Opioid, Phase};

#[rstest]
#[case(Opioid::ShortActing, 3.0, Phase::NotYet)]
#[case(Opioid::ShortActing, 8.0, Phase::MayStart)]
#[case(Opioid::ShortActing, 18.0, Phase::Early)]
#[case(Opioid::ShortActing, 36.0, Phase::Peak)]
#[case(Opioid::ShortActing, 100.0, Phase::Easing)]
#[case(Opioid::ShortActing, 170.0, Phase::Over)]
#[case(Opioid::Methadone, 24.0, Phase::NotYet)]
#[case(Opioid::Methadone, 48.0, Phase::MayStart)]
#[case(Opioid::Methadone, 84.0, Phase::Peak)]
#[case(Opioid::Methadone, 300.0, Phase::Easing)]
#[case(Opioid::Methadone, 500.0, Phase::Over)]
fn withdrawal_phases_follow_the_ranges_of_the_facts_file(
    #[case] o: Opioid,
    #[case] hour: f64,
    #[case] expected: Phase,
) {
    assert_eq!(phase(o, hour), expected);
}

#[test]
fn withdrawal_ranges_are_the_sourced_ones_and_the_shape_is_bounded_and_ordered() {
    let short = timeline(Opioid::ShortActing);
    assert_eq!(
        (short.onset, short.peak, short.over),
        ((6.0, 12.0), (24.0, 48.0), (96.0, 168.0)),
        "ClinicalKey: 6–12 h, 24–48 h, then 3–5 days"
    );
    assert_eq!(timeline(Opioid::Methadone).onset, (30.0, 72.0), "ClinicalKey: 30–72 h");
    for o in [Opioid::ShortActing, Opioid::Methadone] {
        let t = timeline(o);
        assert!(t.onset.0 < t.onset.1 && t.onset.1 <= t.peak.0 && t.peak.1 < t.over.0 + 1e-9, "{o:?}");
        let mut last = Phase::NotYet;
        for h in 0..600 {
            let p = phase(o, f64::from(h));
            assert!(p >= last, "{o:?}: phases never go back ({h} h)");
            last = p;
            let i = intensity(o, f64::from(h));
            assert!((0.0..=1.0).contains(&i), "{o:?} {h} h: {i}");
        }
        assert_eq!(intensity(o, (t.peak.0 + t.peak.1) / 2.0), 1.0);
    }
    // Methadone starts later and lasts longer.
    assert!(intensity(Opioid::Methadone, 24.0) < intensity(Opioid::ShortActing, 24.0));
    assert!(intensity(Opioid::Methadone, 240.0) > intensity(Opioid::ShortActing, 240.0));
    for bad in [f64::NAN, -5.0, f64::INFINITY] {
        assert!(intensity(Opioid::ShortActing, bad).is_finite());
    }
    assert_eq!(phase(Opioid::ShortActing, f64::NAN), Phase::NotYet);
}

#[test]
fn withdrawal_sentences_say_when_and_what() {
    let t = bundle(Lang::En);
    assert_eq!(
        describe::withdrawal(t, Opioid::ShortActing, 0.0),
        "0 hours after the last dose: Withdrawal has usually not started yet."
    );
    assert_eq!(
        describe::withdrawal(t, Opioid::ShortActing, 36.0),
        "36 hours after the last dose: Withdrawal is usually at its worst: the early signs, plus stomach cramps, diarrhea, nausea, vomiting, goose bumps and wide pupils."
    );
    assert_eq!(describe::withdrawal(t, Opioid::Methadone, 36.0), "36 hours after the last dose: Withdrawal may be starting: feeling uneasy, yawning, sweating, a runny nose and watery eyes.");
    assert_eq!(
        describe::withdrawal(t, Opioid::ShortActing, 504.0),
        "21 days after the last dose: The worst is usually over. Poor sleep, low mood and cravings can last for weeks or months."
    );
}
