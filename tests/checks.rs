//! The self-checks' flow (screens, back and forward, skip, clear) and their words: every result
//! of every check is checked against the wording rules, and the text file against what it may hold.

use opioid_explainer::assessment::flow::{Action, Check, Checks, Layout, Reply, Screen, CHECKS};
use opioid_explainer::assessment::report::{always, data_url, help, help_with, question, report, summary_text, Report};
use opioid_explainer::assessment::signs::{self, SIGNS};
use opioid_explainer::config::Clinic;
use opioid_explainer::content::{bundle, Bundle, Lang};
use rstest::rstest;

fn t() -> &'static Bundle {
    bundle(Lang::En)
}

fn run(actions: impl IntoIterator<Item = Action>) -> Checks {
    let mut checks = Checks::default();
    for a in actions {
        checks.apply(a);
    }
    checks
}

fn signs_with(prescribed: Reply, bits: u32) -> Checks {
    let mut c = run([Action::Reply(Check::Signs, 0, prescribed)]);
    for i in 0..SIGNS {
        c.apply(Action::Reply(Check::Signs, i + 1, if bits >> i & 1 == 1 { Reply::Yes } else { Reply::No }));
    }
    c
}

/// Every sentence of a result: what the result page and the text file show.
fn sentences(r: &Report) -> Vec<String> {
    let mut all = vec![r.headline.clone()];
    all.extend(r.lines.iter().cloned());
    all.extend(r.steps.iter().map(|s| s.to_string()));
    all
}

/// The rules of the issue and facts §5.10: a result never diagnoses ("you have", "diagnosis",
/// "disorder"), never labels the reader with a level, and always has somewhere to turn.
fn assert_wording(r: &Report, context: &str) {
    for s in sentences(r) {
        let lower = s.to_lowercase();
        for banned in
            ["you have", "diagnos", "disorder", "addict", "abuse", "you are mild", "you are severe", "clean", "dirty"]
        {
            assert!(!lower.contains(banned), "{context}: {banned:?} in {s:?}");
        }
        assert!(!s.contains('{'), "{context}: unfilled template {s:?}");
    }
    assert!(!r.steps.is_empty(), "{context}: no next step");
}

#[rstest]
#[case::narrow(Layout::Narrow, vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])]
#[case::wide(Layout::Wide, vec![0, 1, 5, 10])]
fn signs_screens_run_intro_questions_result_and_back_again(#[case] wide: Layout, #[case] firsts: Vec<usize>) {
    let c = Check::Signs;
    let mut checks = Checks::default();
    assert_eq!(checks.screen(c), Screen::Intro);
    checks.apply(Action::Start(c));
    let mut seen = Vec::new();
    while let Screen::Question(q) = checks.screen(c) {
        seen.push(c.page(q, wide).0);
        checks.apply(Action::Next(c, wide));
    }
    assert_eq!(seen, firsts);
    assert_eq!(checks.screen(c), Screen::Result);
    let mut back = Vec::new();
    loop {
        checks.apply(Action::Back(c, wide));
        match checks.screen(c) {
            Screen::Question(q) => back.push(q),
            s => {
                assert_eq!(s, Screen::Intro);
                break;
            }
        }
    }
    back.reverse();
    assert_eq!(back, firsts, "Back visits the same screens in reverse");
    let total = firsts.len();
    assert_eq!(c.progress(firsts[total - 1], wide), (total, total));
}

#[test]
fn groups_on_wide_screens_and_progress() {
    assert_eq!(Check::Signs.page(0, Layout::Wide), (0, 1), "the prescribed question stands alone");
    assert_eq!(Check::Signs.page(7, Layout::Wide), (5, 10));
    assert_eq!(Check::Signs.progress(7, Layout::Wide), (3, 4));
    assert_eq!(Check::Signs.progress(7, Layout::Narrow), (8, 12));
    assert_eq!(Check::Safer.page(4, Layout::Wide), (3, 6));
    assert_eq!(Check::Ready.page(1, Layout::Wide), (0, 2));
    assert_eq!(Check::Ready.page(1, Layout::Narrow), (1, 2));
    assert_eq!(Check::Safer.page(99, Layout::Narrow), (5, 6), "held to the last question");
    for c in CHECKS {
        assert_eq!(Check::from_slug(c.slug()), Some(c));
    }
    assert_eq!(Check::from_slug("nope"), None);
}

