use opioid_explainer::quick_exit::{ShiftCounter, WINDOW_MS};
use rstest::rstest;

fn presses(keys: &[(&str, f64)]) -> Vec<bool> {
    let mut c = ShiftCounter::default();
    keys.iter().map(|(k, t)| c.press(k, *t)).collect()
}

#[rstest]
#[case::three_quick_shifts(&[("Shift", 0.0), ("Shift", 200.0), ("Shift", 400.0)], vec![false, false, true])]
#[case::capitals_do_not_count(&[("Shift", 0.0), ("A", 50.0), ("Shift", 100.0), ("B", 150.0), ("Shift", 200.0)], vec![false; 5])]
#[case::a_long_pause_restarts(&[("Shift", 0.0), ("Shift", 200.0), ("Shift", 200.0 + WINDOW_MS + 1.0)], vec![false, false, false])]
#[case::counts_again_after_leaving(&[("Shift", 0.0), ("Shift", 1.0), ("Shift", 2.0), ("Shift", 3.0), ("Shift", 4.0), ("Shift", 5.0)], vec![false, false, true, false, false, true])]
#[case::nan_time_never_triggers(&[("Shift", f64::NAN), ("Shift", f64::NAN), ("Shift", f64::NAN)], vec![false, false, false])]
fn shift_three_times(#[case] keys: &[(&str, f64)], #[case] expected: Vec<bool>) {
    assert_eq!(presses(keys), expected);
}
