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