#[test]
fn moving_back_and_forth_keeps_every_reply_and_choosing_never_moves_on() {
    let c = Check::Safer;
    let mut checks = run([Action::Start(c), Action::Reply(c, 0, Reply::Yes)]);
    assert_eq!(checks.screen(c), Screen::Question(0), "a reply does not advance");
    checks.apply(Action::Next(c, Layout::Narrow));
    checks.apply(Action::Reply(c, 1, Reply::No));
    checks.apply(Action::Back(c, Layout::Narrow));
    checks.apply(Action::Back(c, Layout::Narrow));
    assert_eq!(checks.screen(c), Screen::Intro);
    checks.apply(Action::Next(c, Layout::Narrow));
    checks.apply(Action::Next(c, Layout::Narrow));
    assert_eq!((checks.reply(c, 0), checks.reply(c, 1)), (Reply::Yes, Reply::No));
    // Another check's replies are its own.
    checks.apply(Action::Reply(Check::Signs, 0, Reply::No));
    assert_eq!(checks.reply(c, 0), Reply::Yes);
    // A ruler takes only values (held to 10); a yes/no question takes no value.
    checks.apply(Action::Reply(Check::Ready, 0, Reply::Scale(42)));
    checks.apply(Action::Reply(Check::Ready, 1, Reply::Yes));
    checks.apply(Action::Reply(c, 2, Reply::Scale(3)));
    checks.apply(Action::Reply(c, 99, Reply::Yes));
    assert_eq!(checks.rulers(), (Some(10), None));
    assert_eq!(checks.reply(c, 2), Reply::Skipped);
}

#[test]
fn skip_forgets_the_screen_s_replies_and_clear_forgets_everything() {
    let c = Check::Signs;
    let mut checks = run([
        Action::Start(c),
        Action::Next(c, Layout::Wide),
        Action::Reply(c, 1, Reply::Yes),
        Action::Reply(c, 2, Reply::Yes),
    ]);
    checks.apply(Action::Skip(c, Layout::Wide));
    assert_eq!(checks.screen(c), Screen::Question(5));
    assert_eq!((checks.reply(c, 1), checks.reply(c, 2)), (Reply::Skipped, Reply::Skipped));
    assert_eq!(
        report(t(), c, &checks).lines.last().unwrap(),
        "You skipped 11 questions. Skipped questions are not counted."
    );
    checks.apply(Action::Reply(Check::Ready, 0, Reply::Scale(3)));
    checks.apply(Action::Reply(c, 5, Reply::No));
    assert!(checks.holds_answers());
    checks.apply(Action::Clear);
    assert!(!checks.holds_answers());
    assert!(checks.cleared);
    assert!(CHECKS.iter().all(|&c| checks.screen(c) == Screen::Intro));
    checks.apply(Action::Start(c));
    assert!(!checks.cleared, "the notice goes once a check starts again");
}

#[test]
fn every_signs_result_counts_right_and_never_diagnoses() {
    for prescribed in [Reply::Yes, Reply::No, Reply::Skipped] {
        for bits in 0u32..(1 << SIGNS) {
            let checks = signs_with(prescribed, bits);
            let r = report(t(), Check::Signs, &checks);
            let set_aside = if prescribed == Reply::Yes { (bits >> 9 & 1) + (bits >> 10 & 1) } else { 0 };
            let counted = bits.count_ones() - set_aside;
            let context = format!("{prescribed:?} {bits:011b}");
            // Taken as prescribed, the headline counts out of the 9 signs that count, and says the
            // other 2 are set aside, so "0 of 11" never sits beside two yes answers.
            let headline = if prescribed == Reply::Yes {
                format!("You answered yes to {counted} of the 9 signs that count when opioids are taken as prescribed.")
            } else {
                format!("You answered yes to {counted} of 11 signs that clinicians look for.")
            };
            assert_eq!(r.headline, headline, "{context}");
            assert_eq!(
                r.lines.iter().any(|l| l.starts_with("Clinicians set 2 of the 11 signs aside")),
                prescribed == Reply::Yes
            );
            assert_eq!(
                r.lines.iter().any(|l| l
                    == &format!(
                        "You said yes to {set_aside} of those 2. On its own, that is not a sign of a problem with use."
                    )),
                set_aside > 0,
                "{context}"
            );
            // One sign that is a danger in itself (using before driving) points to staying safer.
            let one_risk = counted == 1 && bits >> signs::RISKY_USE & 1 == 1;
            assert_eq!(r.lines.iter().any(|l| l.contains("is dangerous in itself")), one_risk, "{context}");
            assert_eq!(r.link, one_risk.then_some(("#/check/safer", "Take the Staying safer check")), "{context}");
            assert_eq!(
                r.lines.iter().any(|l| l.starts_with("You skipped the question about taking opioids as prescribed")),
                prescribed == Reply::Skipped
            );
            assert!(
                r.lines.iter().any(|l| l.contains("mild (2 or 3 signs), moderate (4 or 5) or severe (6 or more)")),
                "{context}"
            );
            let talk = r.steps.iter().any(|s| s.starts_with("Talk with"));
            assert!(talk, "{context}: always offers someone to talk to");
            assert_eq!(r.steps[0].starts_with("Talk with"), counted >= 2, "{context}");
            assert_wording(&r, &context);
        }
    }
}

