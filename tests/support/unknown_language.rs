//! Turns a page into one in a language no word list knows (shared by tests and benches).

/// Replaces every word except "SSI" by a made-up word of consonants that no word list
/// knows, the same word always by the same made-up word.
pub fn unknown_language(text: &str) -> String {
    let made_up = |word: &str| -> String {
        let hash = word
            .chars()
            .fold(7u64, |h, c| h.wrapping_mul(31).wrapping_add(c as u64));
        let letters = b"bcdfgkvwxz";
        (0..word.chars().count().clamp(2, 9))
            .map(|i| letters[((hash >> (i * 3)) % 10) as usize] as char)
            .collect()
    };
    let mut out = String::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once('\n')) {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            // "SSI" is LinkedIn's name in every language, even with a particle attached ("SSI는").
            out.push_str(&match word.strip_prefix("SSI") {
                Some("") => word.clone(),
                Some(rest) => format!("SSI{}", made_up(rest)),
                None => made_up(&word),
            });
            word.clear();
        }
        out.push(c);
    }
    out.pop();
    out
}
