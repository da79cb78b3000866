//! Words that stigmatise (NIDA, "Words Matter"; design.md, content rules), in every language the
//! guide is written in (each list applies to every file: a word names its own language). Checked
//! line by line in chapters, pages, knowledge checks and UI strings, so a message can name the
//! line. Reference titles are others' words and are not checked.

use crate::{ContentError, SourceFile};

/// (word, what to say instead). Matched as whole words, case-insensitively.
pub fn forbidden_words() -> &'static [(&'static str, &'static str)] {
    &[
        ("addict", "person with an opioid use disorder"),
        ("addicts", "people with an opioid use disorder"),
        ("addicted", "has an opioid use disorder"),
        ("abuser", "person who uses drugs"),
        ("abusers", "people who use drugs"),
        ("abuse", "use, or misuse of medicine"),
        ("junkie", "person who uses drugs"),
        ("junkies", "people who use drugs"),
        ("clean", "not using, in recovery, or a negative test"),
        ("dirty", "using, or a positive test"),
        ("drug user", "person who uses drugs"),
        ("drug users", "people who use drugs"),
        // Spanish, after NIDA's and CDC's Spanish pages ("Las palabras importan"; "Diga / No diga").
        ("adicto", "persona con un trastorno por consumo de opioides"),
        ("adicta", "persona con un trastorno por consumo de opioides"),
        ("adictos", "personas con un trastorno por consumo de opioides"),
        ("adictas", "personas con un trastorno por consumo de opioides"),
        ("drogadicto", "persona que usa drogas"),
        ("drogadicta", "persona que usa drogas"),
        ("drogadictos", "personas que usan drogas"),
        ("drogadictas", "personas que usan drogas"),
        ("drogadicción", "trastorno por consumo de sustancias"),
        ("toxicómano", "persona que usa drogas"),
        ("toxicómana", "persona que usa drogas"),
        ("toxicómanos", "personas que usan drogas"),
        ("toxicómanas", "personas que usan drogas"),
        ("yonqui", "persona que usa drogas"),
        ("yonquis", "personas que usan drogas"),
        ("abuso", "consumo, o mal uso de una medicina"),
        ("abusar", "consumir, o usar mal una medicina"),
        ("abusador", "persona que usa drogas"),
        ("abusadores", "personas que usan drogas"),
        ("usuario de drogas", "persona que usa drogas"),
        ("usuarios de drogas", "personas que usan drogas"),
        ("limpio", "sin consumir, en recuperación, o una prueba negativa"),
        ("limpia", "sin consumir, en recuperación, o una prueba negativa"),
        ("sucio", "consumiendo, o una prueba positiva"),
        ("sucia", "consumiendo, o una prueba positiva"),
    ]
}

/// Names of organisations and instruments that contain a forbidden word and may be written as is.
const ALLOWED_NAMES: &[&str] = &[
    "national institute on drug abuse",
    "substance abuse and mental health services administration",
    "instituto nacional sobre el abuso de drogas",
    "administración de servicios de salud mental y abuso de sustancias",
];

pub fn check(file: &SourceFile) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (i, raw) in file.text.lines().enumerate() {
        let mut line = raw.to_lowercase();
        for name in ALLOWED_NAMES {
            line = line.replace(name, "");
        }
        let words: Vec<&str> =
            line.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
        for (word, instead) in forbidden_words() {
            let parts: Vec<&str> = word.split(' ').collect();
            if words.windows(parts.len()).any(|w| w == parts.as_slice()) {
                errors.push(ContentError::new(
                    &file.path,
                    i + 1,
                    format!("\"{word}\" stigmatises people; say \"{instead}\" instead (design.md, content rules)"),
                ));
            }
        }
    }
    errors
}