#[test]
fn every_safer_result_gives_a_step_per_risk_and_never_diagnoses() {
    let words = |k: &str| t().tr(k);
    let step_keys = ["not_alone", "dont_mix", "start_low", "go_slow", "plan", "get_naloxone"];
    for bits in 0u32..64 {
        let mut checks = Checks::default();
        for i in 0..6 {
            let present = bits >> i & 1 == 1;
            // The last question asks whether naloxone is at hand: "no" is the risk.
            let yes = if i == 5 { !present } else { present };
            checks.apply(Action::Reply(Check::Safer, i, if yes { Reply::Yes } else { Reply::No }));
        }
        let r = report(t(), Check::Safer, &checks);
        let expected: Vec<&str> = if bits == 0 {
            // No risk, and naloxone at hand: no "get naloxone".
            ["not_alone", "start_low"].iter().map(|k| words(&format!("check.safer.{k}"))).collect()
        } else {
            (0..6).filter(|i| bits >> i & 1 == 1).map(|i| words(&format!("check.safer.{}", step_keys[i]))).collect()
        };
        assert_eq!(r.steps, expected, "{bits:06b}");
        let alone = r.steps.contains(&words("check.safer.not_alone"));
        assert_eq!(r.link, alone.then_some(("https://neverusealone.com/", "Never Use Alone: neverusealone.com")));
        assert_eq!(r.lines[0], if bits == 0 { words("check.safer.general") } else { words("check.safer.specific") });
        assert_wording(&r, &format!("safer {bits:06b}"));
    }
    let skipped = report(t(), Check::Safer, &Checks::default());
    assert!(skipped.lines[1].starts_with("You skipped 6 questions."));
}

#[test]
fn every_ruler_pair_reflects_toward_change_and_never_diagnoses() {
    let values: Vec<Option<u8>> = std::iter::once(None).chain((0..=10).map(Some)).collect();
    for &i in &values {
        for &c in &values {
            let mut checks = Checks::default();
            for (q, v) in [(0, i), (1, c)] {
                if let Some(v) = v {
                    checks.apply(Action::Reply(Check::Ready, q, Reply::Scale(v)));
                }
            }
            let r = report(t(), Check::Ready, &checks);
            let context = format!("importance {i:?}, confidence {c:?}");
            assert_wording(&r, &context);
            match i {
                Some(0) => assert!(
                    r.lines.iter().any(|l| l.contains("What would have to happen for it to be a 1?")),
                    "{context}"
                ),
                Some(n) => {
                    let asked = format!("Why a {n} and not a {}?", n.saturating_sub(2));
                    assert!(r.lines.iter().any(|l| l.contains(&asked)), "{context}");
                }
                None => assert!(!r.lines.iter().any(|l| l.contains("for how important")), "{context}"),
            }
            if let Some(n) = c.filter(|&n| n < 10) {
                let asked = format!("What would it take to get from {n} to {}?", n + 1);
                assert!(r.lines.iter().any(|l| l.contains(&asked)), "{context}");
            }
            let expected = match (i, c) {
                (Some(i), Some(c)) if i >= 7 && c >= 7 => "Reach out now.",
                (Some(i), _) if i >= 4 => "Take a small step.",
                _ => "Learn more, at your own pace.",
            };
            assert_eq!(r.headline, expected, "{context}");
            // "It is normal to feel unsure" only where the reader said they feel unsure.
            let unsure = r.lines.iter().any(|l| l.contains("it is normal to feel unsure"));
            assert_eq!(unsure, expected == "Take a small step." && c.is_some_and(|c| c < 7), "{context}");
            let skipped = i.is_none() as usize + c.is_none() as usize;
            assert_eq!(
                r.lines.iter().any(|l| l == &format!("You skipped {skipped} questions.")),
                skipped > 0,
                "{context}"
            );
        }
    }
}

