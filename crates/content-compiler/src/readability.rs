//! Reading level: the Flesch–Kincaid grade, with a vowel-group syllable count. Approximate, as
//! every such formula is, but stable: the same text always gets the same grade.

/// Flesch–Kincaid grade of some text blocks (headings and list items count as sentences).
pub fn fk_grade(blocks: &[String]) -> f64 {
    let mut words = 0usize;
    let mut syllables = 0usize;
    let mut sentences = 0usize;
    for block in blocks {
        let block = block.trim();
        if block.is_empty() {
            continue;
        }
        let ends = block.matches(['.', '!', '?']).count();
        let ends_with_stop = block.ends_with(['.', '!', '?', ')', '"', '”']);
        sentences += ends.max(1) + usize::from(ends > 0 && !ends_with_stop);
        for w in block.split_whitespace() {
            let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.is_empty() {
                continue;
            }
            words += 1;
            syllables += count_syllables(&letters);
        }
    }
    if words == 0 {
        return 0.0;
    }
    0.39 * (words as f64 / sentences as f64) + 11.8 * (syllables as f64 / words as f64) - 15.59
}

pub fn word_count(blocks: &[String]) -> usize {
    blocks.iter().map(|b| b.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count()).sum()
}

/// Vowel groups, less a silent final "e"; at least one.
pub fn count_syllables(word: &str) -> usize {
    let w = word.to_lowercase();
    let chars: Vec<char> = w.chars().collect();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &chars {
        let v = is_vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = chars.len();
    // "make" loses its final e; "table" (consonant + "le") keeps it as a syllable.
    let consonant_le = n > 2 && chars[n - 2] == 'l' && !is_vowel(chars[n - 3]);
    if n > 2 && chars[n - 1] == 'e' && !is_vowel(chars[n - 2]) && !consonant_le {
        count -= 1;
    }
    count.max(1)
}

/// Spanish reading ease by Fernández-Huerta (1959), in the corrected form (Law 2011, legible.es):
/// 206.84 − 60 × syllables per word − 1.02 × words per sentence. 70 to 80 is "fairly easy",
/// about 6th grade; higher is easier.
pub fn fernandez_huerta(blocks: &[String]) -> f64 {
    let (words, syllables, sentences) = spanish_counts(blocks);
    if words == 0 {
        return 0.0;
    }
    206.84 - 60.0 * (syllables as f64 / words as f64) - 1.02 * (words as f64 / sentences as f64)
}

/// Spanish reading ease by Szigriszt-Pazos, read on the INFLESZ scale (Barrio-Cantalejo 2008):
/// 206.835 − 62.3 × syllables per word − words per sentence. 65 to 80 is "fairly easy".
pub fn inflesz(blocks: &[String]) -> f64 {
    let (words, syllables, sentences) = spanish_counts(blocks);
    if words == 0 {
        return 0.0;
    }
    206.835 - 62.3 * (syllables as f64 / words as f64) - words as f64 / sentences as f64
}

/// Words, syllables and sentences, counted as [`fk_grade`] counts them but with Spanish syllables.
fn spanish_counts(blocks: &[String]) -> (usize, usize, usize) {
    let (mut words, mut syllables, mut sentences) = (0, 0, 0);
    for block in blocks.iter().map(|b| b.trim()).filter(|b| !b.is_empty()) {
        let ends = block.matches(['.', '!', '?']).count();
        let ends_with_stop = block.ends_with(['.', '!', '?', ')', '"', '”']);
        sentences += ends.max(1) + usize::from(ends > 0 && !ends_with_stop);
        for w in block.split_whitespace() {
            let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
            if !letters.is_empty() {
                words += 1;
                syllables += spanish_syllables(&letters);
            }
        }
    }
    (words, syllables, sentences)
}

/// Spanish syllables: vowel nuclei, where two vowels side by side share one (a diphthong) unless
/// both are strong (a, e, o) or the weak one carries the accent (í, ú): a hiatus. At least one.
pub fn spanish_syllables(word: &str) -> usize {
    let strong = |c: char| "aeoáéó".contains(c);
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let accented_weak = |c: char| "íú".contains(c);
    let mut count = 0;
    let mut prev: Option<char> = None;
    for c in word.to_lowercase().chars() {
        if vowel(c) {
            let hiatus =
                prev.is_some_and(|p| (strong(p) && strong(c)) || accented_weak(p) || accented_weak(c) && strong(p));
            if prev.is_none() || hiatus {
                count += 1;
            }
            prev = Some(c);
        } else {
            prev = None;
        }
    }
    count.max(1)
}
