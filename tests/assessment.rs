//! The self-checks' scoring, exhaustively where it can be: every combination of the signs check,
//! every subset of the safety factors, every ruler value.

use opioid_explainer::assessment::ready::{reflection, stage, Stage};
use opioid_explainer::assessment::safer::{self, Factor, Step, FACTORS, GENERAL};
use opioid_explainer::assessment::signs::{level, score, Answers, Level, SIGNS, TOLERANCE, WITHDRAWAL};
use opioid_explainer::assessment::Answer;
use proptest::prelude::*;

fn from_bits(bits: u32) -> [Answer; SIGNS] {
    std::array::from_fn(|i| if bits >> i & 1 == 1 { Answer::Yes } else { Answer::No })
}

#[test]
fn every_one_of_the_2048_combinations_scores_right_with_and_without_only_as_prescribed() {
    for bits in 0u32..(1 << SIGNS) {
        for prescribed in [Answer::Yes, Answer::No, Answer::Skipped] {
            let outcome = score(&Answers { only_as_prescribed: prescribed, signs: from_bits(bits) });
            let set_aside: Vec<usize> = [TOLERANCE, WITHDRAWAL]
                .into_iter()
                .filter(|&i| prescribed == Answer::Yes && bits >> i & 1 == 1)
                .collect();
            assert_eq!(outcome.yes, bits.count_ones() as usize - set_aside.len(), "{bits:011b} {prescribed:?}");
            assert_eq!(outcome.not_counted, set_aside);
            assert!(outcome.skipped.is_empty());
            assert_eq!(outcome.prescribed_skipped, prescribed == Answer::Skipped);
            assert_eq!(outcome.level, level(outcome.yes));
        }
    }
}

#[test]
fn levels_follow_the_clinical_bands() {
    let levels: Vec<Level> = (0..=11).map(level).collect();
    use Level::*;
    assert_eq!(
        levels,
        [BelowTwo, BelowTwo, Mild, Mild, Moderate, Moderate, Severe, Severe, Severe, Severe, Severe, Severe]
    );
}

fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Skipped)]
}

proptest! {
    #[test]
    fn skipped_questions_are_reported_and_every_answer_is_accounted_for(
        signs in prop::array::uniform11(any_answer()), prescribed in any_answer()
    ) {
        let outcome = score(&Answers { only_as_prescribed: prescribed, signs });
        let skipped: Vec<usize> = (0..SIGNS).filter(|&i| signs[i] == Answer::Skipped).collect();
        prop_assert_eq!(&outcome.skipped, &skipped);
        let no = signs.iter().filter(|a| **a == Answer::No).count();
        prop_assert_eq!(outcome.yes + outcome.not_counted.len() + outcome.skipped.len() + no, SIGNS);
    }
}

#[test]
fn each_safety_factor_present_brings_its_own_step_in_order_and_none_brings_the_general_steps() {
    for bits in 0u32..(1 << FACTORS.len()) {
        let answers: [Answer; 6] = std::array::from_fn(|i| if bits >> i & 1 == 1 { Answer::Yes } else { Answer::No });
        let outcome = safer::result(&answers);
        let expected: Vec<Step> =
            FACTORS.iter().enumerate().filter(|(i, _)| bits >> i & 1 == 1).map(|(_, f)| safer::step(*f)).collect();
        if bits == 0 {
            assert!(outcome.general);
            // No risk, and naloxone at hand: the general steps, without "get naloxone".
            assert_eq!(outcome.steps, [Step::NotAlone, Step::StartLow]);
        } else {
            assert!(!outcome.general);
            assert_eq!(outcome.steps, expected, "{bits:06b}");
        }
    }
    let naloxone_unknown =
        safer::result(&[Answer::No, Answer::No, Answer::No, Answer::No, Answer::No, Answer::Skipped]);
    assert_eq!(naloxone_unknown.steps, GENERAL.to_vec(), "naloxone not answered: get it is still a step");
    let all_skipped = safer::result(&[Answer::Skipped; 6]);
    assert_eq!(all_skipped.skipped, FACTORS.to_vec());
    assert!(all_skipped.general);
    assert_eq!(safer::step(Factor::RecentBreak), Step::StartLow);
    assert_eq!(safer::step(Factor::NoNaloxone), Step::GetNaloxone);
}

#[test]
fn rulers_reflect_toward_change_and_pick_next_steps_for_every_value() {
    assert_eq!(reflection(Some(4)), Some((4, 2)), "Why a 4 and not a 2?");
    assert_eq!(reflection(Some(1)), Some((1, 0)));
    assert_eq!(reflection(Some(0)), None, "nothing lower to ask about");
    assert_eq!(reflection(None), None, "skipped");
    assert_eq!(reflection(Some(200)), Some((10, 8)), "out-of-range values are held to the ruler");
    for i in 0..=10u8 {
        for c in 0..=10u8 {
            let expected = if i >= 7 && c >= 7 {
                Stage::Ready
            } else if i >= 4 {
                Stage::Building
            } else {
                Stage::Exploring
            };
            assert_eq!(stage(Some(i), Some(c)), expected, "importance {i}, confidence {c}");
        }
        assert_eq!(stage(Some(i), None), if i >= 4 { Stage::Building } else { Stage::Exploring });
    }
    assert_eq!(stage(None, Some(10)), Stage::Exploring);
}