#[test]
fn every_result_comes_with_treatment_naloxone_and_help() {
    assert_eq!(
        always(t()),
        [
            "Treatment works. Medicines such as buprenorphine and methadone cut the risk of dying by about half.",
            "Naloxone (Narcan) can reverse an opioid overdose. Pharmacies sell it without a prescription. If you or someone at home takes opioids, for pain or not, keep it close and tell others where it is."
        ]
    );
    let lines = help(t()).join("\n");
    for needed in ["911", "naloxone", "988", "1-800-662-4357", "FindTreatment.gov"] {
        assert!(lines.contains(needed), "{needed}");
    }
    for c in CHECKS {
        let text = summary_text(t(), c, &Checks::default(), &Clinic::default());
        for line in always(t()).iter().chain(help(t()).iter()) {
            assert!(text.contains(line), "{c:?}: {line}");
        }
    }
}

#[test]
fn the_text_file_holds_the_answers_and_the_result_and_nothing_else() {
    let mut checks = run([Action::Reply(Check::Safer, 0, Reply::Yes), Action::Reply(Check::Safer, 5, Reply::Yes)]);
    checks.apply(Action::Reply(Check::Signs, 1, Reply::Yes));
    let text = summary_text(t(), Check::Safer, &checks, &Clinic::default());
    let expected = "\
Understanding Opioids
Staying safer

This is a check-in to help you think. It is not a diagnosis, and it cannot tell you what to do.

Your answers
These questions are about how you use opioids these days. There are no right or wrong answers.
- Do you sometimes use opioids when no one else is around? — Yes
- Do you ever use opioids with alcohol, benzodiazepines (such as Xanax or Valium) or other drugs that make you sleepy? — Skipped
- Have you gone a few days or more without opioids lately, for example in detox, a hospital, jail or prison? — Skipped
- Is your supply new, changed, or not from a pharmacy, so you cannot be sure what is in it? — Skipped
- Have you ever had an overdose? — Skipped
- Is naloxone (Narcan) close at hand when you use? — Yes

Your result
Steps for what you told us
These steps lower the risk for what you told us:
You skipped 4 questions. If any of those risks is part of your life, the chapter Fentanyl and staying safer has steps for each one.

What you could do next
Try not to take opioids alone, most of all if they are not from a pharmacy or you mix them. If you do, ask someone to check on you, or call a never-use-alone line: a person stays on the phone and sends help if you stop answering.
Never Use Alone: neverusealone.com

Treatment works. Medicines such as buprenorphine and methadone cut the risk of dying by about half.
Naloxone (Narcan) can reverse an opioid overdose. Pharmacies sell it without a prescription. If you or someone at home takes opioids, for pain or not, keep it close and tell others where it is.

Help, any time
Emergency: call 911. If someone may be overdosing, give naloxone (Narcan) and stay with them.
Crisis, or worries about drugs or alcohol: call or text 988, day and night.
Free, private treatment referral: SAMHSA National Helpline, 1-800-662-4357, day and night.
Find treatment near you: FindTreatment.gov.
";
    assert_eq!(text, expected, "only the safer check's answers: nothing from another check, no date, no identifier");
    assert!(!text.contains("more opioids"), "the signs check's reply stays out of the safer file");
    assert_eq!(question(t(), Check::Signs, 12), "", "past the last question");
}

/// Decodes the `data:` URL the way a browser does, so the file is exactly the text.
#[test]
fn the_download_link_carries_the_text_byte_for_byte() {
    let text = "Línea 1: 50% & more?\n— #2 /x\n";
    let url = data_url(text);
    let body = url.strip_prefix("data:text/plain;charset=utf-8,").expect("a plain-text data URL");
    assert!(body.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)), "{body}");
    let mut bytes = Vec::new();
    let mut it = body.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex = [it.next().unwrap(), it.next().unwrap()];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
        } else {
            bytes.push(b);
        }
    }
    assert_eq!(String::from_utf8(bytes).unwrap(), text);
}

#[test]
fn chapters_may_link_to_exactly_the_checks_that_exist() {
    let slugs: Vec<&str> = CHECKS.iter().map(|c| c.slug()).collect();
    assert_eq!(slugs, content_compiler::CHECK_SLUGS);
}

/// The checks are read by people who may be scared or unwell: their words read at US grade 8 or
/// lower, like the chapters (the same Flesch–Kincaid measure).
#[test]
fn the_checks_words_read_at_grade_8_or_lower() {
    let t = t();
    for c in CHECKS {
        let mut blocks: Vec<String> = (0..c.questions()).map(|q| question(t, c, q).to_string()).collect();
        blocks.push(opioid_explainer::assessment::report::lead(t, c).into());
        // A result with every kind of line: answers that bring the most wording.
        let mut checks = Checks::default();
        for q in 0..c.questions() {
            checks.apply(Action::Reply(c, q, if c.rulers() { Reply::Scale(5) } else { Reply::Yes }));
        }
        for checks in [checks, Checks::default()] {
            let r = report(t, c, &checks);
            blocks.push(r.headline);
            blocks.extend(r.lines);
            blocks.extend(r.steps.iter().map(|s| s.to_string()));
        }
        let grade = content_compiler::readability::fk_grade(&blocks);
        assert!(grade <= 8.0, "{c:?}: grade {grade:.1}");
    }
    let shared: Vec<String> = ["check.intro_not", "check.intro_private", "check.intro_skip", "check.keep_note"]
        .iter()
        .map(|k| t.tr(k).to_string())
        .chain(always(t).iter().chain(help(t).iter()).map(|s| s.to_string()))
        .collect();
    let grade = content_compiler::readability::fk_grade(&shared);
    assert!(grade <= 8.0, "shared words: grade {grade:.1}");
}

#[test]
fn each_result_points_to_chapters_that_exist() {
    for c in CHECKS {
        let related = opioid_explainer::assessment::report::related(c);
        assert!(!related.is_empty());
        for slug in related {
            assert!(t().chapter(slug).is_some(), "{c:?}: no chapter {slug}");
        }
    }
}

#[test]
fn a_clinics_line_comes_first_in_the_results_and_the_text_file_and_911_and_988_stay() {
    let clinic = Clinic {
        name: Some("Riverside Health".into()),
        phone: Some("(555) 010-2000".into()),
        sms: Some("555 010 3000".into()),
        url: None,
        hours: Some("Mon–Fri 9–5".into()),
    };
    let lines = help_with(t(), &clinic);
    assert_eq!(lines[0], "Riverside Health: call (555) 010-2000 or text 555 010 3000, Mon–Fri 9–5.");
    assert_eq!(lines[1..], help(t()).map(String::from), "911, 988, SAMHSA and FindTreatment.gov all stay");
    let text = summary_text(t(), Check::Signs, &Checks::default(), &clinic);
    let help_at = text.find("Help, any time\n").expect("the help heading");
    assert!(
        text[help_at..].starts_with("Help, any time\nRiverside Health: call (555) 010-2000"),
        "{}",
        &text[help_at..]
    );
    let phone_only = Clinic { phone: Some("555-0100".into()), ..Clinic::default() };
    assert_eq!(help_with(t(), &phone_only)[0], "The clinic that offers this guide: call 555-0100.");
    let name_only = Clinic { name: Some("No Number Clinic".into()), ..Clinic::default() };
    assert_eq!(help_with(t(), &name_only), help(t()).map(String::from), "no number, no line");
}

#[test]
fn the_help_bar_has_the_clinic_then_911_988_and_samhsa_and_results_add_findtreatment() {
    use opioid_explainer::help_lines::{bar, results};
    let clinic = Clinic { name: Some("Riverside Health".into()), phone: Some("555-0100".into()), ..Clinic::default() };
    let lines = bar(t(), &clinic);
    let shape: Vec<(bool, bool, String)> = lines.iter().map(|l| (l.clinic, l.emergency, l.labels())).collect();
    assert_eq!(
        shape,
        [
            (true, false, "Call 555-0100".to_string()),
            (false, true, "Call 911".to_string()),
            (false, false, "Call 988 · Text 988".to_string()),
            (false, false, "1-800-662-4357".to_string()),
        ]
    );
    assert_eq!(lines[0].links[0].0, "tel:5550100");
    assert_eq!(bar(t(), &Clinic::default()).len(), 3, "no clinic number, no clinic line");
    let hrefs: Vec<String> = results(t(), &clinic).into_iter().map(|(href, _)| href).collect();
    assert_eq!(hrefs, ["tel:5550100", "tel:911", "tel:988", "tel:+18006624357", "https://findtreatment.gov/"]);
}

/// The same rules in Spanish, over every result of every check: never a diagnosis or a label,
/// always a next step, no unfilled template; and each result is built like the English one (the
/// same number of lines and steps, the same link), so the Spanish words follow the same logic.
fn assert_spanish_like_english(check: Check, checks: &Checks, context: &str) {
    let (es, en) = (report(bundle(Lang::Es), check, checks), report(bundle(Lang::En), check, checks));
    for s in sentences(&es) {
        let lower = s.to_lowercase();
        for banned in [
            "usted tiene",
            "tiene un trastorno",
            "diagnóstic",
            "trastorno",
            "adict",
            "abuso",
            "usted es",
            "limpi",
            "sucio",
        ] {
            assert!(!lower.contains(banned), "{context}: {banned:?} in {s:?}");
        }
        assert!(!s.contains('{'), "{context}: unfilled template {s:?}");
    }
    assert!(!es.steps.is_empty(), "{context}: no next step");
    assert_eq!((es.lines.len(), es.steps.len()), (en.lines.len(), en.steps.len()), "{context}");
    assert_eq!(es.link.map(|l| l.0), en.link.map(|l| l.0), "{context}");
    assert_ne!(es.headline, en.headline, "{context}: the headline is translated");
}

#[test]
fn every_result_in_spanish_never_diagnoses_and_always_gives_a_next_step() {
    for prescribed in [Reply::Yes, Reply::No, Reply::Skipped] {
        for bits in 0u32..(1 << SIGNS) {
            assert_spanish_like_english(Check::Signs, &signs_with(prescribed, bits), &format!("signs {bits:011b}"));
        }
    }
    for bits in 0u32..64 {
        let checks = run(
            (0..6).map(|i| Action::Reply(Check::Safer, i, if bits >> i & 1 == 1 { Reply::Yes } else { Reply::No }))
        );
        assert_spanish_like_english(Check::Safer, &checks, &format!("safer {bits:06b}"));
    }
    let values: Vec<Option<u8>> = std::iter::once(None).chain((0..=10).map(Some)).collect();
    for &i in &values {
        for &c in &values {
            let replies = [(0, i), (1, c)]
                .into_iter()
                .filter_map(|(q, v)| Some(Action::Reply(Check::Ready, q, Reply::Scale(v?))));
            assert_spanish_like_english(Check::Ready, &run(replies), &format!("ready {i:?} {c:?}"));
        }
    }
    let es = bundle(Lang::Es);
    let file = summary_text(es, Check::Safer, &Checks::default(), &Clinic::default());
    for needed in ["911", "oprima 2", "AYUDA", "1-800-662-4357", "en español", "FindTreatment.gov", "naloxona"] {
        assert!(file.contains(needed), "the Spanish text file has {needed:?}");
    }
}

/// The checks' Spanish words read "fairly easy" (Fernández-Huerta at least 70), like the chapters.
#[test]
fn the_checks_spanish_words_are_fairly_easy_to_read() {
    let t = bundle(Lang::Es);
    for c in CHECKS {
        let mut blocks: Vec<String> = (0..c.questions()).map(|q| question(t, c, q).to_string()).collect();
        let mut checks = Checks::default();
        for q in 0..c.questions() {
            checks.apply(Action::Reply(c, q, if c.rulers() { Reply::Scale(5) } else { Reply::Yes }));
        }
        let r = report(t, c, &checks);
        blocks.push(r.headline);
        blocks.extend(r.lines);
        blocks.extend(r.steps.iter().map(|s| s.to_string()));
        let ease = content_compiler::readability::fernandez_huerta(&blocks);
        assert!(ease >= 70.0, "{c:?}: Fernández-Huerta {ease:.1}");
    }
}
